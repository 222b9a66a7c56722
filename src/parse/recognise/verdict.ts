// What the recogniser tells the yaml adapter about one document.
import type {UnsureReason} from './unsure.js'

/** A top-level key of a recognised document whose value is a plain single-line scalar. */
export interface TopScalar {
  /** absolute offset of the value */
  readonly start: number
  /** the value as written (resolves to this same string) */
  readonly source: string
}

export interface TopKey {
  readonly key: string
  /** set when the value is a plain scalar that certainly resolves to a string */
  readonly scalar?: TopScalar | undefined
}

/**
 * `ok: true`: yaml parses the document without errors; `content`: it holds more than comments and white
 * space; `keys`: its top-level keys, when its root is a block map whose keys are all plain strings.
 */
export type Verdict =
  | {readonly ok: true; readonly content: boolean; readonly keys: readonly TopKey[] | undefined}
  | {readonly ok: false; readonly reason: UnsureReason}
