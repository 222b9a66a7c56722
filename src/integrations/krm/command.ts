// `headroom krm` and the `headroom-krm` executable (dist/krm.js).
//   headroom-krm            a KRM function: ResourceList on stdin, ResourceList on stdout
//   headroom-krm POLICY     kustomize's legacy exec plugin: YAML stream on stdin, POLICY the config file
import type {CommandIo, CommandModule} from '../../command.js'
import {runLegacyPlugin} from './legacy-plugin.js'
import {runResourceList, type KrmOutcome} from './resource-list.js'

export const KRM_HELP = `Usage: headroom krm [POLICY_FILE]

  Runs kube-headroom as a KRM function (kpt fn eval/render, kustomize --enable-exec): reads a
  config.kubernetes.io/v1 ResourceList on stdin, fixes sidecar memory limits in its items and writes the
  ResourceList with results to stdout. Options come from functionConfig: a ConfigMap
  (data: {headroom: "15%", drift: "1.22", mode: fix|check, failOn: error|warning|never}) or a
  headroom.io/v1 HeadroomPolicy (spec: the same keys and any .headroomrc setting).

  With POLICY_FILE it is a kustomize legacy exec transformer: a plain YAML stream on stdin, the
  transformed stream on stdout.

  Exits 1, with the reason on stderr, when findings at the failOn level remain.
`

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

export async function runKrm(argv: readonly string[]): Promise<KrmOutcome> {
  const args = argv[0] === '--' ? argv.slice(1) : argv
  if (args[0] === '--help' || args[0] === '-h') return {code: 0, stdout: KRM_HELP, stderr: ''}
  if (args[0]?.startsWith('-'))
    return {code: 1, stdout: '', stderr: `headroom krm: unknown option ${args[0]}\n${KRM_HELP}`}
  const input = await readAll(process.stdin)
  // kustomize passes the config file first, then any arguments from the config's argsOneLiner.
  if (args[0] !== undefined) return runLegacyPlugin(args[0], input)
  return runResourceList(input)
}

export const krmCommand: CommandModule = {
  async run(argv: readonly string[], _io: CommandIo): Promise<number> {
    const outcome = await runKrm(argv)
    await write(process.stdout, outcome.stdout)
    await write(process.stderr, outcome.stderr)
    return outcome.code
  }
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve()
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())))
}
