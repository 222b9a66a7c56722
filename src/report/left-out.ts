// The line a selected run (`--namespace`, `--resource`) ends with: how much it left out, so a canary
// run is never mistaken for a clean repository.
import {describeSelection, type Selection} from '../engine/selection.js'

/** What a selected run left out, as a sentence (the Action's job summary and log). */
export function leftOutSentence(selection: Selection, leftOut: number): string {
  const what = leftOut === 1 ? '1 finding' : `${leftOut} findings`
  return `${what} outside the selection (${describeSelection(selection)}) left out${leftOut > 0 ? ', neither reported nor fixed' : ''}`
}

/** The same as a line of the command's own output on stderr. */
export function leftOutNote(selection: Selection, leftOut: number): string {
  return `headroom: ${leftOutSentence(selection, leftOut)}\n`
}
