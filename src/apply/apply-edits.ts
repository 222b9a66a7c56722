// Stage: fixes -> new text. Edits are spliced into the original text; a fix whose edits overlap an
// already accepted one is skipped whole (its finding stays reported), as ESLint's fixer does.
import type {Edit, Fix} from '../types.js'

export interface Applied<F extends Fix> {
  readonly text: string
  readonly applied: readonly F[]
  readonly skipped: readonly F[]
}

export function applyFixes<F extends Fix>(text: string, fixes: readonly F[]): Applied<F> {
  const accepted: Edit[] = []
  const applied: F[] = []
  const skipped: F[] = []
  for (const fix of fixes) {
    if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)) || outOfRange(edit, text))) {
      skipped.push(fix)
      continue
    }
    accepted.push(...fix.edits)
    applied.push(fix)
  }
  return {text: splice(text, accepted), applied, skipped}
}

/** Two insertions at one offset overlap too: their order would be a guess. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.range.start === b.range.start) return true
  return a.range.start < b.range.end && b.range.start < a.range.end
}

function outOfRange(edit: Edit, text: string): boolean {
  return edit.range.start < 0 || edit.range.end > text.length || edit.range.start > edit.range.end
}

export function splice(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start)
  let out = ''
  let at = 0
  for (const edit of sorted) {
    out += text.slice(at, edit.range.start) + edit.text
    at = edit.range.end
  }
  return out + text.slice(at)
}
