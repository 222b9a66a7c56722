import {EXPONENT_SUFFIX, SIGNED_NUMBER, readQuantity} from './grammar.js'
import {MAX_DECIMAL_EXPONENT} from './rational.js'
import {likelySuffix} from './suffixes.js'

export interface Diagnosis {
  readonly problem: string
  readonly suggestion?: string
}

const DECIMAL_TO_BINARY: ReadonlyMap<string, string> = new Map([
  ['k', 'Ki'],
  ['M', 'Mi'],
  ['G', 'Gi'],
  ['T', 'Ti'],
  ['P', 'Pi'],
  ['E', 'Ei']
])

/** Explains why `text` failed readQuantity, and proposes the value the author most likely meant. */
export function diagnose(text: string): Diagnosis {
  if (text === '') return {problem: 'it is empty'}
  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, '')
    return withSuggestion('it contains whitespace', suggestionFor(compact))
  }
  const number = SIGNED_NUMBER.exec(text)
  if (!number) return diagnoseMissingNumber(text)
  return diagnoseSuffix(text, number[0], text.slice(number[0].length))
}

function suggestionFor(candidate: string): string | undefined {
  return readQuantity(candidate) ? candidate : diagnose(candidate).suggestion
}

function withSuggestion(problem: string, suggestion: string | undefined): Diagnosis {
  return suggestion === undefined ? {problem} : {problem, suggestion}
}

function diagnoseMissingNumber(text: string): Diagnosis {
  if (/^[+-]{2}/.test(text)) return {problem: 'it has more than one sign'}
  const afterSign = text.replace(/^[+-]/, '')
  if (afterSign === '') return {problem: 'there are no digits'}
  if (/^[A-Za-z]/.test(afterSign)) return {problem: `there is no number before the suffix "${afterSign}"`}
  if (afterSign.startsWith('.')) return {problem: 'there are no digits around the decimal point'}
  return {problem: 'it does not start with a number'}
}

function diagnoseSuffix(text: string, number: string, suffix: string): Diagnosis {
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(text)
  if (hex) return {problem: 'hexadecimal numbers are not allowed', suggestion: `${hex[1]}${BigInt(`0x${hex[2]}`)}`}
  if (suffix.startsWith('.')) return {problem: 'it has more than one decimal point'}
  if (/^_\d/.test(suffix)) {
    return withSuggestion('digit separators ("_") are not allowed', suggestionFor(text.replaceAll('_', '')))
  }
  if (/^,\d/.test(suffix)) return {problem: 'commas are not allowed; the decimal point is "."'}
  if (suffix === 'e') return {problem: 'the exponent "e" needs an integer after it, e.g. "1e3" (exa is "E")'}
  const exponent = EXPONENT_SUFFIX.exec(suffix)
  if (exponent) return {problem: `the exponent ${exponent[1]} is outside ±${MAX_DECIMAL_EXPONENT}`}
  if (/^[eE][+-]?\d*\./.test(suffix)) return {problem: 'the exponent must be an integer'}
  return diagnoseUnknownSuffix(number, suffix)
}

function diagnoseUnknownSuffix(number: string, suffix: string): Diagnosis {
  const problem = `unknown suffix "${suffix}"`
  const likely = likelySuffix(suffix)
  if (likely === undefined) return {problem}
  const suggestion = `${number}${likely}`
  // "512MB" is ambiguous in practice: the author may have meant 10^6 or 2^20 bytes.
  const binary = DECIMAL_TO_BINARY.get(likely)
  const hint = binary ? `"${suggestion}" or "${number}${binary}"` : `"${suggestion}"`
  return {problem: `${problem}; did you mean ${hint}?`, suggestion}
}
