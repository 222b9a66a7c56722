// The line a selected run (`--namespace`, `--resource`) ends with: how much it left out, so a canary
// run is never mistaken for a clean repository.
import {describeSelection, type Selection} from '../engine/selection.js'

export function leftOutNote(selection: Selection, leftOut: number): string {
  const what = leftOut === 1 ? '1 finding' : `${leftOut} findings`
  return `headroom: ${what} outside the selection (${describeSelection(selection)}) left out${leftOut > 0 ? ', neither reported nor fixed' : ''}\n`
}
