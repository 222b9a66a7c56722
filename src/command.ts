// What a command besides check/fix is. Its own module, so that the commands and the registry that loads
// them by name (index.ts) do not import each other.
export interface CommandIo {
  readonly cwd: string
  readonly version: string
}

export interface CommandModule {
  /** returns the exit code */
  run(argv: readonly string[], io: CommandIo): Promise<number>
}
