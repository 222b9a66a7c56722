// Commands besides check/fix (which run through unified-args in lint.ts). Each is loaded only when
// named, so the common path pays nothing for them.
import type {CommandModule} from '../../command.js'

export type {CommandIo, CommandModule} from '../../command.js'

export interface CommandEntry {
  readonly name: string
  readonly summary: string
  load(): Promise<CommandModule>
}

export const COMMAND_MODULES: readonly CommandEntry[] = [
  {
    name: 'krm',
    summary: 'run as a KRM function (ResourceList on stdin) or a kustomize exec plugin',
    load: async () => (await import('../../integrations/krm/command.js')).krmCommand
  },
  {
    name: 'audit',
    summary: 'what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills',
    load: () => import('./audit.js')
  },
  {
    name: 'rules',
    summary:
      'Prometheus rules (PrometheusRule or rule file) that alert when a sidecar runs out of headroom at run time',
    load: () => import('./rules.js')
  },
  {
    name: 'collect',
    summary:
      'collect memory data for --audit: kubelet /stats/summary through your kubectl, or range queries to Prometheus (--prometheus URL)',
    load: () => import('./collect.js')
  }
]
