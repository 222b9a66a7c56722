// The exit codes of every entry (CLI, commands, GitHub Action, KRM function), in one place.

/** nothing to report */
export const EXIT_CLEAN = 0
/** findings (error level; warnings too with --frail) */
export const EXIT_FINDINGS = 1
/** bad usage, an invalid config or input file, or an internal error: the result cannot be trusted */
export const EXIT_USAGE = 2
