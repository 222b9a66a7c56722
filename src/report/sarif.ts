// SARIF 2.1.0 (`--format sarif`, and the Action's `sarif-file`): one run, the rules from the RULES
// registry and the file-level findings (src/engine/file-findings.ts) as reportingDescriptors, one result per finding pointing at the exact scalar or key. URIs are
// relative to the repository root (%SRCROOT%, the folder the run started in). Columns are UTF-16 code
// units, as the engine counts them. Validated against schemas/sarif-2.1.0.schema.json in the tests.
import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import pkg from '../../package.json' with {type: 'json'}
import type {FileResult, ReportedFinding} from '../engine/analyze.js'
import {RULES} from '../rules/index.js'
import {FILE_FINDINGS} from '../engine/file-findings.js'
import type {Severity} from '../types.js'
import type {Format} from './report-format.js'

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
export const SRCROOT = '%SRCROOT%'
/** docs/rules.md in the repository package.json names (`git+https://…/x.git` -> `https://…/x`). */
export const RULES_DOC = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/rules.md`

export interface SarifOptions {
  readonly command: 'check' | 'fix'
  readonly dryRun: boolean
  readonly version: string
  /** folder that result paths are relative to: the repository root */
  readonly cwd: string
}

interface Descriptor {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  help: {text: string; markdown: string}
  helpUri: string
  defaultConfiguration: {level: Level}
  properties: {tags: string[]; fixable: boolean}
}

type Level = 'error' | 'warning' | 'note'

/** The ids docs/rules.md has a section for. */
const DOCUMENTED: ReadonlySet<string> = new Set([
  ...RULES.map((rule) => rule.meta.id),
  ...FILE_FINDINGS.map((meta) => meta.id)
])

export function levelOf(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity
}

export const sarifFormat: Format = {
  stream: 'stdout',
  format: (results, c) => formatSarif(results, {command: c.command, dryRun: c.dryRun, version: c.version, cwd: c.cwd})
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return JSON.stringify(
    buildSarif(results, options),
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
    2
  )
}

export function buildSarif(results: readonly FileResult[], options: SarifOptions): Record<string, unknown> {
  const rules: Descriptor[] = [
    ...RULES.map((rule) => descriptor(rule.meta.id, rule.meta.description, rule.meta.severity, rule.meta.fixable)),
    ...FILE_FINDINGS.map((meta) => descriptor(meta.id, meta.description, meta.severity, false, meta.help))
  ]
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const ruleIndex = (id: string): number => {
    const known = index.get(id)
    if (known !== undefined) return known
    // Every id the engine emits is in one of the two registries; this keeps the log valid if one is not.
    rules.push(descriptor(id, `kube-headroom ${id}`, 'error', false))
    index.set(id, rules.length - 1)
    return rules.length - 1
  }
  // After `fix` has written its edits, fixed findings are gone from the files: only what is left is a result.
  const written = options.command === 'fix' && !options.dryRun
  const sarifResults: Record<string, unknown>[] = []
  for (const result of results) {
    for (const finding of result.findings) {
      if (written && finding.status === 'fixed') continue
      sarifResults.push(resultOf(finding, result, ruleIndex(finding.ruleId), options.cwd))
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kube-headroom',
            semanticVersion: options.version,
            version: options.version,
            informationUri: pkg.homepage,
            rules
          }
        },
        originalUriBaseIds: {[SRCROOT]: {uri: directoryUri(options.cwd)}},
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        properties: {mode: options.command, dryRun: options.dryRun}
      }
    ]
  }
}

function descriptor(
  id: string,
  description: string,
  severity: Severity,
  fixable: boolean,
  advice?: string
): Descriptor {
  // Rules and file-level findings have a section each in docs/rules.md.
  const helpUri = DOCUMENTED.has(id) ? `${RULES_DOC}#${id}` : RULES_DOC
  const fix =
    (fixable ? ' `headroom fix` rewrites the manifest with a byte-exact edit.' : '') + (advice ? ` ${advice}` : '')
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: {text: description},
    fullDescription: {text: `${description}${fixable ? ' Fixable with `headroom fix`.' : ''}`},
    help: {
      text: `${description}${fix}\nSee ${helpUri}`,
      markdown: `${description}${fix}\n\n[Documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: {level: levelOf(severity)},
    properties: {tags: ['kubernetes', 'memory', 'reliability'], fixable}
  }
}

function resultOf(
  finding: ReportedFinding,
  result: FileResult,
  ruleIndex: number,
  cwd: string
): Record<string, unknown> {
  const artifactLocation = artifactOf(finding.path, cwd)
  const region = {
    startLine: finding.line,
    startColumn: finding.col,
    endLine: finding.endLine,
    endColumn: finding.endCol
  }
  const out: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity),
    message: {text: messageOf(finding)},
    locations: [{physicalLocation: {artifactLocation, region}}]
  }
  if (finding.subject) {
    const s = finding.subject
    const qualified = `${s.kind}/${s.namespace ? `${s.namespace}/` : ''}${s.name}`
    out.locations = [
      {
        physicalLocation: {artifactLocation, region},
        logicalLocations: [{name: s.container, fullyQualifiedName: `${qualified}/${s.container}`, kind: 'object'}]
      }
    ]
    out.partialFingerprints = {
      'kubeHeadroomSubject/v1': hash([finding.ruleId, finding.path, qualified, s.container].join('\0'))
    }
  }
  const fix = fixOf(finding, result, artifactLocation)
  if (fix) out.fixes = [fix]
  const properties: Record<string, unknown> = {}
  if (finding.subject) properties.subject = finding.subject
  if (finding.status) properties.status = finding.status
  if (finding.reason) properties.reason = finding.reason
  if (finding.data) properties.data = finding.data
  if (Object.keys(properties).length > 0) out.properties = properties
  return out
}

function messageOf(finding: ReportedFinding): string {
  if (finding.status === 'fixed') return `${finding.message} (fixable with headroom fix)`
  if (finding.status && finding.reason) return `${finding.message}; cannot fix: ${finding.reason}`
  return finding.message
}

/** The planned edits as a SARIF fix, when the finding has one and the file's positions are known. */
function fixOf(
  finding: ReportedFinding,
  result: FileResult,
  artifactLocation: Record<string, unknown>
): Record<string, unknown> | undefined {
  const edits = finding.fix?.edits
  const parsed = result.parsed
  if (!edits || edits.length === 0 || !parsed || (finding.status !== undefined && finding.status !== 'fixed'))
    return undefined
  const replacements = edits.map((edit) => {
    const start = parsed.position(edit.range.start)
    const end = parsed.position(edit.range.end)
    return {
      deletedRegion: {startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col},
      insertedContent: {text: edit.text}
    }
  })
  return {
    description: {text: 'Raise the memory limit (headroom fix)'},
    artifactChanges: [{artifactLocation, replacements}]
  }
}

/** A relative URI under %SRCROOT%, each segment percent-encoded; a file outside the root gets a file: URI. */
export function artifactOf(file: string, cwd: string): Record<string, unknown> {
  if (file === '<stdin>') return {description: {text: 'standard input'}}
  const absolute = path.resolve(cwd, file)
  const relative = path.relative(cwd, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return {uri: pathToFileURL(absolute).href}
  return {uri: relative.split(path.sep).map(encodeSegment).join('/'), uriBaseId: SRCROOT}
}

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves !'()* alone; they are legal in a path segment. ':' is encoded, so a first
  // segment can never look like a scheme.
  return encodeURIComponent(segment)
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}
