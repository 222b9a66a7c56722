/** Deeper nesting (block and flow collections together) goes to yaml, which reports a stack overflow as an error. */
export const MAX_DEPTH = 64
/** yaml rejects implicit keys longer than 1024 characters. */
export const MAX_KEY = 1000
