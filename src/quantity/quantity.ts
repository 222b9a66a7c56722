// A parsed Kubernetes quantity. Its own module, so that the grammar that builds one and the parser that
// calls the grammar do not import each other.
import type {Rational} from './rational.js'

export interface Quantity {
  /** the exact input text */
  readonly text: string
  /** exact value in base units (bytes for memory) */
  readonly value: Rational
  /** '', 'm', 'k', 'Ki', 'E', 'e3' style exponent text etc. */
  readonly suffix: string
  readonly format: 'binary' | 'decimal' | 'exponent'
}
