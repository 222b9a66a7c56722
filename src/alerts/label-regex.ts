// Config patterns (src/classify/patterns.ts) as PromQL label regexes. Prometheus matches `=~` with RE2,
// anchored at both ends (`^(?:re)$`), so each pattern keeps the meaning it has in check/fix:
//   a name `istio-proxy`      matches exactly     -> istio-proxy          (metacharacters quoted)
//   an image `istio/proxyv2`  matches a substring -> .*istio/proxyv2.*
//   `/re/flags`               searches, like JS   -> (?flags:.*(?:re).*)
// JS regex syntax RE2 lacks (lookaround, backreferences) cannot be translated: a clear error, never a
// silently different matcher.

export class PatternError extends Error {}

/** Go's regexp.QuoteMeta: the characters RE2 treats as special. */
export function quoteMeta(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')
}

/** One config pattern as an RE2 regex that, fully anchored, matches what the pattern matches. */
export function patternRegex(pattern: string, mode: 'exact' | 'substring'): string {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
  if (!re) return mode === 'exact' ? quoteMeta(pattern) : `.*${quoteMeta(pattern)}.*`
  const body = re2Body(re[1] as string, pattern)
  const flags = re2Flags(re[2] as string, pattern)
  const search = `.*(?:${body}).*`
  return flags === '' ? search : `(?${flags}:${search})`
}

/** Several patterns as one alternation (sorted and deduplicated: order never changes a full match). */
export function patternsRegex(patterns: readonly string[], mode: 'exact' | 'substring'): string | undefined {
  if (patterns.length === 0) return undefined
  return [...new Set(patterns.map((p) => patternRegex(p, mode)))].sort().join('|')
}

function re2Flags(flags: string, pattern: string): string {
  let out = ''
  for (const flag of new Set(flags)) {
    if (flag === 'i' || flag === 's' || flag === 'm') out += flag
    else if (flag === 'v') throw new PatternError(`pattern ${pattern}: the v flag has no RE2 (Prometheus) equivalent`)
    // g, y, d and u do not change what `test` matches against a whole label value (RE2 is always Unicode)
  }
  return [...out].sort().join('')
}

/** A JS regex source rewritten to RE2, or a PatternError for what RE2 cannot express. */
function re2Body(source: string, pattern: string): string {
  const unsupported = (what: string) =>
    new PatternError(
      `pattern ${pattern}: ${what} cannot be expressed in RE2, the regex syntax of Prometheus label matchers; rewrite the pattern without it`
    )
  let out = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string
    if (c === '\\') {
      const next = source[i + 1]
      if (next === undefined) throw unsupported('a trailing backslash')
      if (/[1-9]/.test(next) || next === 'k') throw unsupported('a backreference')
      if (next === 'c') throw unsupported('a control escape (\\c)')
      if (next === '/') {
        out += '/'
        i++
        continue
      }
      if (next === '0') {
        out += '\\x00'
        i++
        continue
      }
      if (next === 'u') {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(source.slice(i + 2))
        const plain = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2))
        if (braced) {
          out += `\\x{${braced[1]}}`
          i += 1 + braced[0].length
          continue
        }
        if (plain) {
          out += `\\x{${plain[0]}}`
          i += 5
          continue
        }
        throw unsupported('a malformed \\u escape')
      }
      out += c + next
      i++
      continue
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2)
      if (/^(=|!|<=|<!)/.test(rest)) throw unsupported('a lookahead or lookbehind')
      const named = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest)
      if (named) {
        out += `(?P<${named[1]}>`
        i += 1 + named[0].length
        continue
      }
    }
    out += c
  }
  return out
}

/** A PromQL double-quoted string: backslashes and quotes escaped, control characters as escapes. */
export function promqlString(value: string): string {
  // JSON string escapes (\\, \", \n, \uXXXX) are all valid PromQL (Go) string escapes.
  return JSON.stringify(value)
}
