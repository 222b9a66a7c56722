import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {
  GI,
  MI,
  add,
  bytesCeil,
  ceilDiv,
  compare,
  describeBytes,
  div,
  formatBytes,
  formatDecimal,
  isSuspiciousMilliMemory,
  milliMemorySuggestion,
  mul,
  parseDecimal,
  parseQuantity,
  rational,
  requiredLimitBytes,
  toNumber,
  type Quantity,
  type Rational
} from '../src/quantity/index.js'

function quantity(input: string | number | bigint): Quantity {
  const result = parseQuantity(input)
  if (!result.ok) throw new Error(result.reason)
  return result.quantity
}

function decimal(text: string): Rational {
  const value = parseDecimal(text)
  if (!value) throw new Error(`not a decimal: ${text}`)
  return value
}

const DRIFT = decimal('1.22')
const HEADROOM = decimal('0.15')
const BINARY: ReadonlyArray<readonly [string, bigint]> = [
  ['Ki', 10n],
  ['Mi', 20n],
  ['Gi', 30n],
  ['Ti', 40n],
  ['Pi', 50n],
  ['Ei', 60n]
]
const DECIMAL: ReadonlyArray<readonly [string, Rational]> = [
  ['n', rational(1n, 10n ** 9n)],
  ['u', rational(1n, 10n ** 6n)],
  ['m', rational(1n, 1000n)],
  ['', rational(1n)],
  ['k', rational(10n ** 3n)],
  ['M', rational(10n ** 6n)],
  ['G', rational(10n ** 9n)],
  ['T', rational(10n ** 12n)],
  ['P', rational(10n ** 15n)],
  ['E', rational(10n ** 18n)]
]

describe('rational', () => {
  it('reduces and moves the sign into the numerator', () => {
    expect(rational(6n, -4n)).toEqual({n: -3n, d: 2n})
    expect(rational(0n, -5n)).toEqual({n: 0n, d: 1n})
    expect(() => rational(1n, 0n)).toThrow(RangeError)
  })

  it('does exact arithmetic and comparison', () => {
    expect(add(rational(1n, 3n), rational(1n, 6n))).toEqual(rational(1n, 2n))
    expect(mul(rational(2n, 3n), rational(3n, 4n))).toEqual(rational(1n, 2n))
    expect(div(rational(1n, 2n), rational(1n, 4n))).toEqual(rational(2n))
    expect(compare(rational(1n, 3n), rational(2n, 6n))).toBe(0)
    expect(compare(rational(-1n, 2n), rational(1n, 3n))).toBe(-1)
    expect(compare(rational(7n, 2n), rational(3n))).toBe(1)
  })

  it('ceilDiv rounds toward positive infinity, also for negatives', () => {
    expect(ceilDiv(rational(7n, 2n), 1n)).toBe(4n)
    expect(ceilDiv(rational(-7n, 2n), 1n)).toBe(-3n)
    expect(ceilDiv(rational(MI), MI)).toBe(1n)
    expect(ceilDiv(rational(MI + 1n), MI)).toBe(2n)
    expect(ceilDiv(rational(0n), MI)).toBe(0n)
  })

  it.each([
    ['1.22', rational(122n, 100n)],
    ['0.15', rational(15n, 100n)],
    ['15', rational(15n)],
    ['.5', rational(1n, 2n)],
    ['1e3', rational(1000n)],
    ['-2', rational(-2n)],
    ['1.', rational(1n)],
    ['2.5E-1', rational(1n, 4n)]
  ])('parseDecimal(%j)', (text, expected) => {
    expect(parseDecimal(text)).toEqual(expected)
  })

  it.each(['', '.', 'e3', '1e', '1.2.3', ' 1', '1 ', 'NaN', 'Infinity', '0x10', '1e101', '1Mi'])(
    'parseDecimal(%j) is undefined',
    (text) => expect(parseDecimal(text)).toBeUndefined()
  )

  it('formatDecimal trims zeros and rounds half up', () => {
    expect(formatDecimal(decimal('1.22'))).toBe('1.22')
    expect(formatDecimal(decimal('1.15'))).toBe('1.15')
    expect(formatDecimal(rational(1n, 2n))).toBe('0.5')
    expect(formatDecimal(rational(3n))).toBe('3')
    expect(formatDecimal(rational(2n, 3n))).toBe('0.666667')
    expect(formatDecimal(rational(1n, 20n), 1)).toBe('0.1')
    expect(formatDecimal(rational(-1n, 20n), 1)).toBe('-0.1')
    expect(formatDecimal(rational(-1n, 3000000n))).toBe('0')
  })

  it('toNumber is close for ordinary and huge values', () => {
    expect(toNumber(rational(1n, 10n))).toBe(0.1)
    expect(toNumber(rational(10n ** 308n, 10n ** 309n))).toBeCloseTo(0.1, 15)
    expect(toNumber(rational(10n ** 400n, 3n * 10n ** 399n))).toBeCloseTo(10 / 3, 12)
  })
})

