import {diagnose} from './diagnose.js'
import {readQuantity} from './grammar.js'
import type {Quantity} from './quantity.js'

export type {Quantity} from './quantity.js'

export type ParseResult = {ok: true; quantity: Quantity} | {ok: false; reason: string; suggestion?: string}

export function parseQuantity(input: string | number | bigint): ParseResult {
  if (typeof input === 'string') return parseText(input, JSON.stringify(input))
  if (typeof input === 'bigint') return parseText(input.toString(), input.toString())
  if (!Number.isFinite(input))
    return {ok: false, reason: `${input} is not a Kubernetes quantity: it is not a finite number`}
  // A YAML/JSON number is already a double: integers are exact as BigInt, while
  // String() gives the shortest decimal that round-trips, i.e. what the author wrote.
  const text = Number.isInteger(input) ? BigInt(input).toString() : String(input)
  return parseText(text, String(input))
}

function parseText(text: string, label: string): ParseResult {
  const quantity = readQuantity(text)
  if (quantity) return {ok: true, quantity}
  const {problem, suggestion} = diagnose(text)
  const reason = `${label} is not a Kubernetes quantity: ${problem}`
  return suggestion === undefined ? {ok: false, reason} : {ok: false, reason, suggestion}
}
