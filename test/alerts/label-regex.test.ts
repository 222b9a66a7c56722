// Config patterns as PromQL label regexes. Prometheus anchors `=~` at both ends; JS regexes agree with
// RE2 on everything quoteMeta emits, so the translations are checked against the JS matchers check/fix use.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compilePattern} from '../../src/classify/patterns.js'
import {patternRegex, patternsRegex, PatternError, promqlString, quoteMeta} from '../../src/alerts/label-regex.js'

const anchored = (re: string) => new RegExp(`^(?:${re})$`)
const special = fc.string({unit: fc.constantFrom(...'ab.+*?()[]{}|^$\\/-:@'.split(''))})

describe('label regexes', () => {
  it('quotes every RE2 metacharacter', () => {
    expect(quoteMeta('pg.bouncer+(1)[x]{2}|a^$\\?*')).toBe('pg\\.bouncer\\+\\(1\\)\\[x\\]\\{2\\}\\|a\\^\\$\\\\\\?\\*')
  })

  it('matches exactly what a name pattern matches (property)', () => {
    fc.assert(
      fc.property(special, special, (pattern, value) => {
        fc.pre(!/^\/.+\/[a-z]*$/s.test(pattern))
        expect(anchored(patternRegex(pattern, 'exact')).test(value)).toBe(compilePattern(pattern, 'exact')(value))
      })
    )
  })

  it('matches exactly what an image pattern matches, as a substring (property)', () => {
    fc.assert(
      fc.property(special, special, (pattern, value) => {
        fc.pre(!/^\/.+\/[a-z]*$/s.test(pattern))
        expect(anchored(patternRegex(pattern, 'substring')).test(value)).toBe(
          compilePattern(pattern, 'substring')(value)
        )
      })
    )
  })

  it('turns /regex/flags into an unanchored search with RE2 flags and syntax', () => {
    expect(patternRegex('/(^|\\/)proxyv2(:|@|$)/', 'substring')).toBe('.*(?:(^|/)proxyv2(:|@|$)).*')
    expect(patternRegex('/^agent-v[0-9]+$/i', 'exact')).toBe('(?i:.*(?:^agent-v[0-9]+$).*)')
    expect(patternRegex('/(?<tag>v\\d+)\\u00e9/g', 'exact')).toBe('.*(?:(?P<tag>v\\d+)\\x{00e9}).*')
    for (const value of ['agent-v2', 'AGENT-V10'])
      expect(anchored('.*(?:^agent-v[0-9]+$).*').test(value.toLowerCase())).toBe(true)
  })

  it('refuses what RE2 lacks', () => {
    expect(() => patternRegex('/a(?=b)/', 'exact')).toThrow(PatternError)
    expect(() => patternRegex('/a(?<!b)/', 'exact')).toThrow(/lookahead or lookbehind/)
    expect(() => patternRegex('/(a)\\1/', 'exact')).toThrow(/backreference/)
    expect(() => patternRegex('/a/v', 'exact')).toThrow(/v flag/)
  })

  it('sorts and deduplicates alternatives, and writes PromQL strings with escapes', () => {
    expect(patternsRegex(['b', 'a', 'b'], 'exact')).toBe('a|b')
    expect(patternsRegex([], 'exact')).toBeUndefined()
    expect(promqlString('pg\\.bouncer"x')).toBe('"pg\\\\.bouncer\\"x"')
  })
})
