// Worker thread entry (dist/worker.js): receives the setup the CLI process resolved (config, audit data,
// repo index), then batches of files; checks each like the CLI process would and replies with plain results.
import {parentPort} from 'node:worker_threads'
import {ConfigResolver} from '../config/config-files.js'
import {checkPath, type CheckJob, type CheckOutcome} from './check-file.js'
import {IN_FLIGHT, jobOf, mapLimited, type WorkerReply, type WorkerRequest} from './run-files.js'

let job: CheckJob | undefined

parentPort?.on('message', (request: WorkerRequest) => {
  if ('setup' in request) {
    const {setup} = request
    job = jobOf(setup, new ConfigResolver(setup.cwd, setup.overrides, setup.explicitConfig, setup.audit))
    return
  }
  const current = job
  if (!current) throw new Error('a batch of files arrived before the setup')
  const outcomes: CheckOutcome[] = []
  void mapLimited(
    request.files,
    IN_FLIGHT,
    (file) => checkPath(file, current),
    (outcome, i) => (outcomes[i] = outcome)
  ).then(() => {
    parentPort?.postMessage({start: request.start, outcomes} satisfies WorkerReply)
  })
})
