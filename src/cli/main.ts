// Entry of dist/cli.js, the `headroom` executable.
import {enableCompileCache} from '../compile-cache.js'

enableCompileCache()
await import('./cli.js')
