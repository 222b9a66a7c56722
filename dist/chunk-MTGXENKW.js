#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/quantity/rational.ts
var MAX_DECIMAL_EXPONENT = 100;
function abs(x) {
  return x < 0n ? -x : x;
}
function gcd(a, b) {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
function floorDiv(n, d) {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}
function rational(n, d = 1n) {
  if (d === 0n) throw new RangeError("rational: denominator must not be zero");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}
function mul(a, b) {
  return rational(a.n * b.n, a.d * b.d);
}
function add(a, b) {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}
function div(a, b) {
  if (b.n === 0n) throw new RangeError("div: division by zero");
  return rational(a.n * b.d, a.d * b.n);
}
function compare(a, b) {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
function ceilDiv(a, unit) {
  if (unit <= 0n) throw new RangeError("ceilDiv: unit must be positive");
  return -floorDiv(-a.n, a.d * unit);
}
var DECIMAL = /^([+-]?)(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
function decimalValue(negative, intDigits, fracDigits, exponent) {
  const mantissa = BigInt(intDigits + fracDigits || "0");
  const signed = negative ? -mantissa : mantissa;
  const scale = exponent - BigInt(fracDigits.length);
  return scale >= 0n ? rational(signed * 10n ** scale) : rational(signed, 10n ** -scale);
}
function exponentInRange(exponent) {
  const limit = BigInt(MAX_DECIMAL_EXPONENT);
  return exponent <= limit && exponent >= -limit;
}
function parseDecimal(text) {
  const match = DECIMAL.exec(text);
  if (!match) return void 0;
  const [, sign, intDigits = "", fracDigits = "", exponentText = "0"] = match;
  const exponent = BigInt(exponentText);
  if (intDigits === "" && fracDigits === "" || !exponentInRange(exponent)) return void 0;
  return decimalValue(sign === "-", intDigits, fracDigits, exponent);
}
function formatDecimal(a, maxFractionDigits = 6) {
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0) {
    throw new RangeError("formatDecimal: maxFractionDigits must be a non-negative integer");
  }
  const scale = 10n ** BigInt(maxFractionDigits);
  const scaled = (2n * abs(a.n) * scale + a.d) / (2n * a.d);
  const whole = (scaled / scale).toString();
  const fraction = (scaled % scale).toString().padStart(maxFractionDigits, "0").replace(/0+$/, "");
  const sign = a.n < 0n && scaled !== 0n ? "-" : "";
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

// src/quantity/memory.ts
var KI = 1024n;
var MI = 1048576n;
var GI = 1073741824n;
var EXACT_UNITS = [
  ["Gi", GI],
  ["Mi", MI],
  ["Ki", KI]
];
var ROUNDED_UNITS = [
  ["Gi", GI],
  ["Mi", MI]
];
function bytesCeil(value) {
  return ceilDiv(value, 1n);
}
function formatBytes(bytes) {
  if (bytes === 0n) return "0";
  if (bytes % GI === 0n) return `${bytes / GI}Gi`;
  if (bytes % MI === 0n) return `${bytes / MI}Mi`;
  return bytes.toString();
}
function describeBytes(value) {
  if (value.n < 0n) return `-${describeBytes(rational(-value.n, value.d))}`;
  if (value.n === 0n) return "0 bytes";
  if (value.d === 1n) {
    for (const [name, unit] of EXACT_UNITS) if (value.n % unit === 0n) return `${value.n / unit}${name}`;
  }
  for (const [name, unit] of ROUNDED_UNITS) {
    if (compare(value, rational(unit)) >= 0) return `${oneDecimalHalfUp(div(value, rational(unit)))}${name}`;
  }
  return `${formatDecimal(value, 3)} ${value.n === 1n && value.d === 1n ? "byte" : "bytes"}`;
}
function oneDecimalHalfUp(positive) {
  const tenths = (20n * positive.n + positive.d) / (2n * positive.d);
  return `${tenths / 10n}.${tenths % 10n}`;
}
function isSuspiciousMilliMemory(q) {
  if (q.suffix !== "m" || q.value.n <= 0n) return false;
  return q.value.d !== 1n || q.value.n < KI;
}
function milliMemorySuggestion(q) {
  return q.suffix === "m" ? `${q.text.slice(0, -1)}Mi` : q.text;
}
function requiredLimitBytes(baseline, drift, headroom) {
  const required = mul(mul(baseline, drift), add(rational(1n), headroom));
  return ceilDiv(required, MI) * MI;
}

export {
  MAX_DECIMAL_EXPONENT,
  rational,
  mul,
  add,
  div,
  compare,
  ceilDiv,
  decimalValue,
  exponentInRange,
  parseDecimal,
  formatDecimal,
  MI,
  bytesCeil,
  formatBytes,
  describeBytes,
  isSuspiciousMilliMemory,
  milliMemorySuggestion,
  requiredLimitBytes
};
