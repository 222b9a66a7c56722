/** Exact non-negative-or-negative rational number n/d with d > 0, always reduced. */
export interface Rational {
  readonly n: bigint
  readonly d: bigint
}

/** Largest |exponent| accepted in decimal text; beyond it BigInt powers get absurdly large. */
export const MAX_DECIMAL_EXPONENT = 100

function abs(x: bigint): bigint {
  return x < 0n ? -x : x
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a)
  let y = abs(b)
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/** Floor division; BigInt `/` truncates toward zero, which is wrong for negative quotients. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('rational: denominator must not be zero')
  if (d < 0n) {
    n = -n
    d = -d
  }
  const g = gcd(n, d)
  return g > 1n ? {n: n / g, d: d / g} : {n, d}
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d)
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d)
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('div: division by zero')
  return rational(a.n * b.d, a.d * b.n)
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d
  const right = b.n * a.d
  return left < right ? -1 : left > right ? 1 : 0
}

export function ceilDiv(a: Rational, unit: bigint): bigint {
  if (unit <= 0n) throw new RangeError('ceilDiv: unit must be positive')
  return -floorDiv(-a.n, a.d * unit)
}

const DECIMAL = /^([+-]?)(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** digits × 10^exponent, exact; callers bound the exponent (see MAX_DECIMAL_EXPONENT). */
export function decimalValue(negative: boolean, intDigits: string, fracDigits: string, exponent: bigint): Rational {
  const mantissa = BigInt(intDigits + fracDigits || '0')
  const signed = negative ? -mantissa : mantissa
  const scale = exponent - BigInt(fracDigits.length)
  return scale >= 0n ? rational(signed * 10n ** scale) : rational(signed, 10n ** -scale)
}

export function exponentInRange(exponent: bigint): boolean {
  const limit = BigInt(MAX_DECIMAL_EXPONENT)
  return exponent <= limit && exponent >= -limit
}

export function parseDecimal(text: string): Rational | undefined {
  const match = DECIMAL.exec(text)
  if (!match) return undefined
  const [, sign, intDigits = '', fracDigits = '', exponentText = '0'] = match
  const exponent = BigInt(exponentText)
  if ((intDigits === '' && fracDigits === '') || !exponentInRange(exponent)) return undefined
  return decimalValue(sign === '-', intDigits, fracDigits, exponent)
}

export function toNumber(a: Rational): number {
  const safe = BigInt(Number.MAX_SAFE_INTEGER)
  // Exact operands give a correctly rounded quotient.
  if (abs(a.n) <= safe && a.d <= safe) return Number(a.n) / Number(a.d)
  // Otherwise keep ~64 significant bits so neither operand overflows a double on its own.
  const shift = 64 - (bitLength(abs(a.n)) - bitLength(a.d))
  const quotient = shift >= 0 ? (a.n << BigInt(shift)) / a.d : a.n / (a.d << BigInt(-shift))
  return Number(quotient) * 2 ** -shift
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length
}

export function formatDecimal(a: Rational, maxFractionDigits = 6): string {
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0) {
    throw new RangeError('formatDecimal: maxFractionDigits must be a non-negative integer')
  }
  const scale = 10n ** BigInt(maxFractionDigits)
  // Half-up on the magnitude, so -0.5 and 0.5 round symmetrically.
  const scaled = (2n * abs(a.n) * scale + a.d) / (2n * a.d)
  const whole = (scaled / scale).toString()
  const fraction = (scaled % scale).toString().padStart(maxFractionDigits, '0').replace(/0+$/, '')
  const sign = a.n < 0n && scaled !== 0n ? '-' : ''
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`
}
