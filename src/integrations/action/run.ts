// The GitHub Action: inputs from INPUT_*, files from the workspace (on a pull request, optionally only
// those the PR changed), the core engine on each file, then annotations (capped, most important first),
// the job summary, an optional SARIF file, step outputs and the exit code `fail-on` asks for.
// Each file goes through the runner the CLI uses (src/run: the same screening, size limit, parse, analysis,
// verified write and internal-error guard, in worker threads for large runs), so a file gets the same
// findings and messages from both. No unified-args, nothing to install at run time (dist/action.js is a bundle).
import {loadAudit} from '../../audit/data.js'
import {AuditInputError} from '../../audit/types.js'
import {mkdirSync, readFileSync, realpathSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import pkg from '../../../package.json' with {type: 'json'}
import {ConfigResolver} from '../../config/config-files.js'
import {scanIndex} from '../../run/scan-index.js'
import {removeLeftovers} from '../../run/write-file.js'
import {prefilterFrom, runFiles, type RunSetup} from '../../run/run-files.js'
import {restore} from '../../run/check-file.js'
import type {HeadroomConfig} from '../../config/settings.js'
import type {AuditData} from '../../audit/data.js'
import {ConfigError} from '../../config/validate.js'
import {discover} from '../../discover/discover.js'
import {EXIT_USAGE} from '../../exit-codes.js'
import {
  annotationFor,
  literalBlock,
  plainLine,
  rankFindings,
  selectAnnotations,
  workflowCommand,
  ANNOTATIONS_PER_LEVEL
} from '../../report/github.js'
import {formatSarif} from '../../report/sarif.js'
import {changedFiles, pullRequestShas} from './changed-files.js'
import {InputError, readInputs, type ActionInputs} from './inputs.js'
import {appendSummary, setOutput} from './runner.js'
import {buildSummary} from './summary.js'
import {leftOutSentence} from '../../report/left-out.js'

export interface ActionIo {
  /** stdout: where the runner reads workflow commands */
  write(text: string): void
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<number> {
  const log = (line: string) => io.write(`${line}\n`)
  const fail = (message: string): number => {
    log(workflowCommand({level: 'error', title: 'kube-headroom', message}))
    return EXIT_USAGE
  }
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())

  let inputs: ActionInputs
  let config: ConfigResolver
  const overrides: HeadroomConfig = {}
  let audit: AuditData | undefined
  try {
    inputs = readInputs(env)
    if (inputs.headroom !== undefined) overrides.headroom = inputs.headroom
    if (inputs.drift !== undefined) overrides.drift = inputs.drift
    // Audit files (one per line, like paths) feed measured drift and baselines, as --audit does.
    const auditFiles = (inputs.audit ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    audit = auditFiles.length > 0 ? await loadAudit(auditFiles, {cwd: workspace}) : undefined
    config = new ConfigResolver(workspace, overrides, inputs.config, audit)
    config.forFile(undefined)
  } catch (error) {
    if (error instanceof InputError) return fail(error.message)
    if (error instanceof AuditInputError) return fail(`invalid audit data ${error.message}`)
    if (error instanceof ConfigError)
      return fail(
        `invalid config ${error.message}`.replace('--headroom', 'input headroom').replace('--drift', 'input drift')
      )
    throw error
  }

  const notes: string[] = []
  const found = await discover(inputs.paths, workspace)
  if (found.missing.length > 0)
    return fail(`no such file, folder or matching manifest: ${found.missing.join(', ')} (give one path per line)`)

  let selected = found.files
  let scope = `all manifests under ${inputs.paths.join(', ')}`
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (inputs.changedOnly && PULL_REQUEST_EVENTS.has(eventName)) {
    const changed = changedFiles(workspace, pullRequestShas(readEvent(env.GITHUB_EVENT_PATH)))
    if (changed.ok) {
      selected = found.files.filter((f) => changed.files.has(real(path.resolve(workspace, f))))
      scope = `files this pull request changed: ${changed.how}`
    } else {
      log(
        workflowCommand({
          level: 'warning',
          title: 'kube-headroom',
          message: `${changed.reason}; checking every manifest instead`
        })
      )
      notes.push(`changed-only: ${changed.reason}; every manifest was checked.`)
    }
  } else if (inputs.changedOnly) {
    notes.push(`changed-only applies to pull_request events; this ${eventName || 'run'} checked every manifest.`)
  }

  // Namespace labels, LimitRanges and quotas may live in files the PR did not touch: index them all.
  const index = await scanIndex(found.files, workspace)
  const fix = inputs.mode === 'fix'
  // Temp files a killed earlier run left behind (a re-run job on a self-hosted runner), as `fix` does.
  if (fix) await removeLeftovers(found.files, workspace)
  const setup: RunSetup = {
    command: inputs.mode,
    dryRun: false,
    cwd: workspace,
    index,
    overrides,
    explicitConfig: inputs.config,
    audit,
    selection: inputs.selection,
    prefilter: prefilterFrom(env)
  }
  const outcomes = await runFiles(selected, setup, config)
  const results = outcomes.map(restore)
  // A file whose config is invalid, or that hit a bug in headroom, was not checked: reported on the file
  // like any finding, the other files' results stand, and the step fails (exit 2) whatever fail-on says.
  const unchecked = outcomes.filter((o) => o.configError || o.internalError).length
  if (inputs.selection)
    notes.push(
      leftOutSentence(
        inputs.selection,
        results.reduce((sum, r) => sum + (r.leftOut ?? 0), 0)
      )
    )

  const ranked = rankFindings(results, {fixedInPlace: fix})
  const open = ranked.filter((r) => !r.fixed && (r.finding.severity === 'error' || r.finding.severity === 'warning'))
  const fixedCount = ranked.filter((r) => r.fixed).length

  const sarifPath = inputs.sarifFile === undefined ? undefined : path.resolve(workspace, inputs.sarifFile)
  if (sarifPath) {
    mkdirSync(path.dirname(sarifPath), {recursive: true})
    writeFileSync(
      sarifPath,
      `${formatSarif(results, {command: inputs.mode, dryRun: false, version: pkg.version, cwd: workspace})}\n`,
      'utf8'
    )
  }

  // Annotations: GitHub shows ANNOTATIONS_PER_LEVEL per level per step; the rest go to the summary and log.
  const {annotated, rest} = selectAnnotations(ranked)
  for (const r of annotated) log(workflowCommand(annotationFor(r, workspace, workspace)))
  if (rest.length > 0) {
    const where = [inputs.summary ? 'the job summary' : '', sarifPath ? inputs.sarifFile : '', 'the log']
      .filter(Boolean)
      .join(', ')
    log(
      workflowCommand({
        level: 'notice',
        title: 'kube-headroom',
        message: `${rest.length} more finding${rest.length === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): see ${where}`
      })
    )
  }
  const logLines = ranked.map(plainLine)
  logLines.push(
    `kube-headroom ${pkg.version}: ${selected.length} file${selected.length === 1 ? '' : 's'} checked (${scope}); ` +
      `${open.length} open finding${open.length === 1 ? '' : 's'}, ${fixedCount} fixed`
  )
  for (const note of notes) logLines.push(note)
  // File names and messages are data: printed inside a stop-commands block, none can be a command.
  log(literalBlock(logLines))

  if (inputs.summary) {
    appendSummary(
      env,
      buildSummary(ranked, {
        mode: inputs.mode,
        cwd: workspace,
        root: workspace,
        filesChecked: selected.length,
        scope,
        blobBase: blobBase(env),
        sarifFile: inputs.sarifFile,
        notes
      })
    )
  }

  setOutput(env, 'findings', String(open.length), log)
  setOutput(env, 'fixed', String(fixedCount), log)
  setOutput(env, 'sarif-file', sarifPath ?? '', log)

  if (unchecked > 0) {
    log(
      `kube-headroom: ${unchecked} file${unchecked === 1 ? ' was' : 's were'} not checked (an invalid config or an internal error); see the annotations`
    )
    return EXIT_USAGE
  }
  const failing =
    inputs.failOn === 'never'
      ? []
      : open.filter(
          (r) => r.finding.severity === 'error' || (inputs.failOn === 'warning' && r.finding.severity === 'warning')
        )
  if (failing.length > 0) {
    log(
      `kube-headroom: ${failing.length} finding${failing.length === 1 ? '' : 's'} at fail-on level ${inputs.failOn} or above`
    )
    return 1
  }
  return 0
}

function readEvent(file: string | undefined): unknown {
  if (!file) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

function real(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

/** `https://github.com/owner/repo/blob/<sha>/` for links from the summary, when the runner says where. */
function blobBase(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL
  const repository = env.GITHUB_REPOSITORY
  const sha = env.GITHUB_SHA
  if (!server || !repository || !sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    return undefined
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}/`
}
