// Commands besides check/fix (which run through unified-args in lint.ts). Each is loaded only when
// named, so the common path pays nothing for them.
export interface CommandIo {
  readonly cwd: string
  readonly version: string
}

export interface CommandModule {
  /** returns the exit code */
  run(argv: readonly string[], io: CommandIo): Promise<number>
}

export interface CommandEntry {
  readonly name: string
  readonly summary: string
  load(): Promise<CommandModule>
}

export const COMMAND_MODULES: readonly CommandEntry[] = []
