import type {Quantity} from './quantity.js'
import {decimalValue, exponentInRange, mul, type Rational} from './rational.js'
import {BINARY_SUFFIXES, DECIMAL_SUFFIXES} from './suffixes.js'

/** <signedNumber>: sign, then digits with an optional fraction, or a bare fraction. */
export const SIGNED_NUMBER = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))/
export const EXPONENT_SUFFIX = /^[eE]([+-]?\d+)$/

/** Strict reading of the apimachinery grammar; undefined means "not a quantity" (see diagnose.ts for why). */
export function readQuantity(text: string): Quantity | undefined {
  const number = SIGNED_NUMBER.exec(text)
  if (!number) return undefined
  const [matched, sign, intDigits = '', fracInt = '', fracOnly = ''] = number
  const negative = sign === '-'
  const fracDigits = fracInt + fracOnly
  const suffix = text.slice(matched.length)

  const multiplier = multiplierFor(suffix)
  if (multiplier) {
    const value = mul(decimalValue(negative, intDigits, fracDigits, 0n), multiplier.value)
    return {text, value, suffix, format: multiplier.format}
  }
  const exponent = EXPONENT_SUFFIX.exec(suffix)
  if (!exponent?.[1]) return undefined
  const power = BigInt(exponent[1])
  if (!exponentInRange(power)) return undefined
  return {text, value: decimalValue(negative, intDigits, fracDigits, power), suffix, format: 'exponent'}
}

function multiplierFor(suffix: string): {value: Rational; format: Quantity['format']} | undefined {
  const binary = BINARY_SUFFIXES.get(suffix)
  if (binary) return {value: binary, format: 'binary'}
  const decimal = DECIMAL_SUFFIXES.get(suffix)
  if (decimal) return {value: decimal, format: 'decimal'}
  return undefined
}
