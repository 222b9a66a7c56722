// Every output format by name, loaded together, for callers that pick one synchronously. A run that knows
// its format up front uses loadFormat (./format.ts) and loads only that one.
import type {Format, FormatName} from './format.js'
import {githubFormat} from './github.js'
import {jsonFormat} from './json.js'
import {sarifFormat} from './sarif.js'
import {stylishFormat} from './stylish.js'

export type {Format, FormatContext} from './format.js'

export const FORMATS: Record<string, Format> = {
  stylish: stylishFormat,
  json: jsonFormat,
  sarif: sarifFormat,
  github: githubFormat
} satisfies Record<FormatName, Format>