describe('parseQuantity: valid forms', () => {
  it.each<[string | number, Rational, string, Quantity['format']]>([
    ['128Mi', rational(128n * MI), 'Mi', 'binary'],
    ['1Gi', rational(GI), 'Gi', 'binary'],
    ['1.5Gi', rational(3n * GI, 2n), 'Gi', 'binary'],
    ['500M', rational(500_000_000n), 'M', 'decimal'],
    ['1e9', rational(10n ** 9n), 'e9', 'exponent'],
    ['1E9', rational(10n ** 9n), 'E9', 'exponent'],
    ['1E', rational(10n ** 18n), 'E', 'decimal'],
    ['1e3', rational(1000n), 'e3', 'exponent'],
    ['1e-3', rational(1n, 1000n), 'e-3', 'exponent'],
    ['1e+3', rational(1000n), 'e+3', 'exponent'],
    ['100k', rational(100_000n), 'k', 'decimal'],
    ['128974848000m', rational(123n * MI), 'm', 'decimal'],
    ['.5Gi', rational(GI / 2n), 'Gi', 'binary'],
    ['1.', rational(1n), '', 'decimal'],
    ['1.Gi', rational(GI), 'Gi', 'binary'],
    ['+1Ki', rational(1024n), 'Ki', 'binary'],
    ['-1Ki', rational(-1024n), 'Ki', 'binary'],
    ['0', rational(0n), '', 'decimal'],
    ['007Mi', rational(7n * MI), 'Mi', 'binary'],
    ['250n', rational(1n, 4_000_000n), 'n', 'decimal'],
    ['3u', rational(3n, 1_000_000n), 'u', 'decimal'],
    [134217728, rational(128n * MI), '', 'decimal'],
    [1e9, rational(10n ** 9n), '', 'decimal'],
    [0.5, rational(1n, 2n), '', 'decimal']
  ])('%j', (input, value, suffix, format) => {
    const q = quantity(input)
    expect(q.value).toEqual(value)
    expect(q.suffix).toBe(suffix)
    expect(q.format).toBe(format)
  })

  it('keeps the exact input text', () => {
    expect(quantity('+1Ki').text).toBe('+1Ki')
    expect(quantity(134217728).text).toBe('134217728')
    expect(quantity(1e9).text).toBe('1000000000')
    expect(quantity(0.5).text).toBe('0.5')
    expect(quantity(123n).text).toBe('123')
  })

  it('takes integral JS numbers exactly, even beyond 2^53', () => {
    expect(quantity(2 ** 60).value).toEqual(rational(2n ** 60n))
    expect(quantity(1e21).value).toEqual(rational(10n ** 21n))
  })

  it('does not use floats: 0.1Mi × 10 is exactly 1Mi', () => {
    expect(mul(quantity('0.1Mi').value, rational(10n))).toEqual(rational(MI))
    expect(add(quantity('0.1').value, quantity('0.2').value)).toEqual(quantity('0.3').value)
  })
})

