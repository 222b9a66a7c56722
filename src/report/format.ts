// What an output format is (`--format NAME`), the names, and loading one by name. Each format turns the
// results of a run into text and says where it goes: stdout for machine formats, stderr for the human one
// (stdout may carry a fixed stream). This module imports no format: a run loads only the one it prints.
import type {Format} from './report-format.js'

export type {Format, FormatContext, LineStream} from './report-format.js'

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const
export type FormatName = (typeof FORMAT_NAMES)[number]

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name)
}

const LOADERS: Record<FormatName, () => Promise<Format>> = {
  stylish: async () => (await import('./stylish.js')).stylishFormat,
  json: async () => (await import('./json.js')).jsonFormat,
  sarif: async () => (await import('./sarif.js')).sarifFormat,
  github: async () => (await import('./github.js')).githubFormat
}

export function loadFormat(name: FormatName): Promise<Format> {
  return LOADERS[name]()
}
