// The effective memory limit of every container of a manifest, the way the cluster applies it (declared,
// LimitRange default, injector annotation or default; null = unbounded), keyed by document / kind / name /
// container. Tests compare these before and after a fix: a fix may only ever raise them.
import {classifyWorkload} from '../../src/classify/containers.js'
import {effectiveMemory} from '../../src/classify/effective-memory.js'
import {injectedMemory} from '../../src/classify/injected-memory.js'
import {resolveSettings, type Settings} from '../../src/config/settings.js'
import {prepare} from '../../src/engine/analyze.js'
import {EMPTY_INDEX, indexFile, mergeIndex, type RepoIndex} from '../../src/extract/repo-index.js'
import {extractWorkloads} from '../../src/extract/workloads.js'
import {bytesCeil} from '../../src/quantity/memory.js'
import {readMemory} from '../../src/rules/memory-values.js'

/** bytes; null when unbounded; undefined when unknown (invalid or templated value) */
export type Limit = bigint | null | undefined

export function effectiveLimits(
  path: string,
  text: string,
  index: RepoIndex = EMPTY_INDEX,
  settings: Settings = resolveSettings()
): Map<string, Limit> {
  const out = new Map<string, Limit>()
  const prepared = prepare({path, text})
  if (!prepared.ok) return out
  const merged = mergeIndex(index, indexFile(prepared.file))
  for (const workload of extractWorkloads(prepared.file, settings.kinds)) {
    const classified = classifyWorkload(workload, settings, merged)
    const base = `${workload.document.index}/${workload.kind}/${workload.name}`
    const defaults = merged.limitRangeDefault?.get(workload.namespace ?? 'default')
    for (const container of classified.classified) {
      const {request, limit} = readMemory(container)
      const key = `${base}/${container.list}/${container.index}/${container.name ?? ''}`
      if (limit.problem || limit.templated || request.problem || request.templated) {
        out.set(key, undefined)
        continue
      }
      const effective = effectiveMemory({request: request.quantity, limit: limit.quantity}, defaults)
      out.set(key, effective.limit ? bytesCeil(effective.limit.bytes) : null)
    }
    for (const sidecar of classified.injected) {
      if (sidecar.certainty !== 'enabled') continue
      const memory = injectedMemory(sidecar)
      out.set(
        `${base}/injected/${sidecar.injector.container}`,
        memory.templated || memory.invalid.length > 0 ? undefined : memory.limit ? bytesCeil(memory.limit.bytes) : null
      )
    }
  }
  return out
}