describe('parseQuantity: invalid forms', () => {
  it.each<[string | number, RegExp, string | undefined]>([
    ['1.5gb', /unknown suffix "gb"/, '1.5G'],
    ['1gb', /unknown suffix "gb"/, '1G'],
    ['512MB', /unknown suffix "MB".*"512Mi"/, '512M'],
    ['1g', /unknown suffix "g"/, '1G'],
    ['1K', /unknown suffix "K"/, '1k'],
    ['512mi', /unknown suffix "mi"/, '512Mi'],
    ['1GiB', /unknown suffix "GiB"/, '1Gi'],
    ['1kib', /unknown suffix "kib"/, '1Ki'],
    ['100 Mi', /whitespace/, '100Mi'],
    [' 128Mi', /whitespace/, '128Mi'],
    ['1 gb', /whitespace/, '1G'],
    ['', /empty/, undefined],
    ['Mi', /no number before the suffix "Mi"/, undefined],
    ['1e', /exponent "e" needs an integer/, undefined],
    ['1.2.3', /more than one decimal point/, undefined],
    ['--1', /more than one sign/, undefined],
    ['0x10', /hexadecimal/, '16'],
    ['1_000', /digit separators/, '1000'],
    ['1,5Gi', /decimal point is "\."/, undefined],
    ['.', /no digits/, undefined],
    ['+', /no digits/, undefined],
    ['1e101', /outside ±100/, undefined],
    ['1E-101', /outside ±100/, undefined],
    ['1e3.5', /exponent must be an integer/, undefined],
    ['1Mix', /unknown suffix "Mix"/, undefined],
    ['1e3Mi', /unknown suffix "e3Mi"/, undefined],
    [Number.NaN, /not a finite number/, undefined],
    [Number.POSITIVE_INFINITY, /not a finite number/, undefined]
  ])('%s', (input, reason, suggestion) => {
    const result = parseQuantity(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reason).toMatch(/ is not a Kubernetes quantity: /)
    expect(result.reason).toMatch(reason)
    expect(result.suggestion).toBe(suggestion)
    if (suggestion !== undefined) expect(parseQuantity(suggestion).ok).toBe(true)
  })

  it('phrases the reason as a sentence quoting the input', () => {
    const result = parseQuantity('512MB')
    expect(result.ok || result.reason).toMatch(/^"512MB" is not a Kubernetes quantity: unknown suffix "MB"/)
  })
})

describe('memory helpers', () => {
  it('formatBytes prefers Gi, then Mi, then plain bytes', () => {
    expect(formatBytes(2n * GI)).toBe('2Gi')
    expect(formatBytes(1536n * MI)).toBe('1536Mi')
    expect(formatBytes(180n * MI)).toBe('180Mi')
    expect(formatBytes(1000n)).toBe('1000')
    expect(formatBytes(0n)).toBe('0')
  })

  it('bytesCeil rounds fractional byte counts up', () => {
    expect(bytesCeil(quantity('3500m').value)).toBe(4n)
    expect(bytesCeil(quantity('128Mi').value)).toBe(128n * MI)
  })

  it('describeBytes is exact when it can be, else one rounded decimal', () => {
    expect(describeBytes(rational(GI))).toBe('1Gi')
    expect(describeBytes(rational(1536n * MI))).toBe('1536Mi')
    expect(describeBytes(rational(4096n))).toBe('4Ki')
    expect(describeBytes(rational(123n * MI + 419431n))).toBe('123.4Mi')
    expect(describeBytes(rational(2461n * MI, 20n))).toBe('123.1Mi') // 123.05Mi rounds half up
    expect(describeBytes(rational(GI + 1n))).toBe('1.0Gi')
    expect(describeBytes(rational(7n, 2n))).toBe('3.5 bytes')
    expect(describeBytes(rational(1n))).toBe('1 byte')
    expect(describeBytes(rational(0n))).toBe('0 bytes')
    expect(describeBytes(rational(-128n * MI))).toBe('-128Mi')
  })

  it.each([
    ['3500m', true, '3500Mi'],
    ['1500m', true, '1500Mi'],
    ['512000m', true, '512000Mi'],
    ['128974848000m', false, '128974848000Mi'],
    ['1024000m', false, '1024000Mi'],
    ['0m', false, '0Mi'],
    ['128Mi', false, '128Mi'],
    ['3.5', false, '3.5']
  ])('milli memory %j: suspicious=%s, suggestion %j', (text, suspicious, suggestion) => {
    const q = quantity(text)
    expect(isSuspiciousMilliMemory(q)).toBe(suspicious)
    expect(milliMemorySuggestion(q)).toBe(suggestion)
  })

  it.each([
    [64, 90],
    [128, 180],
    [256, 360],
    [1024, 1437]
  ])('requiredLimitBytes(%iMi, 1.22, 0.15) = %iMi', (baselineMi, expectedMi) => {
    expect(requiredLimitBytes(rational(BigInt(baselineMi) * MI), DRIFT, HEADROOM)).toBe(BigInt(expectedMi) * MI)
  })

  it('requiredLimitBytes keeps an exact Mi without rounding up', () => {
    expect(requiredLimitBytes(rational(100n * MI), rational(1n), rational(0n))).toBe(100n * MI)
    expect(requiredLimitBytes(rational(100n * MI + 1n), rational(1n), rational(0n))).toBe(101n * MI)
  })
})

