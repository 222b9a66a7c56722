import type {Quantity} from './parse.js'
import {add, ceilDiv, compare, div, formatDecimal, mul, rational, type Rational} from './rational.js'

export const KI: bigint = 1024n
export const MI: bigint = 1048576n
export const GI: bigint = 1073741824n

const EXACT_UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ['Gi', GI],
  ['Mi', MI],
  ['Ki', KI]
]
const ROUNDED_UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ['Gi', GI],
  ['Mi', MI]
]

/** ceil to whole bytes; memory quantities are byte counts */
export function bytesCeil(value: Rational): bigint {
  return ceilDiv(value, 1n)
}

/** Format a whole number of bytes the way kube-headroom writes limits: "<n>Gi" when an exact multiple of Gi, else "<n>Mi" when an exact multiple of Mi, else the plain integer byte count. */
export function formatBytes(bytes: bigint): string {
  // "0" rather than "0Gi": zero is a multiple of everything, and the bare form reads as intended.
  if (bytes === 0n) return '0'
  if (bytes % GI === 0n) return `${bytes / GI}Gi`
  if (bytes % MI === 0n) return `${bytes / MI}Mi`
  return bytes.toString()
}

/** Human display for messages, never used for writing: exact "<n>Gi"/"<n>Mi"/"<n>Ki" when exact, otherwise e.g. "123.4Mi" (1 decimal, rounded half up) — for Mi-range and above; small values in bytes like "3.5 bytes" are fine. */
export function describeBytes(value: Rational): string {
  if (value.n < 0n) return `-${describeBytes(rational(-value.n, value.d))}`
  if (value.n === 0n) return '0 bytes'
  if (value.d === 1n) {
    for (const [name, unit] of EXACT_UNITS) if (value.n % unit === 0n) return `${value.n / unit}${name}`
  }
  for (const [name, unit] of ROUNDED_UNITS) {
    if (compare(value, rational(unit)) >= 0) return `${oneDecimalHalfUp(div(value, rational(unit)))}${name}`
  }
  return `${formatDecimal(value, 3)} ${value.n === 1n && value.d === 1n ? 'byte' : 'bytes'}`
}

/** Always shows the decimal so a rounded "1.0Gi" is distinguishable from an exact "1Gi". */
function oneDecimalHalfUp(positive: Rational): string {
  const tenths = (20n * positive.n + positive.d) / (2n * positive.d)
  return `${tenths / 10n}.${tenths % 10n}`
}

/** true when a memory quantity written with the milli suffix yields a fractional or sub-Ki byte count (e.g. "3500m" = 3.5 bytes). "128974848000m" is 128974848 bytes exactly = 123Mi, not suspicious. */
export function isSuspiciousMilliMemory(q: Quantity): boolean {
  if (q.suffix !== 'm' || q.value.n <= 0n) return false
  return q.value.d !== 1n || q.value.n < KI
}

/** likely intended value for a suspicious milli memory quantity, e.g. "3500m" -> "3500Mi" */
export function milliMemorySuggestion(q: Quantity): string {
  return q.suffix === 'm' ? `${q.text.slice(0, -1)}Mi` : q.text
}

/** required limit = baseline × drift × (1 + headroom), rounded UP to a whole Mi, returned in bytes (a multiple of MI). drift and headroom are exact rationals (e.g. parseDecimal("1.22"), parseDecimal("0.15")). */
export function requiredLimitBytes(baseline: Rational, drift: Rational, headroom: Rational): bigint {
  const required = mul(mul(baseline, drift), add(rational(1n), headroom))
  return ceilDiv(required, MI) * MI
}
