// Runs a function with the lazy YAML pre-filter on or off (HEADROOM_NO_PREFILTER), restoring the setting.
export function withPrefilter<T>(on: boolean, run: () => T): T {
  const saved = process.env.HEADROOM_NO_PREFILTER
  if (on) delete process.env.HEADROOM_NO_PREFILTER
  else process.env.HEADROOM_NO_PREFILTER = '1'
  try {
    return run()
  } finally {
    if (saved === undefined) delete process.env.HEADROOM_NO_PREFILTER
    else process.env.HEADROOM_NO_PREFILTER = saved
  }
}
