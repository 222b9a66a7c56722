// Node 22.1+ can keep V8's compiled code between runs (module.enableCompileCache, in the OS temp folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off). The executables call this before they import the rest of
// headroom, so that all of it benefits. Node 20 has no such API and loses nothing.
import module from 'node:module'

export function enableCompileCache(): void {
  ;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
}
