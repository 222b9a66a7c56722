// The memory limit and request a container really runs with, as the API server and admission produce
// them, not as the YAML text says:
//   1. declared values;
//   2. a limit without a request: API defaulting copies the limit into the request (SetDefaults_Pod in
//      kubernetes pkg/apis/core/v1/defaults.go), before any admission plugin runs;
//   3. what is still missing: the LimitRanger admission plugin fills it from a `type: Container`
//      LimitRange of the namespace (`default` / `defaultRequest`, see LimitRangeDefault);
//   4. no limit after all that: unbounded, the most a container can ever get.
// A fix is measured against this, so it can only ever raise what a container may use.
import type {LimitRangeDefault} from '../extract/repo-index.js'
import type {Rational} from '../quantity/rational.js'

export interface EffectiveValue {
  readonly bytes: Rational
  /** the value as written where it comes from */
  readonly text: string
  readonly from: 'declared' | 'request-from-limit' | 'limit-range'
  /** the LimitRange that supplied it, and the field (`default`, `max`, `defaultRequest`, `min`) */
  readonly limitRange?: string | undefined
  readonly limitRangeKey?: string | undefined
}

export interface EffectiveMemory {
  /** undefined: no request at all (nothing reserved) */
  readonly request: EffectiveValue | undefined
  /** undefined: unbounded */
  readonly limit: EffectiveValue | undefined
}

export function effectiveMemory(
  declared: {
    readonly request?: {value: Rational; text: string} | undefined
    readonly limit?: {value: Rational; text: string} | undefined
  },
  limitRange: LimitRangeDefault | undefined
): EffectiveMemory {
  const own = (
    q: {value: Rational; text: string} | undefined,
    from: EffectiveValue['from']
  ): EffectiveValue | undefined => (q ? {bytes: q.value, text: q.text, from} : undefined)
  const ranged = (v: {bytes: Rational; text: string; key: string} | undefined): EffectiveValue | undefined =>
    v && limitRange
      ? {bytes: v.bytes, text: v.text, from: 'limit-range', limitRange: limitRange.name, limitRangeKey: v.key}
      : undefined
  const request =
    own(declared.request, 'declared') ?? own(declared.limit, 'request-from-limit') ?? ranged(limitRange?.request)
  const limit = own(declared.limit, 'declared') ?? ranged(limitRange?.limit)
  return {request, limit}
}
