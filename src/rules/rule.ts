// What a rule is: metadata as data plus a check over one classified workload. Rules never touch text;
// they describe the value they want and the planner turns that into edits.
import type {ClassifiedWorkload} from '../classify/containers.js'
import type {Settings} from '../config/settings.js'
import type {RepoIndex} from '../extract/repo-index.js'
import type {SetValue} from '../plan/set-value.js'
import type {Node, ParsedFile, Range, Severity, Subject} from '../types.js'

export interface RuleMeta {
  /** equals the rule's file name */
  readonly id: string
  readonly description: string
  readonly severity: Severity
  readonly fixable: boolean
}

export interface Report {
  readonly message: string
  /** the node the finding points at (its exact scalar or key) */
  readonly at: Node | Range
  readonly subject?: Subject | undefined
  /** values that, once written, resolve the finding */
  readonly fix?: readonly SetValue[] | undefined
  /** why the finding cannot be fixed automatically, when it cannot */
  readonly unfixable?: string | undefined
  /** no limit can be sized without measurements: reported with status `needs-evidence`, never fixed */
  readonly needsEvidence?: boolean | undefined
  readonly data?: Readonly<Record<string, unknown>> | undefined
  readonly severity?: Severity | undefined
}

export interface RuleContext {
  readonly file: ParsedFile
  readonly settings: Settings
  /** namespaces, LimitRanges and quotas found in the repo (this file included) */
  readonly index: RepoIndex
  report(report: Report): void
}

export interface Rule {
  readonly meta: RuleMeta
  check(workload: ClassifiedWorkload, context: RuleContext): void
}
