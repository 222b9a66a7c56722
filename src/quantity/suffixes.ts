import {rational, type Rational} from './rational.js'

export const BINARY_SUFFIXES: ReadonlyMap<string, Rational> = new Map(
  ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'].map((suffix, i) => [suffix, rational(2n ** BigInt(10 * (i + 1)))])
)

// apimachinery also accepts n and u, although its documented grammar omits them;
// rejecting them would flag manifests the API server accepts.
export const DECIMAL_SUFFIXES: ReadonlyMap<string, Rational> = new Map([
  ['n', rational(1n, 10n ** 9n)],
  ['u', rational(1n, 10n ** 6n)],
  ['m', rational(1n, 1000n)],
  ['', rational(1n)],
  ['k', rational(10n ** 3n)],
  ['M', rational(10n ** 6n)],
  ['G', rational(10n ** 9n)],
  ['T', rational(10n ** 12n)],
  ['P', rational(10n ** 15n)],
  ['E', rational(10n ** 18n)]
])

/** Written-with-a-mistake suffix (lowercased, trailing "b"/"bytes" stripped) → the Kubernetes suffix. */
const LIKELY_SUFFIX: ReadonlyMap<string, string> = new Map([
  ['', ''],
  ['k', 'k'],
  ['m', 'M'],
  ['g', 'G'],
  ['t', 'T'],
  ['p', 'P'],
  ['e', 'E'],
  ['ki', 'Ki'],
  ['mi', 'Mi'],
  ['gi', 'Gi'],
  ['ti', 'Ti'],
  ['pi', 'Pi'],
  ['ei', 'Ei']
])

/** The suffix the author most likely meant, e.g. "GB" → "G", "mi" → "Mi", "GiB" → "Gi". */
export function likelySuffix(written: string): string | undefined {
  const lowered = written.toLowerCase()
  const stripped = lowered.replace(/(?:bytes?|b)$/, '')
  // A bare "e" is an unfinished exponent more often than a lowercase exa.
  if (stripped === 'e' && lowered === 'e') return undefined
  return LIKELY_SUFFIX.get(stripped)
}
