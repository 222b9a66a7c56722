// The output formats: loading one by name (what a run does) gives the same format as the full registry.
import {describe, expect, it} from 'vitest'
import {FORMAT_NAMES, isFormatName, loadFormat} from '../src/report/format.js'
import {FORMATS} from '../src/report/formats.js'

describe('output formats', () => {
  it('the registry holds every named format and nothing else', () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_NAMES].sort())
  })

  it.each(FORMAT_NAMES)('loadFormat(%s) is the registry entry', async (name) => {
    expect(await loadFormat(name)).toBe(FORMATS[name])
  })

  it('only the named formats are format names', () => {
    expect(isFormatName('stylish')).toBe(true)
    expect(isFormatName('toString')).toBe(false)
    expect(isFormatName('xml')).toBe(false)
  })
})
