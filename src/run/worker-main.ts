// Entry of dist/worker.js, a worker thread of a large run (src/run/run-files.ts starts it). The compile
// cache holds per thread, so the worker turns it on before it loads the rest.
import {enableCompileCache} from '../compile-cache.js'

enableCompileCache()
await import('./worker.js')
