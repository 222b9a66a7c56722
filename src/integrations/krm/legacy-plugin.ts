// kustomize's legacy exec plugin protocol, which `kubectl kustomize --enable-alpha-plugins` still runs:
// the resources come on stdin as a plain YAML stream, argv[1] is a file holding the plugin's own config
// (our HeadroomPolicy), and the transformed stream goes to stdout. Each document is fixed like a
// ResourceList item (local-config documents are left alone); findings go to stderr.
import {readFileSync} from 'node:fs'
import {ConfigError} from '../../config/validate.js'
import {EMPTY_INDEX, indexFile} from '../../extract/repo-index.js'
import {asMap} from '../../parse/nodes.js'
import {parseData, parseYaml} from '../../parse/yaml-adapter.js'
import {formatStylish} from '../../report/stylish.js'
import {FunctionConfigError, functionOptions, type FunctionOptions} from './function-config.js'
import {leftOutNote} from '../../report/left-out.js'
import {fixObjects, type ObjectRef} from './items.js'
import {failingResults, type KrmOutcome} from './resource-list.js'

export function runLegacyPlugin(configFile: string, stream: string): KrmOutcome {
  const failed = (reason: string): KrmOutcome => ({
    code: 1,
    stdout: '',
    stderr: `headroom (kustomize plugin): ${reason}\n`
  })
  let options: FunctionOptions
  try {
    let configText: string
    try {
      configText = readFileSync(configFile, 'utf8')
    } catch (error) {
      return failed(
        `cannot read the plugin config ${configFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
    const config = parseData(configText)
    if (!config.ok)
      return failed(`the plugin config is not valid YAML (line ${config.problem.line}: ${config.problem.message})`)
    options = functionOptions(config.data, 'HeadroomPolicy')
  } catch (error) {
    if (error instanceof FunctionConfigError || error instanceof ConfigError) return failed(error.message)
    throw error
  }
  if (stream.trim() === '') return {code: 0, stdout: stream, stderr: ''}

  const parsed = parseYaml({path: '<kustomize>', text: stream})
  if (!parsed.ok) {
    const problem = parsed.problems[0]
    return failed(
      `the resource stream is not valid YAML${problem ? ` (line ${problem.line}: ${problem.message})` : ''}`
    )
  }
  const refs: ObjectRef[] = []
  parsed.file.documents.forEach((document, position) => {
    const map = asMap(document.root)
    const data = document.toData()
    if (map && document.root?.type === 'map' && data !== null && typeof data === 'object' && !Array.isArray(data)) {
      refs.push({node: map, data: data as Record<string, unknown>, position})
    }
  })
  const {text, outcomes} = fixObjects(stream, refs, {
    fix: options.mode === 'fix',
    settings: options.settings,
    selection: options.selection,
    index: refs.length > 0 ? indexFile(parsed.file) : EMPTY_INDEX,
    path: '<kustomize>',
    objectsOf: (t) => {
      const again = parseYaml({path: '<kustomize>', text: t})
      return again.ok ? again.file.documents.map((d) => d.toData()) : undefined
    }
  })
  const results = outcomes.map((o) => o.result)
  const report = formatStylish(results, {mode: options.mode, quiet: false})
  const failing = failingResults(outcomes, options.failOn)
  const leftOut = outcomes.reduce((sum, o) => sum + (o.result.leftOut ?? 0), 0)
  const stderr = (report ? `${report}\n` : '') + (options.selection ? leftOutNote(options.selection, leftOut) : '')
  if (failing.length > 0) {
    return {
      code: 1,
      stdout: text,
      stderr: `${stderr}headroom (kustomize plugin): ${failing.length} finding${failing.length === 1 ? '' : 's'} left at failOn ${options.failOn}\n`
    }
  }
  return {code: 0, stdout: text, stderr}
}
