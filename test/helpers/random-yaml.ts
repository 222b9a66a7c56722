// Small random block-YAML texts near the edge of what the recogniser accepts (and mutations of any text):
// the differential tests of the recogniser and tree builder (src/parse/recognise/) run them against yaml.
import type {Rng} from '../../bench/generate.mjs'

/** Small random block-YAML documents near the edge of what the recogniser accepts. */
export function randomYaml(r: Rng): string {
  const KEYS = [
    'a',
    'b',
    'kind',
    'apiVersion',
    'x y',
    '"q"',
    "'s'",
    "'it''s'",
    '_z',
    'a.b/c',
    'a ',
    'containers',
    'true',
    '1',
    '"a"',
    '<<'
  ]
  const SCALARS = [
    'v',
    'Deployment',
    'apps/v1',
    '1',
    'true',
    'null',
    '~',
    '"s"',
    "'t'",
    "'a''b'",
    '"a # b"',
    'a # c',
    'a#b',
    '-x',
    ':x',
    'a:b',
    'http://x:80/',
    '[]',
    '{}',
    '{a: 1}',
    'a b',
    '""',
    'apps/v1 # c',
    'x]',
    '"\\q"',
    '&a v',
    '*a',
    '!t v',
    '@x',
    'a: b',
    'a:',
    '- a',
    '"open'
  ]
  const scalarLines = (indent: number): string[] =>
    Array.from({length: r.int(0, 3)}, () =>
      r.pick([
        '',
        ' '.repeat(indent + r.int(0, 2)),
        ' '.repeat(indent) + r.pick(['text', '# x', '---', 'a: b', '\tt']),
        `${' '.repeat(indent + 2)}more`
      ])
    )
  const block = (indent: number, depth: number): string[] => {
    const pad = ' '.repeat(indent)
    const out: string[] = []
    if (depth > 3 || r.chance(0.3)) return out
    const n = r.int(1, 4)
    const map = r.chance(0.5)
    for (let i = 0; i < n; i++) {
      const x = r.next()
      if (map) {
        const key = r.pick(KEYS)
        if (x < 0.4) out.push(`${pad}${key}: ${r.pick(SCALARS)}`)
        else if (x < 0.5)
          out.push(
            `${pad}${key}: ${r.pick(['v', 'Deployment', 'text'])}`,
            `${' '.repeat(indent + r.int(1, 3))}${r.pick(['more', 'a#b', '- x', 'x: y', '# c'])}`
          )
        else if (x < 0.75)
          out.push(`${pad}${key}:${r.pick(['', ' # c', '#c'])}`, ...block(indent + r.pick([0, 1, 2, 2, 4]), depth + 1))
        else if (x < 0.9)
          out.push(
            `${pad}${key}: ${r.pick(['|', '|-', '>', '>+', '|2', '| # c'])}`,
            ...scalarLines(indent + r.int(1, 3))
          )
        else out.push(r.pick(['', '# c', `${pad}# c`, '   ', '\t']))
      } else {
        const dash = ' '.repeat(r.pick([1, 1, 2, 3]))
        if (x < 0.35) out.push(`${pad}-${dash}${r.pick(SCALARS)}`)
        else if (x < 0.6) {
          const sub = block(indent + 1 + dash.length, depth + 1)
          const first = sub[0]?.trim()
          if (first && !first.startsWith('-') && !first.startsWith('#'))
            out.push(`${pad}-${dash}${first}`, ...sub.slice(1))
          else out.push(`${pad}-`, ...sub)
        } else if (x < 0.75) out.push(`${pad}- ${r.pick(['|', '>-'])}`, ...scalarLines(indent + r.int(1, 3)))
        else if (x < 0.9) out.push(`${pad}-`, ...block(indent + 2, depth + 1))
        else out.push(r.pick(['', `${pad}# c`]))
      }
    }
    return out
  }
  let text =
    (r.chance(0.3) ? '---\n' : '') +
    block(0, 0).join('\n') +
    '\n' +
    (r.chance(0.3) ? `---${r.pick(['', ' # c', ' x'])}\n${block(0, 0).join('\n')}` : '')
  if (r.chance(0.2)) text = text.replace(/\n/g, '\r\n')
  if (r.chance(0.5)) text = mutate(text, r)
  return text
}

export function mutate(text: string, r: Rng): string {
  const lines = text.split('\n')
  const CHARS = [
    ' ',
    '\t',
    ':',
    '- ',
    '#',
    ' #',
    '"',
    "'",
    '\n',
    '  ',
    '|',
    '{',
    '[',
    '&a ',
    '*a',
    '!',
    '?',
    '%',
    '\\',
    '\r',
    '---',
    '...',
    '\ufeff'
  ]
  for (let n = r.int(1, 3); n > 0; n--) {
    const i = r.int(0, lines.length - 1)
    const line = lines[i] ?? ''
    const at = r.int(0, line.length)
    switch (r.int(0, 5)) {
      case 0:
        lines[i] = line.slice(0, at) + r.pick(CHARS) + line.slice(at)
        break
      case 1:
        lines[i] = line.slice(0, at) + line.slice(at + 1)
        break
      case 2:
        lines[i] = ` ${line}`
        break
      case 3:
        lines[i] = line.replace(/^ /, '')
        break
      case 4:
        lines.splice(i, 0, line)
        break
      default:
        lines.splice(i, 1)
    }
  }
  return lines.join('\n')
}