describe('properties', () => {
  const nonNegative = fc.bigInt({min: 0n, max: 2n ** 96n})
  const digits = (maxLength: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${maxLength}}$`))
  const positiveRational = fc
    .tuple(fc.bigInt({min: 1n, max: 10n ** 6n}), fc.bigInt({min: 1n, max: 10n ** 6n}))
    .map(([n, d]) => rational(n, d))
  const nonNegativeRational = fc
    .tuple(fc.bigInt({min: 0n, max: 10n ** 6n}), fc.bigInt({min: 1n, max: 10n ** 6n}))
    .map(([n, d]) => rational(n, d))
  const baselineBytes = fc
    .tuple(fc.bigInt({min: 0n, max: 2n ** 50n}), fc.constantFrom(1n, 1000n))
    .map(([n, d]) => rational(n, d))

  it('binary suffixes multiply by an exact power of two', () => {
    fc.assert(
      fc.property(nonNegative, fc.constantFrom(...BINARY), (n, [suffix, power]) => {
        expect(quantity(`${n}${suffix}`).value).toEqual(rational(n * 2n ** power))
      })
    )
  })

  it('formatBytes re-parses to exactly the same byte count', () => {
    const bytes = fc.oneof(
      nonNegative,
      nonNegative.map((n) => n * MI),
      nonNegative.map((n) => n * GI)
    )
    fc.assert(
      fc.property(bytes, (x) => {
        expect(quantity(formatBytes(x)).value).toEqual(rational(x))
      })
    )
  })

  it('requiredLimitBytes is the smallest whole Mi at or above the exact requirement', () => {
    fc.assert(
      fc.property(baselineBytes, positiveRational, nonNegativeRational, (baseline, drift, headroom) => {
        const exact = mul(mul(baseline, drift), add(rational(1n), headroom))
        const limit = requiredLimitBytes(baseline, drift, headroom)
        expect(limit % MI).toBe(0n)
        expect(compare(rational(limit), exact)).toBeGreaterThanOrEqual(0)
        expect(compare(rational(limit), add(exact, rational(MI)))).toBe(-1)
      })
    )
  })

  it('requiredLimitBytes is monotone in the baseline', () => {
    fc.assert(
      fc.property(baselineBytes, baselineBytes, positiveRational, nonNegativeRational, (a, b, drift, headroom) => {
        const [low, high] = compare(a, b) <= 0 ? [a, b] : [b, a]
        expect(requiredLimitBytes(low, drift, headroom)).toBeLessThanOrEqual(requiredLimitBytes(high, drift, headroom))
      })
    )
  })

  it('decimal forms parse to the exact rational', () => {
    fc.assert(
      fc.property(digits(20), digits(12), fc.constantFrom(...DECIMAL), (int, frac, [suffix, multiplier]) => {
        const expected = mul(rational(BigInt(int + frac), 10n ** BigInt(frac.length)), multiplier)
        expect(quantity(`${int}.${frac}${suffix}`).value).toEqual(expected)
      })
    )
  })

  it('re-parsing q.text gives the same quantity', () => {
    const number = fc.oneof(
      digits(15),
      fc.tuple(digits(10), digits(6)).map(([i, f]) => `${i}.${f}`),
      digits(6).map((f) => `.${f}`),
      digits(6).map((i) => `${i}.`)
    )
    const suffix = fc.oneof(
      fc.constantFrom(...BINARY.map(([s]) => s), ...DECIMAL.map(([s]) => s)),
      fc
        .tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({min: 0, max: 100}))
        .map(([e, sign, exp]) => `${e}${sign}${exp}`)
    )
    const text = fc.tuple(fc.constantFrom('', '+', '-'), number, suffix).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (input) => {
        const first = quantity(input)
        expect(first.text).toBe(input)
        expect(quantity(first.text)).toEqual(first)
      })
    )
  })

  it('JS numbers re-parse from their text to the same value', () => {
    fc.assert(
      fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), (n) => {
        const result = parseQuantity(n)
        const representable = n === 0 || Math.abs(n) >= 1e-100
        expect(result.ok).toBe(representable)
        if (!result.ok) return
        expect(quantity(result.quantity.text).value).toEqual(result.quantity.value)
        if (Number.isInteger(n)) expect(result.quantity.value).toEqual(rational(BigInt(n)))
      })
    )
  })

  it('0.1Mi summed ten times is exactly 1Mi', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 50}), (times) => {
        let sum = rational(0n)
        for (let i = 0; i < times * 10; i++) sum = add(sum, quantity('0.1Mi').value)
        expect(sum).toEqual(rational(BigInt(times) * MI))
      }),
      {numRuns: 20}
    )
  })
})
