// The memory an injected sidecar will actually get: its annotations, else the injector's defaults
// (which Istio drops as soon as any resource annotation is set).
import {parseQuantity} from '../quantity/parse.js'
import type {Rational} from '../quantity/rational.js'
import type {AnnotationValue, InheritedValue, InjectedSidecar} from './injected.js'

export interface EffectiveValue {
  readonly bytes: Rational
  /** where it comes from: the annotation key or "<Injector> default" */
  readonly label: string
}

export interface InjectedMemory {
  readonly request: EffectiveValue | undefined
  readonly limit: EffectiveValue | undefined
  /** annotations that are present but not quantities */
  readonly invalid: readonly {value: AnnotationValue; reason: string; suggestion?: string | undefined}[]
  /** an annotation is a template expression: nothing can be said */
  readonly templated: boolean
}

export function injectedMemory(sidecar: InjectedSidecar): InjectedMemory {
  const {injector} = sidecar
  const invalid: InjectedMemory['invalid'][number][] = []
  let templated = false
  const read = (value: AnnotationValue | undefined): EffectiveValue | undefined => {
    if (!value) return undefined
    if (value.text.includes('{{') || value.text.includes('${')) {
      templated = true
      return undefined
    }
    const parsed = parseQuantity(value.text)
    if (parsed.ok && parsed.quantity.value.n >= 0n) return {bytes: parsed.quantity.value, label: value.key}
    invalid.push({
      value,
      reason: parsed.ok ? `${value.text} is negative` : parsed.reason,
      suggestion: parsed.ok ? undefined : parsed.suggestion
    })
    return undefined
  }
  const request = read(sidecar.request)
  const limit = read(sidecar.limit)
  const defaults = !sidecar.defaultsDropped
  const fallback = (bytes: Rational | undefined) =>
    defaults && bytes ? {bytes, label: `${injector.title} default`} : undefined
  // Set outside the pod template: the namespace's annotations (defaults its pods override, Linkerd) or
  // the custom resource that sizes the sidecar.
  const inherited = (value: InheritedValue | undefined): EffectiveValue | undefined => {
    if (!value || value.text.includes('{{') || value.text.includes('${')) return undefined
    const parsed = parseQuantity(value.text)
    return parsed.ok && parsed.quantity.value.n >= 0n ? {bytes: parsed.quantity.value, label: value.label} : undefined
  }
  const outside = sidecar.inherited
  // GKE Cloud Storage FUSE: a request without a limit annotation is the limit too.
  const follows =
    injector.limitFollowsRequest && request && !sidecar.limit
      ? {bytes: request.bytes, label: `${sidecar.request?.key} (the limit follows the request)`}
      : undefined
  return {
    request:
      request ?? (sidecar.request ? undefined : (inherited(outside?.request) ?? fallback(injector.defaultRequest))),
    limit:
      limit ?? follows ?? (sidecar.limit ? undefined : (inherited(outside?.limit) ?? fallback(injector.defaultLimit))),
    invalid,
    templated
  }
}
