// Commands besides check/fix (which run through unified-args in lint.ts). Each is loaded only when
// named, so the common path pays nothing for them.
import type {CommandModule} from './command.js'

export type {CommandIo, CommandModule} from './command.js'

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
    name: 'collect',
    summary: 'collect kubelet /stats/summary snapshots from a cluster with your kubectl (NDJSON for --audit)',
    load: () => import('./collect.js')
  }
]
