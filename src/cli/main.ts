// Entry of dist/cli.js, the `headroom` executable. On Node 22.1+ V8's compiled code is kept between runs
// (module.enableCompileCache; NODE_DISABLE_COMPILE_CACHE=1 turns it off): it is switched on here, before
// the rest of headroom is loaded, so that all of it benefits. Older Node has no such API and loses nothing.
import module from 'node:module'

;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
await import('./cli.js')
