// Worker thread entry (dist/worker.js): checks the batches of files the CLI process sends, with the
// same setup (config, audit data, repo index) the CLI process resolved, and replies with plain results.
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigResolver} from '../cli/config-files.js'
import {checkPath} from './check-file.js'
import {IN_FLIGHT, jobOf, mapLimited, type RunSetup, type WorkerReply, type WorkerRequest} from './run-files.js'

const setup = workerData as RunSetup
const job = jobOf(setup, new ConfigResolver(setup.cwd, setup.overrides, setup.explicitConfig, setup.audit))

parentPort?.on('message', (request: WorkerRequest) => {
  void mapLimited(request.files, IN_FLIGHT, (file) => checkPath(file, job)).then((outcomes) => {
    parentPort?.postMessage({start: request.start, outcomes} satisfies WorkerReply)
  })
})
