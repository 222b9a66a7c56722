// Types for scripts/docs.mjs, so the TypeScript tests can import its functions.
import type {RuleMeta} from '../src/rules/rule.js'
import type {FileFindingMeta} from '../src/engine/file-findings.js'

export const ROOT: string
export function generatedNote(sources: string): string
export const CLI_RUNS: Record<string, {args: readonly string[]; streams: readonly ('stdout' | 'stderr')[]}>
export const EXAMPLE_CONFIG: string

export interface Example {
  title: string
  /** line of the @example tag in the rule file */
  line: number
  notes: string
  input?: string
  /** `line:col severity message`, one per finding; empty for none */
  findings?: string[]
  fixed?: string
}

export interface DocComment {
  /** the prose before the first @example, as Markdown */
  text: string
  examples: Example[]
  /** malformed doc comment: missing blocks, unknown roles or tags */
  problems: string[]
}

export function parseDocComment(source: string, file?: string): DocComment

export interface RuleDoc {
  meta: RuleMeta
  file: string
  doc: DocComment
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface Inputs {
  rules: RuleDoc[]
  /** FILE_FINDINGS (src/engine/file-findings.ts) */
  fileFindings: readonly FileFindingMeta[]
  schema: Record<string, unknown>
  sidecars: readonly {id: string; names: readonly string[]; images: readonly string[]}[]
  kinds: readonly {groups: readonly string[]; kind: string; template: readonly (string | number)[]}[]
  /** INJECTORS (src/classify/injectors.ts) */
  injectors: readonly InjectorDoc[]
  /** the ANNOTATION_* exports of src/engine/exemptions.ts: constant name -> annotation key */
  annotations: Record<string, string>
  defaults: {drift: string; headroom: string; defaultRequest: string}
  help: string
  /** COLLECT_HELP (src/cli/commands/collect.ts) */
  collectHelp: string
  /** the --help of the commands docs/cli.md shows: AUDIT_HELP, RULES_HELP, KRM_HELP */
  commandHelp: Record<string, string>
  /** src/audit/prometheus-queries.ts */
  prometheus: Record<string, unknown>
  /** the hand-written pages of REGION_PAGES as on disk (their regions are generated) */
  pages: Record<string, string>
  /** the table of the latest `npm run bench` (bench/README.md without its heading) */
  bench: string
  runs: Record<string, CliRun>
}

export interface InjectorDoc {
  id: string
  title: string
  container: string
  requestAnnotation: string
  limitAnnotation: string
  defaultRequest: {n: bigint; d: bigint} | undefined
  defaultLimit: {n: bigint; d: bigint} | undefined
  resourceAnnotations?: readonly string[] | undefined
  enable: {
    podKey?: string
    podOn?: readonly string[]
    podOff?: readonly string[]
    podLabel?: boolean
    namespace?: readonly {key: string; on: readonly string[]; off?: readonly string[]}[]
    cancelledBy?: {key: string; values: readonly string[]}
    kinds?: readonly {group: string; kind: string}[]
  }
}

export function loadInputs(options?: {
  root?: string
  importModule?: (file: string) => Promise<unknown>
}): Promise<Inputs>
export function runCli(args: readonly string[], root?: string): CliRun
export function renderRulesDoc(inputs: Inputs): string
export function fileFindingsSection(fileFindings: Inputs['fileFindings']): string[]
export function renderConfigDoc(inputs: Inputs): string
/** Hand-written page -> the names of the generated regions it holds. */
export const REGION_PAGES: Record<string, readonly string[]>
export function allRegions(inputs: Inputs): Record<string, string>
export function pageRegions(inputs: Inputs, page: string): Record<string, string>
export function configDocProblems(inputs: Inputs): string[]
export function enabledBy(rule: InjectorDoc['enable']): string
export function injectorsRegion(injectors: readonly InjectorDoc[]): string
export function exemptionsRegion(inputs: Inputs): string
export function exemptionDocProblems(inputs: Inputs): string[]
export const EXEMPTIONS_EXAMPLE: string
export function fillRegions(text: string, regions: Record<string, string>, file?: string): string
export function prometheusRegion(prometheus: Record<string, unknown>): string
export function auditDocRegions(inputs: Inputs): Record<string, string>
export function renderAll(inputs: Inputs, pages?: Record<string, string>): Record<string, string>
export function staleFiles(files: Record<string, string>, root?: string): {file: string; detail: string}[]
export function main(argv?: readonly string[]): Promise<number>
