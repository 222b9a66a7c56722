import type {ClassifiedContainer} from '../classify/containers.js'
import type {Workload} from '../extract/workloads.js'
import type {Subject} from '../types.js'

export function subjectOf(workload: Workload, container: ClassifiedContainer): Subject {
  return {
    kind: workload.kind,
    name: workload.name,
    namespace: workload.namespace,
    container: container.name ?? `${container.list}[${container.index}]`,
    document: workload.document.index
  }
}
