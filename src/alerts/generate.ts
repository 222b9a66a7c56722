// Settings -> the rule file's text, and the staleness check CI runs on the committed copy.
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import type {Settings} from '../config/settings.js'
import {alertModel} from './classes.js'
import {renderRules, type RenderOptions} from './render.js'
import {ruleGroups, type RuleOptions} from './rules.js'

export type GenerateOptions = RuleOptions & RenderOptions

export function generateRules(settings: Settings, options: GenerateOptions): string {
  const model = alertModel(settings)
  return renderRules(ruleGroups(model, options), model, options)
}

/** undefined when `committed` is what would be generated; else a unified diff from it to that. */
export function staleDiff(file: string, committed: string, generated: string): string | undefined {
  // (a checkout with CRLF line ends holds the same rules)
  if (committed.replace(/\r\n/g, '\n') === generated) return undefined
  return createTwoFilesPatch(file, `${file} (generated)`, committed, generated, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}
