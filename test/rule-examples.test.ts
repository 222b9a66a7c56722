// Every @example in every rule's doc comment is a test: the input through the real engine with the default
// settings must give exactly the findings shown, and `fix` must give exactly the fixed text shown (or leave
// the input alone when the example shows none). The same doc comments are rendered into docs/rules.md.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocComment} from '../scripts/docs.mjs'
import {resolveSettings} from '../src/config/settings.js'
import {analyzeText} from '../src/engine/analyze.js'
import {RULES} from '../src/rules/index.js'
import {ROOT} from './helpers/cli.js'

const settings = resolveSettings({})
const PATH = 'example.yaml'

const check = (text: string) => analyzeText({path: PATH, text}, settings, {fix: false})
const fix = (text: string) => analyzeText({path: PATH, text}, settings, {fix: true})
const lines = (text: string) => check(text).findings.map((f) => `${f.line}:${f.col} ${f.severity} ${f.message}`)

const rules = RULES.map((rule) => {
  const file = `src/rules/${rule.meta.id}.ts`
  return {id: rule.meta.id, file, doc: parseDocComment(readFileSync(path.join(ROOT, file), 'utf8'), file)}
})

describe.each(rules)('$id', ({file, doc}) => {
  it('has a well-formed doc comment with at least one example', () => {
    expect(doc.problems).toEqual([])
    expect(doc.text).not.toBe('')
    expect(doc.examples.length, `${file} needs an @example`).toBeGreaterThan(0)
  })

  const examples = doc.examples.filter((ex) => ex.input !== undefined && ex.findings !== undefined)
  if (examples.length === 0) return

  describe.each(examples.map((ex) => ({...ex, name: `${ex.title} (${file}:${ex.line})`})))('$name', (ex) => {
    const input = ex.input as string
    const expected = ex.findings as string[]

    it('gives exactly the findings shown', () => {
      expect(lines(input)).toEqual(expected)
    })

    if (ex.fixed !== undefined) {
      const fixed = ex.fixed
      it('fix gives exactly the text shown', () => {
        const result = fix(input)
        expect(
          result.findings
            .filter((f) => f.status !== undefined && f.status !== 'fixed')
            .map((f) => `${f.message}: ${f.reason}`)
        ).toEqual([])
        expect(result.output ?? input).toBe(fixed)
      })
      it('the fixed text has no fixable findings left, and fixing it again changes nothing', () => {
        expect(fix(fixed).output).toBeUndefined()
        expect(check(fixed).findings.filter((f) => f.fix !== undefined)).toEqual([])
      })
    } else {
      it('fix changes nothing', () => {
        expect(fix(input).output).toBeUndefined()
      })
    }
  })
})
