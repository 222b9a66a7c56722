// Node 22.1+ can keep V8's compiled code between runs (module.enableCompileCache: in the OS temp folder,
// or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off). It holds for the calling thread only:
// each executable (and worker) calls this before it imports the rest of headroom, so that all of it
// benefits. Node 20 has no such API and loses nothing.
import module from 'node:module'

export function enableCompileCache(): void {
  ;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
}
