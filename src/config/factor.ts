// Drift and headroom factors as the user writes them (`1.22`, `0.15`, `15%`), read into exact rationals,
// and the error a bad setting raises. Settings, exemption annotations and audit options all read them,
// so they live apart from any of those.
import {formatDecimal, parseDecimal, rational, type Rational} from '../quantity/rational.js'

export interface Factor {
  readonly value: Rational
  /** as the user wrote it, for messages */
  readonly text: string
}

export class SettingsError extends Error {
  constructor(
    message: string,
    readonly pointer: string
  ) {
    super(message)
  }
}

/**
 * `0.15`, `"0.15"` or `"15%"` -> 0.15 exactly. A bare number above 1 is refused: `10` is far more often
 * a percentage written without its `%` than a wish for 1000% headroom.
 */
export function parseHeadroom(input: number | string, pointer: string): Factor {
  const text = String(input).trim()
  const percent = text.endsWith('%')
  const value = parseDecimal(percent ? text.slice(0, -1).trim() : text)
  if (!value || value.n < 0n)
    throw new SettingsError(
      `headroom must be a fraction like 0.15 or a percentage like 15%, not ${JSON.stringify(input)}`,
      pointer
    )
  if (!percent && value.n > value.d) {
    const asPercent = formatDecimal(rational(value.n * 100n, value.d))
    throw new SettingsError(
      `headroom ${text} is ambiguous: a bare number is a fraction (${text} = ${asPercent}%); did you mean ${text}%? Write 0.15 or 15% for fifteen percent`,
      pointer
    )
  }
  const fraction = percent ? rational(value.n, value.d * 100n) : value
  if (fraction.n > fraction.d * 10n)
    throw new SettingsError(`headroom ${text} is more than 1000%; write 0.15 or 15% for fifteen percent`, pointer)
  return {value: fraction, text}
}

export function parseDrift(input: number | string, pointer: string): Factor {
  const text = String(input).trim()
  const value = parseDecimal(text)
  if (!value || value.n < value.d || value.n > value.d * 10n) {
    throw new SettingsError(
      `drift must be a factor from 1 to 10 (the kernel charges at least the working set), not ${JSON.stringify(input)}`,
      pointer
    )
  }
  return {value, text}
}
