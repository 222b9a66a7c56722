export * from './rational.js'
export * from './parse.js'
export * from './memory.js'
export {likelySuffix, BINARY_SUFFIXES, DECIMAL_SUFFIXES} from './suffixes.js'
