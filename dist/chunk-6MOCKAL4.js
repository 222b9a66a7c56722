#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  kindFits,
  workloadCandidates
} from "./chunk-NKTC6YO5.js";
import {
  MAX_DECIMAL_EXPONENT,
  MI,
  add,
  bytesCeil,
  ceilDiv,
  compare,
  decimalValue,
  describeBytes,
  div,
  exponentInRange,
  formatBytes,
  formatDecimal,
  isSuspiciousMilliMemory,
  milliMemorySuggestion,
  mul,
  parseDecimal,
  rational,
  requiredLimitBytes
} from "./chunk-ZBPKR6LF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7SZVRMJ5.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/quantity/suffixes.ts
var BINARY_SUFFIXES = new Map(
  ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"].map((suffix, i) => [suffix, rational(2n ** BigInt(10 * (i + 1)))])
);
var DECIMAL_SUFFIXES = /* @__PURE__ */ new Map([
  ["n", rational(1n, 10n ** 9n)],
  ["u", rational(1n, 10n ** 6n)],
  ["m", rational(1n, 1000n)],
  ["", rational(1n)],
  ["k", rational(10n ** 3n)],
  ["M", rational(10n ** 6n)],
  ["G", rational(10n ** 9n)],
  ["T", rational(10n ** 12n)],
  ["P", rational(10n ** 15n)],
  ["E", rational(10n ** 18n)]
]);
var LIKELY_SUFFIX = /* @__PURE__ */ new Map([
  ["", ""],
  ["k", "k"],
  ["m", "M"],
  ["g", "G"],
  ["t", "T"],
  ["p", "P"],
  ["e", "E"],
  ["ki", "Ki"],
  ["mi", "Mi"],
  ["gi", "Gi"],
  ["ti", "Ti"],
  ["pi", "Pi"],
  ["ei", "Ei"]
]);
function likelySuffix(written) {
  const lowered = written.toLowerCase();
  const stripped = lowered.replace(/(?:bytes?|b)$/, "");
  if (stripped === "e" && lowered === "e") return void 0;
  return LIKELY_SUFFIX.get(stripped);
}

// src/quantity/grammar.ts
var SIGNED_NUMBER = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))/;
var EXPONENT_SUFFIX = /^[eE]([+-]?\d+)$/;
function readQuantity(text) {
  const number = SIGNED_NUMBER.exec(text);
  if (!number) return void 0;
  const [matched, sign, intDigits = "", fracInt = "", fracOnly = ""] = number;
  const negative = sign === "-";
  const fracDigits = fracInt + fracOnly;
  const suffix = text.slice(matched.length);
  const multiplier = multiplierFor(suffix);
  if (multiplier) {
    const value = mul(decimalValue(negative, intDigits, fracDigits, 0n), multiplier.value);
    return { text, value, suffix, format: multiplier.format };
  }
  const exponent = EXPONENT_SUFFIX.exec(suffix);
  if (!exponent?.[1]) return void 0;
  const power = BigInt(exponent[1]);
  if (!exponentInRange(power)) return void 0;
  return { text, value: decimalValue(negative, intDigits, fracDigits, power), suffix, format: "exponent" };
}
function multiplierFor(suffix) {
  const binary = BINARY_SUFFIXES.get(suffix);
  if (binary) return { value: binary, format: "binary" };
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal) return { value: decimal, format: "decimal" };
  return void 0;
}

// src/quantity/diagnose.ts
var DECIMAL_TO_BINARY = /* @__PURE__ */ new Map([
  ["k", "Ki"],
  ["M", "Mi"],
  ["G", "Gi"],
  ["T", "Ti"],
  ["P", "Pi"],
  ["E", "Ei"]
]);
function diagnose(text) {
  if (text === "") return { problem: "it is empty" };
  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, "");
    return withSuggestion("it contains whitespace", suggestionFor(compact));
  }
  const number = SIGNED_NUMBER.exec(text);
  if (!number) return diagnoseMissingNumber(text);
  return diagnoseSuffix(text, number[0], text.slice(number[0].length));
}
function suggestionFor(candidate) {
  return readQuantity(candidate) ? candidate : diagnose(candidate).suggestion;
}
function withSuggestion(problem, suggestion) {
  return suggestion === void 0 ? { problem } : { problem, suggestion };
}
function diagnoseMissingNumber(text) {
  if (/^[+-]{2}/.test(text)) return { problem: "it has more than one sign" };
  const afterSign = text.replace(/^[+-]/, "");
  if (afterSign === "") return { problem: "there are no digits" };
  if (/^[A-Za-z]/.test(afterSign)) return { problem: `there is no number before the suffix "${afterSign}"` };
  if (afterSign.startsWith(".")) return { problem: "there are no digits around the decimal point" };
  return { problem: "it does not start with a number" };
}
function diagnoseSuffix(text, number, suffix) {
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(text);
  if (hex) return { problem: "hexadecimal numbers are not allowed", suggestion: `${hex[1]}${BigInt(`0x${hex[2]}`)}` };
  if (suffix.startsWith(".")) return { problem: "it has more than one decimal point" };
  if (/^_\d/.test(suffix)) {
    return withSuggestion('digit separators ("_") are not allowed', suggestionFor(text.replaceAll("_", "")));
  }
  if (/^,\d/.test(suffix)) return { problem: 'commas are not allowed; the decimal point is "."' };
  if (suffix === "e") return { problem: 'the exponent "e" needs an integer after it, e.g. "1e3" (exa is "E")' };
  const exponent = EXPONENT_SUFFIX.exec(suffix);
  if (exponent) return { problem: `the exponent ${exponent[1]} is outside \xB1${MAX_DECIMAL_EXPONENT}` };
  if (/^[eE][+-]?\d*\./.test(suffix)) return { problem: "the exponent must be an integer" };
  return diagnoseUnknownSuffix(number, suffix);
}
function diagnoseUnknownSuffix(number, suffix) {
  const problem = `unknown suffix "${suffix}"`;
  const likely = likelySuffix(suffix);
  if (likely === void 0) return { problem };
  const suggestion = `${number}${likely}`;
  const binary = DECIMAL_TO_BINARY.get(likely);
  const hint = binary ? `"${suggestion}" or "${number}${binary}"` : `"${suggestion}"`;
  return { problem: `${problem}; did you mean ${hint}?`, suggestion };
}

// src/quantity/parse.ts
function parseQuantity(input) {
  if (typeof input === "string") return parseText(input, JSON.stringify(input));
  if (typeof input === "bigint") return parseText(input.toString(), input.toString());
  if (!Number.isFinite(input)) return { ok: false, reason: `${input} is not a Kubernetes quantity: it is not a finite number` };
  const text = Number.isInteger(input) ? BigInt(input).toString() : String(input);
  return parseText(text, String(input));
}
function parseText(text, label) {
  const quantity = readQuantity(text);
  if (quantity) return { ok: true, quantity };
  const { problem, suggestion } = diagnose(text);
  const reason = `${label} is not a Kubernetes quantity: ${problem}`;
  return suggestion === void 0 ? { ok: false, reason } : { ok: false, reason, suggestion };
}

// src/classify/injected-memory.ts
function injectedMemory(sidecar) {
  const { injector } = sidecar;
  const invalid = [];
  let templated = false;
  const read = (value) => {
    if (!value) return void 0;
    if (value.text.includes("{{")) {
      templated = true;
      return void 0;
    }
    const parsed = parseQuantity(value.text);
    if (parsed.ok && parsed.quantity.value.n >= 0n) return { bytes: parsed.quantity.value, label: value.key };
    invalid.push({ value, reason: parsed.ok ? `${value.text} is negative` : parsed.reason, suggestion: parsed.ok ? void 0 : parsed.suggestion });
    return void 0;
  };
  const request = read(sidecar.request);
  const limit = read(sidecar.limit);
  const defaults = !sidecar.defaultsDropped;
  const fallback = (bytes) => defaults && bytes ? { bytes, label: `${injector.title} default` } : void 0;
  return {
    request: request ?? (sidecar.request ? void 0 : fallback(injector.defaultRequest)),
    limit: limit ?? (sidecar.limit ? void 0 : fallback(injector.defaultLimit)),
    invalid,
    templated
  };
}

// src/parse/nodes.ts
function deref(node) {
  let current = node ?? null;
  for (let hops = 0; current?.type === "alias" && hops < 64; hops++) current = current.target ?? null;
  return current?.type === "alias" ? null : current;
}
function aliasVia(node) {
  if (node?.type !== "alias") return void 0;
  const target = node.target;
  return { kind: "alias", anchor: node.name, line: target?.anchorLine ?? target?.line ?? node.line };
}
function asMap(node) {
  const n = deref(node);
  return n?.type === "map" ? n : null;
}
function asSeq(node) {
  const n = deref(node);
  return n?.type === "seq" ? n : null;
}
function lookup(map, key) {
  let found;
  for (const pair of map.pairs) if (!pair.merge && pair.key === key) found = pair;
  if (found) {
    const via = aliasVia(found.value);
    return { pair: found, value: found.value, via, viaNode: via ? found.value ?? void 0 : void 0 };
  }
  for (const pair of map.pairs) {
    if (!pair.merge) continue;
    for (const source of mergeSources(pair.value)) {
      const map2 = asMap(source);
      if (!map2) continue;
      const inner = lookup(map2, key);
      if (inner) {
        const alias = source.type === "alias" ? source : void 0;
        const via = alias ? { kind: "merge", anchor: alias.name, line: alias.target?.anchorLine ?? alias.target?.line ?? alias.line } : { kind: "merge", anchor: map2.anchor ?? "<<", line: map2.anchorLine ?? map2.line };
        return { pair: inner.pair, value: inner.value, via, viaNode: source };
      }
    }
  }
  return void 0;
}
function mergeSources(value) {
  if (!value) return [];
  if (value.type === "seq") return value.items.filter((n) => n !== null);
  return [value];
}
function get(map, key) {
  if (!map) return null;
  return deref(lookup(map, key)?.value);
}
function getString(map, key) {
  const node = get(map, key);
  if (node?.type !== "scalar" || node.value === null || node.value === void 0) return void 0;
  return String(node.value);
}
function getMap(map, key) {
  return asMap(get(map, key));
}
function getSeq(map, key) {
  return asSeq(get(map, key));
}

// src/rules/ceiling.ts
function ceilingFor(workload, index) {
  const podLimit = getString(getMap(getMap(workload.podSpec, "resources"), "limits"), "memory");
  const parsed = podLimit === void 0 ? void 0 : parseQuantity(podLimit);
  if (parsed?.ok) return { kind: "pod", bytes: bytesCeil(parsed.quantity.value), text: podLimit };
  const range = index.limitRangeMax.get(workload.namespace ?? "default");
  if (range) return { kind: "limit-range", bytes: bytesCeil(range.bytes), text: range.text, name: range.name };
  return { kind: "none" };
}
function capRequired(required, ceiling, current) {
  if (ceiling.kind === "none" || required <= ceiling.bytes) return { write: formatBytes(required), note: "" };
  if (ceiling.kind === "pod") {
    return {
      write: void 0,
      note: `; the pod-level limit spec.resources.limits.memory ${ceiling.text} is lower`,
      unfixable: `raising it above the pod-level memory limit ${ceiling.text} would be rejected; raise spec.resources.limits.memory first`
    };
  }
  const note = `; clamped to LimitRange ${ceiling.name} max ${ceiling.text}`;
  if (current !== void 0 && current >= ceiling.bytes) {
    return { write: void 0, note, unfixable: `it is already at LimitRange ${ceiling.name} max ${ceiling.text}; raise the LimitRange first` };
  }
  return { write: formatBytes(ceiling.bytes), note };
}

// src/extract/kinds.ts
var T = ["spec", "template"];
var BUILTIN_KINDS = [
  { groups: [""], kind: "Pod", template: [] },
  { groups: [""], kind: "PodTemplate", template: ["template"] },
  { groups: [""], kind: "ReplicationController", template: T },
  { groups: ["apps", "extensions"], kind: "Deployment", template: T },
  { groups: ["apps", "extensions"], kind: "ReplicaSet", template: T },
  { groups: ["apps", "extensions"], kind: "DaemonSet", template: T },
  { groups: ["apps"], kind: "StatefulSet", template: T },
  { groups: ["batch"], kind: "Job", template: T },
  { groups: ["batch"], kind: "CronJob", template: ["spec", "jobTemplate", "spec", "template"] },
  { groups: ["argoproj.io"], kind: "Rollout", template: T },
  { groups: ["serving.knative.dev"], kind: "Service", template: T },
  { groups: ["serving.knative.dev"], kind: "Configuration", template: T },
  { groups: ["apps.kruise.io"], kind: "CloneSet", template: T },
  { groups: ["apps.kruise.io"], kind: "StatefulSet", template: T },
  { groups: ["apps.kruise.io"], kind: "DaemonSet", template: T }
];
function kindsFromConfig(entries) {
  return (entries ?? []).map((entry) => ({
    groups: [entry.apiVersion ? groupOf(entry.apiVersion) : "*"],
    kind: entry.kind,
    template: entry.path === "" || entry.path === "." ? [] : entry.path.split(".")
  }));
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function findKind(kinds, apiVersion, kind) {
  if (!kind) return void 0;
  const group = apiVersion === void 0 ? void 0 : groupOf(apiVersion);
  let match;
  for (const candidate of kinds) {
    if (candidate.kind !== kind) continue;
    if (candidate.groups.includes("*") || group !== void 0 && candidate.groups.includes(group)) match = candidate;
  }
  return match;
}

// src/classify/patterns.ts
var DEFAULT_SIDECARS = [
  { id: "istio-proxy", names: ["istio-proxy"], images: ["istio/proxyv2", "/(^|\\/)proxyv2(:|@|$)/"] },
  { id: "linkerd-proxy", names: ["linkerd-proxy"], images: ["linkerd/proxy:", "/linkerd2?\\/proxy(@|$)/"] },
  { id: "envoy", names: ["envoy", "envoy-sidecar", "envoyproxy"], images: ["envoyproxy/envoy"] },
  { id: "daprd", names: ["daprd"], images: ["daprio/daprd", "dapr/daprd"] },
  { id: "vault-agent", names: ["vault-agent"], images: [] },
  { id: "consul-dataplane", names: ["consul-dataplane"], images: ["consul-dataplane"] },
  {
    id: "otel-collector",
    names: ["otc-container", "otel-collector", "opentelemetry-collector"],
    images: ["opentelemetry-collector", "otel/opentelemetry-collector"]
  },
  { id: "fluentd", names: ["fluentd"], images: ["fluent/fluentd", "fluentd-kubernetes-daemonset"] },
  { id: "fluent-bit", names: ["fluent-bit", "fluentbit"], images: ["fluent/fluent-bit", "fluent-bit:"] },
  { id: "vector", names: ["vector"], images: ["timberio/vector"] },
  { id: "promtail", names: ["promtail"], images: ["grafana/promtail"] },
  {
    id: "cloud-sql-proxy",
    names: ["cloud-sql-proxy", "cloudsql-proxy"],
    images: ["cloud-sql-proxy", "cloudsql-proxy", "cloudsql-docker/gce-proxy"]
  },
  { id: "oauth2-proxy", names: ["oauth2-proxy"], images: ["oauth2-proxy"] },
  { id: "queue-proxy", names: ["queue-proxy"], images: ["/knative.*\\/queue/"] },
  { id: "datadog-agent", names: ["datadog-agent"], images: ["datadog/agent", "datadog/dogstatsd"] }
];
var DEFAULT_HELPERS = {
  names: ["shutdown-manager", "envoy-shutdown-manager", "config-reloader", "configmap-reload", "config-reload", "prometheus-config-reloader", "kube-rbac-proxy"],
  images: ["prometheus-config-reloader", "configmap-reload", "kube-rbac-proxy"]
};
function compilePattern(pattern, mode) {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (re) {
    const regex = new RegExp(re[1], re[2]);
    return (value) => regex.test(value);
  }
  return mode === "exact" ? (value) => value === pattern : (value) => value.includes(pattern);
}

// src/classify/floors.ts
var DEFAULT_FLOORS = [
  {
    classId: "istio-proxy",
    short: "Istio's default sidecar limit",
    bytes: 1024n * MI,
    text: "1024Mi",
    source: "Istio sidecar default limit (global.proxy.resources.limits.memory)",
    url: "https://github.com/istio/istio/blob/master/manifests/charts/istio-control/istio-discovery/values.yaml"
  },
  {
    classId: "linkerd-proxy",
    short: "Linkerd's HA proxy limit",
    bytes: 250n * MI,
    text: "250Mi",
    source: "Linkerd high-availability values (proxy.resources.memory.limit)",
    url: "https://github.com/linkerd/linkerd2/blob/main/charts/linkerd-control-plane/values-ha.yaml"
  },
  {
    classId: "daprd",
    short: "Dapr's production sidecar limit",
    bytes: 1000n * MI,
    text: "1000Mi",
    source: "Dapr production guidelines, sidecar resource settings (limit 1000Mi, request 250Mi)",
    url: "https://docs.dapr.io/operations/hosting/kubernetes/kubernetes-production/"
  },
  {
    classId: "envoy",
    short: "Envoy Gateway's default proxy memory",
    bytes: 512n * MI,
    text: "512Mi",
    source: "Envoy Gateway default proxy memory request (DefaultDeploymentMemoryResourceRequests)",
    url: "https://github.com/envoyproxy/gateway/blob/main/api/v1alpha1/shared_types.go"
  }
];

// src/classify/injectors.ts
var Mi = (n) => rational(BigInt(n) * 1048576n);
var INJECTORS = [
  {
    id: "istio",
    title: "Istio",
    container: "istio-proxy",
    requestAnnotation: "sidecar.istio.io/proxyMemory",
    limitAnnotation: "sidecar.istio.io/proxyMemoryLimit",
    defaultRequest: Mi(128),
    defaultLimit: Mi(1024),
    resourceAnnotations: ["sidecar.istio.io/proxyCPU", "sidecar.istio.io/proxyCPULimit", "sidecar.istio.io/proxyMemory", "sidecar.istio.io/proxyMemoryLimit"],
    enable: {
      podKey: "sidecar.istio.io/inject",
      podOn: ["true"],
      podOff: ["false"],
      podLabel: true,
      namespaceOffWins: true,
      outsideRepo: true,
      namespace: [
        { key: "istio-injection", on: ["enabled"], off: ["disabled"] },
        { key: "istio.io/rev", on: ["*"] }
      ]
    }
  },
  {
    id: "linkerd",
    title: "Linkerd",
    container: "linkerd-proxy",
    requestAnnotation: "config.linkerd.io/proxy-memory-request",
    limitAnnotation: "config.linkerd.io/proxy-memory-limit",
    defaultRequest: void 0,
    defaultLimit: void 0,
    enable: {
      podKey: "linkerd.io/inject",
      podOn: ["enabled", "ingress"],
      podOff: ["disabled"],
      outsideRepo: true,
      namespace: [{ key: "linkerd.io/inject", on: ["enabled", "ingress"], off: ["disabled"] }]
    }
  },
  {
    id: "vault",
    title: "Vault Agent",
    container: "vault-agent",
    requestAnnotation: "vault.hashicorp.com/agent-requests-mem",
    limitAnnotation: "vault.hashicorp.com/agent-limits-mem",
    defaultRequest: Mi(64),
    defaultLimit: Mi(128),
    enable: {
      podKey: "vault.hashicorp.com/agent-inject",
      podOn: ["true"],
      podOff: ["false"],
      cancelledBy: { key: "vault.hashicorp.com/agent-pre-populate-only", values: ["true"] }
    }
  },
  {
    id: "dapr",
    title: "Dapr",
    container: "daprd",
    requestAnnotation: "dapr.io/sidecar-memory-request",
    limitAnnotation: "dapr.io/sidecar-memory-limit",
    defaultRequest: void 0,
    defaultLimit: void 0,
    enable: { podKey: "dapr.io/enabled", podOn: ["true"], podOff: ["false"] }
  },
  {
    id: "consul",
    title: "Consul",
    container: "consul-dataplane",
    requestAnnotation: "consul.hashicorp.com/sidecar-proxy-memory-request",
    limitAnnotation: "consul.hashicorp.com/sidecar-proxy-memory-limit",
    defaultRequest: void 0,
    defaultLimit: void 0,
    // connectInject.default=true in the Consul Helm chart injects every pod.
    enable: { podKey: "consul.hashicorp.com/connect-inject", podOn: ["true"], podOff: ["false"], outsideRepo: true }
  },
  {
    id: "appmesh",
    title: "AWS App Mesh",
    container: "envoy",
    requestAnnotation: "appmesh.k8s.aws/memoryRequest",
    limitAnnotation: "appmesh.k8s.aws/memoryLimit",
    defaultRequest: Mi(32),
    defaultLimit: void 0,
    enable: {
      podKey: "appmesh.k8s.aws/sidecarInjectorWebhook",
      podOn: ["enabled"],
      podOff: ["disabled"],
      outsideRepo: true,
      namespace: [{ key: "appmesh.k8s.aws/sidecarInjectorWebhook", on: ["enabled"], off: ["disabled"] }]
    }
  },
  {
    id: "knative",
    title: "Knative Serving",
    container: "queue-proxy",
    requestAnnotation: "queue.sidecar.serving.knative.dev/memory-resource-request",
    limitAnnotation: "queue.sidecar.serving.knative.dev/memory-resource-limit",
    defaultRequest: Mi(400),
    defaultLimit: Mi(800),
    enable: {
      kinds: [
        { group: "serving.knative.dev", kind: "Service" },
        { group: "serving.knative.dev", kind: "Configuration" }
      ]
    }
  }
];

// src/config/settings.ts
var DEFAULT_DRIFT = "1.22";
var DEFAULT_HEADROOM = "0.15";
var DEFAULT_REQUEST = "128Mi";
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
var SettingsError = class extends Error {
  constructor(message, pointer) {
    super(message);
    this.pointer = pointer;
  }
  pointer;
};
function parseHeadroom(input, pointer) {
  const text = String(input).trim();
  const percent = text.endsWith("%");
  const value = parseDecimal(percent ? text.slice(0, -1).trim() : text);
  if (!value || value.n < 0n) throw new SettingsError(`headroom must be a fraction like 0.15 or a percentage like 15%, not ${JSON.stringify(input)}`, pointer);
  if (!percent && value.n > value.d) {
    throw new SettingsError(`headroom ${text} is ambiguous: a bare number is a fraction (${text} = ${text}00%); did you mean ${text}%? Write 0.15 or 15% for fifteen percent`, pointer);
  }
  const fraction = percent ? rational(value.n, value.d * 100n) : value;
  if (fraction.n > fraction.d * 10n) throw new SettingsError(`headroom ${text} is more than 1000%; write 0.15 or 15% for fifteen percent`, pointer);
  return { value: fraction, text };
}
function parseDrift(input, pointer) {
  const text = String(input).trim();
  const value = parseDecimal(text);
  if (!value || value.n < value.d || value.n > value.d * 10n) {
    throw new SettingsError(`drift must be a factor from 1 to 10 (the kernel charges at least the working set), not ${JSON.stringify(input)}`, pointer);
  }
  return { value, text };
}
function parseMemory(input, pointer) {
  const parsed = parseQuantity(input);
  if (!parsed.ok) throw new SettingsError(parsed.reason, pointer);
  if (parsed.quantity.value.n < 0n) throw new SettingsError(`memory must not be negative: ${String(input)}`, pointer);
  return bytesCeil(parsed.quantity.value);
}
function resolveSettings(config = {}) {
  const sidecars = [];
  const userSidecars = config.sidecars ?? {};
  for (const pattern of DEFAULT_SIDECARS) {
    const user = userSidecars[pattern.id];
    if (user === false) continue;
    sidecars.push(sidecarClass(pattern.id, [...pattern.names, ...user?.names ?? []], [...pattern.images, ...user?.images ?? []], user));
  }
  for (const [id, user] of Object.entries(userSidecars)) {
    if (user === false || DEFAULT_SIDECARS.some((p) => p.id === id)) continue;
    sidecars.push(sidecarClass(id, user.names ?? [id], user.images ?? [], user));
  }
  return {
    drift: parseDrift(config.drift ?? DEFAULT_DRIFT, "/drift"),
    headroom: parseHeadroom(config.headroom ?? DEFAULT_HEADROOM, "/headroom"),
    defaultRequest: parseMemory(config.defaultRequest ?? DEFAULT_REQUEST, "/defaultRequest"),
    sidecars,
    exclude: {
      names: (config.exclude?.names ?? []).map((p) => compilePattern(p, "exact")),
      images: (config.exclude?.images ?? []).map((p) => compilePattern(p, "substring"))
    },
    helpers: {
      names: [...DEFAULT_HELPERS.names, ...config.helpers?.names ?? []].map((p) => compilePattern(p, "exact")),
      images: [...DEFAULT_HELPERS.images, ...config.helpers?.images ?? []].map((p) => compilePattern(p, "substring"))
    },
    needsEvidence: config.needsEvidence ?? "warning",
    kinds: [...BUILTIN_KINDS, ...kindsFromConfig(config.podTemplatePaths)],
    rules: config.rules ?? {},
    exemptions: config.exemptions ?? [],
    injectors: resolveInjectors(config.injectors ?? {}),
    possiblyInjected: config.possiblyInjected ?? "info",
    maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  };
}
function sidecarClass(id, names, images, user) {
  const pointer = `/sidecars/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return {
    id,
    names: names.map((p) => compilePattern(p, "exact")),
    images: images.map((p) => compilePattern(p, "substring")),
    drift: user?.drift === void 0 ? void 0 : parseDrift(user.drift, `${pointer}/drift`),
    headroom: user?.headroom === void 0 ? void 0 : parseHeadroom(user.headroom, `${pointer}/headroom`),
    defaultRequest: user?.defaultRequest === void 0 ? void 0 : parseMemory(user.defaultRequest, `${pointer}/defaultRequest`),
    limit: user?.limit === void 0 ? void 0 : parseMemory(user.limit, `${pointer}/limit`),
    floor: floorOf(id, user?.floor, `${pointer}/floor`)
  };
}
function floorOf(id, configured, pointer) {
  if (configured === null) return void 0;
  if (configured === void 0) return DEFAULT_FLOORS.find((f) => f.classId === id)?.bytes;
  const bytes = parseMemory(configured, pointer);
  return bytes === 0n ? void 0 : bytes;
}
function resolveInjectors(config) {
  for (const id of Object.keys(config)) {
    if (!INJECTORS.some((i) => i.id === id)) throw new SettingsError(`is not a known injector; known: ${INJECTORS.map((i) => i.id).join(", ")}`, `/injectors/${id}`);
  }
  return INJECTORS.filter((i) => config[i.id]?.enabled !== false).map((injector) => {
    const user = config[injector.id];
    if (!user) return injector;
    const pointer = `/injectors/${injector.id}`;
    const memory = (value, fallback, key) => value === void 0 ? fallback : value === null ? void 0 : rational(parseMemory(value, `${pointer}/${key}`));
    return {
      ...injector,
      defaultRequest: memory(user.defaultRequest, injector.defaultRequest, "defaultRequest"),
      defaultLimit: memory(user.defaultLimit, injector.defaultLimit, "defaultLimit")
    };
  });
}

// src/audit/options.ts
var AUDIT_DEFAULTS = {
  prior: void 0,
  k: 5,
  minPoints: 100,
  minSpanHours: 3,
  minInstances: 5,
  percentile: 100,
  driftQuantile: 0.9,
  resamples: 2e3
};
function resolveAuditOptions(config) {
  if (!config) return AUDIT_DEFAULTS;
  return {
    ...AUDIT_DEFAULTS,
    prior: config.prior === void 0 ? void 0 : parseDrift(config.prior, "/audit/prior"),
    k: count(config.k, AUDIT_DEFAULTS.k, "/audit/k"),
    minPoints: count(config.minPoints, AUDIT_DEFAULTS.minPoints, "/audit/minPoints"),
    minSpanHours: config.minSpanHours ?? AUDIT_DEFAULTS.minSpanHours,
    minInstances: Math.max(1, count(config.minInstances, AUDIT_DEFAULTS.minInstances, "/audit/minInstances")),
    percentile: config.percentile ?? AUDIT_DEFAULTS.percentile
  };
}
function count(value, fallback, pointer) {
  if (value === void 0) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new SettingsError(`must be a whole number \u2265 0, not ${value}`, pointer);
  return value;
}

// src/audit/stats.ts
function quantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (h - lo) * (b - a);
}
function ascending(a, b) {
  return a - b;
}
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var BOOTSTRAP_SEED = 1263009796;
function bootstrapQuantile(values, p, options = {}) {
  const sorted = [...values].sort(ascending);
  const n = sorted.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  const resamples = options.resamples ?? 2e3;
  const level = options.level ?? 0.9;
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED);
  const estimates = new Float64Array(resamples);
  const draw = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) draw[i] = sorted[Math.floor(random() * n)];
    draw.sort();
    estimates[b] = quantileSorted(draw, p);
  }
  estimates.sort();
  const tail = (1 - level) / 2;
  return { low: quantileSorted(estimates, tail), high: quantileSorted(estimates, 1 - tail) };
}

// src/audit/estimate.ts
var HOUR_MS = 36e5;
var ESTIMATE_SCALE = 1000000000n;
function createEvidence(data, input, options = AUDIT_DEFAULTS) {
  const byName = /* @__PURE__ */ new Map();
  for (const instance of data.instances) {
    for (const candidate of workloadCandidates(instance.pod, instance.hint)) {
      let list = byName.get(candidate.name);
      if (!list) byName.set(candidate.name, list = []);
      list.push({ instance, candidate });
    }
  }
  const containerCache = /* @__PURE__ */ new Map();
  const classCache = /* @__PURE__ */ new Map();
  const classOfCache = /* @__PURE__ */ new Map();
  const classOf = (container, image) => {
    const cacheKey = `${container}\0${image ?? ""}`;
    let id = classOfCache.get(cacheKey);
    if (id === void 0) {
      id = sidecarClassOf(input.sidecars, container, image) ?? container;
      classOfCache.set(cacheKey, id);
    }
    return id;
  };
  return {
    options,
    sources: data.files.map((f) => f.path),
    classOf,
    container(key) {
      const cacheKey = JSON.stringify([key.namespace ?? null, key.kind ?? null, key.workload, key.container]);
      if (containerCache.has(cacheKey)) return containerCache.get(cacheKey);
      const found = /* @__PURE__ */ new Set();
      for (const { instance, candidate } of byName.get(key.workload) ?? []) {
        if (instance.container !== key.container) continue;
        if (key.namespace !== void 0 && instance.namespace !== key.namespace) continue;
        if (!kindFits(candidate, key.kind)) continue;
        found.add(instance);
      }
      const result = found.size === 0 ? void 0 : containerEvidence(key.workload, key.container, [...found], options);
      containerCache.set(cacheKey, result);
      return result;
    },
    sidecarClass(classId, prior) {
      if (!classCache.has(classId)) {
        const members = data.instances.filter((i) => classOf(i.container, i.image) === classId);
        classCache.set(classId, members.length === 0 ? void 0 : classStats(members, options));
      }
      const stats = classCache.get(classId);
      return stats ? classEvidence(classId, stats, prior, options) : void 0;
    }
  };
}
function sidecarClassOf(sidecars, container, image) {
  for (const cls of sidecars) if (cls.names.some((m) => m(container))) return cls.id;
  if (image !== void 0) {
    for (const cls of sidecars) if (cls.images.some((m) => m(image))) return cls.id;
  }
  return void 0;
}
function containerEvidence(workload, container, instances, options) {
  const withData = instances.filter((i) => i.points > 0);
  const points = withData.reduce((sum, i) => sum + i.points, 0);
  const first = Math.min(...withData.map((i) => i.firstTs));
  const last = Math.max(...withData.map((i) => i.lastTs));
  const spanHours = withData.length === 0 ? 0 : (last - first) / HOUR_MS;
  const peaks = withData.map((i) => i.maxWorkingSet).sort(ascending);
  const observed = peaks.length === 0 ? 0 : Math.ceil(quantileSorted(peaks, options.percentile / 100));
  const enoughPoints = points >= options.minPoints;
  const enoughSpan = spanHours + 1e-9 >= options.minSpanHours;
  const enough = withData.length > 0 && enoughPoints && enoughSpan;
  const seen = `${points} point${points === 1 ? "" : "s"} from ${plural(withData.length, "pod")} over ${hours(spanHours)}`;
  const reason = enough ? `${seen}` : `not enough data: ${seen} (need \u2265${options.minPoints} points over \u2265${options.minSpanHours} h)`;
  return {
    namespaces: [...new Set(instances.map((i) => i.namespace))].sort(),
    workload,
    container,
    instances: withData.length,
    points,
    spanHours,
    observedPeakBytes: observed,
    enough,
    reason,
    oom: oomEvidence(instances)
  };
}
function oomFloorBytes(limitBytes) {
  const bumped = ceilDiv(rational(limitBytes * 6n, 5n), 1n);
  const plus = limitBytes + 100n * MI;
  return bumped > plus ? bumped : plus;
}
function oomEvidence(instances) {
  const killed = instances.filter((i) => i.oomKilled);
  if (killed.length === 0) return void 0;
  let limit = 0;
  let from = "observed";
  for (const i of killed) {
    const known = i.oomLimitBytes ?? i.limitBytes;
    if (known !== void 0) {
      if (from === "observed" || known > limit) limit = known;
      from = "limit";
    } else if (from === "observed") {
      limit = Math.max(limit, i.maxPeak ?? 0, i.maxUsage ?? 0, i.maxWorkingSet);
    }
  }
  if (limit <= 0) return void 0;
  const limitBytes = Math.ceil(limit);
  return { pods: killed.length, limitBytes, limitFrom: from, floorBytes: oomFloorBytes(BigInt(limitBytes)) };
}
function classStats(members, options) {
  const withData = members.filter((i) => i.maxWorkingSet > 0);
  const ratios = [];
  let peaks = 0;
  let usages = 0;
  for (const i of withData) {
    const reference2 = i.maxPeak ?? i.maxUsage;
    if (reference2 === void 0) continue;
    if (i.maxPeak !== void 0) peaks++;
    else usages++;
    ratios.push(reference2 / i.maxWorkingSet);
  }
  ratios.sort(ascending);
  const reference = ratios.length === 0 ? null : peaks === 0 ? "usageBytes" : usages === 0 ? "peakBytes" : "mixed";
  const estimable = ratios.length >= options.minInstances;
  const estimate = estimable ? quantileSorted(ratios, options.driftQuantile) : null;
  const ci = estimable ? bootstrapQuantile(ratios, options.driftQuantile, { resamples: options.resamples }) : void 0;
  return {
    instances: withData.length,
    points: withData.reduce((sum, i) => sum + i.points, 0),
    ratios,
    reference,
    estimate,
    ciLow: ci ? ci.low : null,
    ciHigh: ci ? ci.high : null
  };
}
function classEvidence(id, stats, prior, options) {
  const base = {
    class: id,
    instances: stats.instances,
    points: stats.points,
    paired: stats.ratios.length,
    reference: stats.reference,
    estimate: stats.estimate,
    ciLow: stats.ciLow,
    ciHigh: stats.ciHigh,
    prior
  };
  if (stats.estimate === null) {
    const why = stats.ratios.length === 0 ? "working set only: no paired reference (peakBytes / memory.peak or usageBytes)" : `only ${plural(stats.ratios.length, "pod")} with a paired reference (need ${options.minInstances})`;
    return {
      ...base,
      applied: prior,
      reason: `${why}, so the prior ${prior.text} applies`,
      note: stats.ratios.length === 0 ? "prior; the audit data has working set only" : `prior; only ${plural(stats.ratios.length, "pod")} with a paired reference, need ${options.minInstances}`
    };
  }
  const { applied, clamped } = shrink(stats.estimate, stats.ratios.length, prior.value, options.k);
  const estimateText = fixed2(stats.estimate);
  const ci = `90% CI ${fixed2(stats.ciLow ?? stats.estimate)}\u2013${fixed2(stats.ciHigh ?? stats.estimate)}`;
  const source = stats.reference === "peakBytes" ? "peak" : stats.reference === "usageBytes" ? "usage" : "peak or usage";
  return {
    ...base,
    applied,
    reason: `p${Math.round(options.driftQuantile * 100)} of ${source} / working set over ${plural(stats.ratios.length, "pod")} is ${estimateText} (${ci}); shrunk toward the prior ${prior.text} with k = ${options.k}${clamped ? ", clamped to [1, 2]" : ""}, rounded up to 0.01`,
    note: `estimate ${estimateText} from ${plural(stats.ratios.length, "pod")}, ${ci}`
  };
}
function shrink(estimate, n, prior, k) {
  const e = rational(BigInt(Math.round(estimate * Number(ESTIMATE_SCALE))), ESTIMATE_SCALE);
  const nn = rational(BigInt(n));
  const kk = rational(BigInt(k));
  let value = div(add(mul(nn, e), mul(kk, prior)), add(nn, kk));
  let clamped = false;
  if (compare(value, rational(1n)) < 0) {
    value = rational(1n);
    clamped = true;
  } else if (compare(value, rational(2n)) > 0) {
    value = rational(2n);
    clamped = true;
  }
  const hundredths = ceilDiv(mul(value, rational(100n)), 1n);
  return { applied: { value: rational(hundredths, 100n), text: `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}` }, clamped };
}
function fixed2(value) {
  return (Math.round(value * 100 + 1e-9) / 100).toFixed(2);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function hours(h) {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`;
}

// src/audit/target.ts
function evidenceTarget(input) {
  const { evidence, headroom } = input;
  const configured = input.classDrift ?? input.drift;
  const factor = formatDecimal(add(rational(1n), headroom.value));
  if (!evidence) {
    const requiredBytes2 = requiredLimitBytes(input.baseline, configured.value, headroom.value);
    return { drift: configured, baseline: input.baseline, basis: input.basis, requiredBytes: requiredBytes2, arithmetic: `${input.basis} \xD7 drift ${configured.text} \xD7 headroom ${factor}` };
  }
  const data = { sources: evidence.sources };
  const prior = input.classDrift ?? evidence.options.prior ?? input.drift;
  let drift = prior;
  let driftText = `drift ${prior.text}`;
  const cls = input.classId === void 0 ? void 0 : evidence.sidecarClass(input.classId, prior);
  if (cls) {
    drift = cls.applied;
    driftText = `drift ${cls.applied.text} (${cls.note})`;
    data.drift = { class: cls.class, applied: cls.applied.text, prior: prior.text, estimate: round(cls.estimate), ciLow: round(cls.ciLow), ciHigh: round(cls.ciHigh), pods: cls.paired, reason: cls.reason };
  }
  let baseline = input.baseline;
  let basis = input.basis;
  const seen = input.key ? evidence.container(input.key) : void 0;
  if (seen) {
    const observed = rational(ceilDiv(rational(BigInt(seen.observedPeakBytes)), MI) * MI);
    data.observed = { observedPeakBytes: seen.observedPeakBytes, pods: seen.instances, points: seen.points, spanHours: Math.round(seen.spanHours * 10) / 10, enough: seen.enough };
    const over = `${seen.points} point${seen.points === 1 ? "" : "s"} from ${seen.instances} pod${seen.instances === 1 ? "" : "s"} over ${hours2(seen.spanHours)}`;
    if (!seen.enough) {
      basis = `${input.basis} (observed peak not used, not enough data: ${over})`;
    } else if (compare(observed, input.baseline) > 0) {
      baseline = observed;
      basis = input.baseline.n === 0n ? `observed peak ${describeBytes(observed)} (${over})` : `observed peak ${describeBytes(observed)} (${over}) > ${input.basis}`;
    } else {
      basis = `${input.basis} \u2265 observed peak ${describeBytes(observed)}`;
    }
  }
  const formulaBytes = requiredLimitBytes(baseline, drift.value, headroom.value);
  let arithmetic = `${basis} \xD7 ${driftText} \xD7 headroom ${factor}`;
  let requiredBytes = formulaBytes;
  const oom = seen?.oom;
  if (oom) {
    const floor = ceilDiv(rational(oom.floorBytes), MI) * MI;
    const limit = describeBytes(rational(BigInt(oom.limitBytes)));
    data.oom = { pods: oom.pods, limitBytes: oom.limitBytes, limitFrom: oom.limitFrom, floorBytes: Number(floor) };
    if (floor > formulaBytes) {
      requiredBytes = floor;
      const pods = oom.pods === 1 ? "1 pod" : `${oom.pods} pods`;
      const what = oom.limitFrom === "limit" ? `OOM-killed at limit L = ${limit} (${pods})` : `OOM-killed at L = ${limit} (${pods}; the data has no limit, so the largest memory seen)`;
      arithmetic = `${arithmetic} = ${formatBytes(formulaBytes)}, raised because it was ${what}: max(L + 100Mi, 1.2 \xD7 L)`;
    }
  }
  const used = data.drift !== void 0 || data.observed !== void 0 || data.oom !== void 0;
  return { drift, baseline, basis, requiredBytes, arithmetic, data: used ? data : void 0 };
}
function hours2(h) {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`;
}
function round(value) {
  return value === null ? null : Number(fixed2(value));
}

// src/rules/sizing.ts
function withFloor(required, cls, classId, ceiling) {
  const configured = cls?.floor;
  const floor = configured !== void 0 && ceiling.kind !== "none" && ceiling.bytes < configured ? ceiling.bytes : configured;
  if (floor === void 0 || floor <= required) return { bytes: required, note: "" };
  const upstream = DEFAULT_FLOORS.find((f) => f.classId === classId && f.bytes === configured);
  const why = upstream ? `${classId} floor: ${upstream.short}` : `sidecars.${classId}.floor`;
  const capped = floor === configured ? "" : `, capped by the ${ceiling.kind === "pod" ? "pod-level limit" : "LimitRange max"}`;
  return { bytes: floor, note: `; fix would set ${formatBytes(floor)} (${why}${capped})`, why: `${why}${capped}` };
}
function unboundedSizing(classId, cls, evidence, key) {
  const seen = evidence && key ? evidence.container(key) : void 0;
  if (seen?.enough) return { kind: "evidence" };
  if (cls?.limit !== void 0) return { kind: "configured", bytes: cls.limit };
  const measured = seen ? ` (the audit data has ${seen.points} point${seen.points === 1 ? "" : "s"} over ${seen.spanHours.toFixed(1)} h for it; ${evidence?.options.minPoints ?? 100} over ${evidence?.options.minSpanHours ?? 3} h are needed)` : evidence ? " (the audit data has no measurements of it)" : "";
  return {
    kind: "needs-evidence",
    advice: `a limit nobody measured could OOM-kill it, so size one from measurements${measured}: headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson \u2026, or set sidecars.${classId}.limit`
  };
}

// src/rules/injected-sidecar-memory-headroom.ts
var rule = {
  meta: {
    id: "injected-sidecar-memory-headroom",
    description: "A webhook-injected sidecar needs the same memory headroom; the fix writes the injector annotation.",
    severity: "error",
    fixable: true
  },
  check(workload, context) {
    for (const sidecar of workload.injected) checkInjected(sidecar, workload, context);
  }
};
function checkInjected(sidecar, workload, context) {
  const { injector } = sidecar;
  const severity = sidecar.certainty === "possible" ? context.settings.possiblyInjected : "error";
  if (severity === "off") return;
  const memory = injectedMemory(sidecar);
  if (memory.templated) return;
  for (const bad of memory.invalid) {
    const hint = bad.suggestion && !bad.reason.includes("did you mean") ? `; did you mean ${bad.suggestion}?` : "";
    context.report({ message: `annotation ${bad.value.key}: ${bad.reason}${hint}`, at: bad.value.node, subject: subject(workload, injector.container) });
  }
  if (memory.invalid.length > 0) return;
  const effectiveRequest = memory.request;
  const effectiveLimit = memory.limit;
  const limit = sidecar.limit;
  const cls = context.settings.sidecars.find((s) => s.id === injector.container);
  const headroom = cls?.headroom ?? context.settings.headroom;
  const who = `${injector.container} (${sidecar.certainty === "possible" ? "possibly injected" : "injected"} by ${injector.title}: ${sidecar.because})`;
  const droppedNote = sidecar.defaultsDropped && !limit ? `, because ${injector.title} drops its defaults once a resource annotation is set` : "";
  const key = { namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: injector.container };
  const at = sidecar.limit?.node ?? sidecar.enabler ?? sidecar.request?.node ?? workload.template;
  const sizing = effectiveLimit ? void 0 : unboundedSizing(injector.container, cls, context.settings.evidence, key);
  if (sizing?.kind === "needs-evidence") {
    if (context.settings.needsEvidence === "off") return;
    context.report({
      message: `${who} has no memory limit (unbounded)${droppedNote}; ${sizing.advice}`,
      at,
      severity: sidecar.certainty === "possible" ? severity : context.settings.needsEvidence,
      subject: subject(workload, injector.container),
      needsEvidence: true,
      data: { injector: injector.id, sidecarClass: injector.container, certainty: sidecar.certainty, currentLimitBytes: null, limitSource: "unbounded", needs: "evidence" }
    });
    return;
  }
  let baseline;
  let basis;
  if (effectiveRequest) {
    baseline = effectiveRequest.bytes;
    basis = `request ${describeBytes(baseline)}`;
  } else if (effectiveLimit) {
    baseline = effectiveLimit.bytes;
    basis = `no request, so the request defaults to the limit ${describeBytes(baseline)}`;
  } else if (sizing?.kind === "configured") {
    baseline = rational(cls?.defaultRequest ?? context.settings.defaultRequest);
    basis = `default request ${describeBytes(baseline)}`;
  } else {
    baseline = rational(0n);
    basis = "no request";
  }
  const target = evidenceTarget({ evidence: context.settings.evidence, classId: injector.container, classDrift: cls?.drift, drift: context.settings.drift, headroom, key, baseline, basis });
  let { requiredBytes, arithmetic } = target;
  const { drift } = target;
  baseline = target.baseline;
  if (effectiveLimit && compare(effectiveLimit.bytes, rational(requiredBytes)) >= 0) return;
  if (sizing?.kind === "configured") {
    const raised = requiredBytes > sizing.bytes;
    arithmetic = `sidecars.${injector.container}.limit ${formatBytes(sizing.bytes)}${raised ? `, raised to ${arithmetic}` : ""}`;
    if (!raised) requiredBytes = sizing.bytes;
  }
  const required = formatBytes(requiredBytes);
  const ceiling = ceilingFor(workload, context.index);
  const floored = withFloor(requiredBytes, cls, injector.container, ceiling);
  const capped = capRequired(floored.bytes, ceiling, effectiveLimit ? bytesCeil(effectiveLimit.bytes) : void 0);
  const writeRequest = !sidecar.request && (injector.resourceAnnotations !== void 0 || injector.defaultRequest === void 0);
  const requestText = sidecar.limit && !effectiveRequest ? sidecar.limit.node.source : formatBytes(bytesCeil(baseline));
  const notes = [];
  if (writeRequest) notes.push(`fix would set ${injector.requestAnnotation} to ${requestText}`);
  if (injector.resourceAnnotations && !sidecar.defaultsDropped) {
    notes.push(`${injector.title} then no longer applies its default CPU request/limit; set ${injector.resourceAnnotations[0]} if you rely on it`);
  }
  const message = effectiveLimit ? `${who} memory limit ${describeBytes(effectiveLimit.bytes)} (${limit ? injector.limitAnnotation : effectiveLimit.label}) is below ${required} (${arithmetic})` : `${who} has no memory limit (unbounded)${droppedNote}; fix would set ${formatBytes(floored.bytes)} (${arithmetic}${floored.why ? `, raised to the ${floored.why}` : ""})`;
  const style = annotationStyle(sidecar);
  const keys = (annotation) => ["metadata", "annotations", annotation];
  const fix = [
    { document: workload.document, map: workload.template, mapPath: workload.templatePath, keys: keys(injector.limitAnnotation), value: capped.write ?? formatBytes(floored.bytes), style }
  ];
  if (writeRequest) {
    fix.push({ document: workload.document, map: workload.template, mapPath: workload.templatePath, keys: keys(injector.requestAnnotation), value: requestText, style });
  }
  context.report({
    message: [message + (effectiveLimit ? floored.note : "") + capped.note, ...notes].join("; "),
    at,
    severity: severity === "error" ? void 0 : severity,
    subject: subject(workload, injector.container),
    fix: sidecar.certainty === "enabled" ? fix : void 0,
    unfixable: capped.unfixable,
    data: {
      injector: injector.id,
      sidecarClass: injector.container,
      certainty: sidecar.certainty,
      currentLimitBytes: effectiveLimit ? Number(bytesCeil(effectiveLimit.bytes)) : null,
      limitSource: effectiveLimit ? limit ? "annotation" : "injector-default" : "unbounded",
      requiredLimitBytes: Number(requiredBytes),
      requiredLimit: required,
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(baseline)),
      drift: drift.text,
      headroom: formatDecimal(headroom.value),
      ...target.data ? { evidence: target.data } : {}
    }
  });
}
function subject(workload, container) {
  return { kind: workload.kind, name: workload.name, namespace: workload.namespace, container, document: workload.document.index };
}
function annotationStyle(sidecar) {
  const annotations = sidecar.metadata?.pairs.find((p) => p.key === "annotations")?.value;
  if (annotations?.type !== "map") return "plain";
  for (const pair of annotations.pairs) {
    const value = pair.value;
    if (value?.type === "scalar" && (value.style === "double" || value.style === "single")) return value.style;
  }
  return "plain";
}

// src/engine/exemptions.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var ANNOTATION_IGNORE = "headroom.io/ignore";
var ANNOTATION_IGNORE_CONTAINERS = "headroom.io/ignore-containers";
var ANNOTATION_HEADROOM = "headroom.io/headroom";
var ANNOTATION_DRIFT = "headroom.io/drift";
function policyFor(workload, settings) {
  const annotations = [annotationsOf(workload.object), annotationsOf(workload.template)];
  const read = (key) => {
    for (const map of annotations) {
      const found = map ? lookup(map, key) : void 0;
      const node = deref(found?.value);
      if (node?.type === "scalar" && node.value !== null && node.value !== void 0) return { text: String(node.value), node };
    }
    return void 0;
  };
  const ignore = read(ANNOTATION_IGNORE);
  const ignoreAll = ignore !== void 0 && /^(true|all|\*)$/i.test(ignore.text.trim());
  const ignoreRules = new Set(ignoreAll || !ignore ? [] : splitList(ignore.text));
  const ignoreContainers = new Set(splitList(read(ANNOTATION_IGNORE_CONTAINERS)?.text ?? ""));
  const problems = [];
  const factor = (key, parse) => {
    const value = read(key);
    if (!value) return void 0;
    try {
      return parse(value.text, key);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems.push({ message: `annotation ${key}: ${error.message}`, at: value.node });
      return void 0;
    }
  };
  const drift = factor(ANNOTATION_DRIFT, parseDrift);
  const headroom = factor(ANNOTATION_HEADROOM, parseHeadroom);
  const exemptions = settings.exemptions.filter((e) => matches(e.namespace, workload.namespace ?? "") && matches(e.kind, workload.kind) && matches(e.name, workload.name));
  return {
    settings: drift || headroom ? withOverrides(settings, drift, headroom) : settings,
    problems,
    allows(ruleId, container) {
      if (ignoreAll || ignoreRules.has(ruleId)) return false;
      if (container !== void 0 && ignoreContainers.has(container)) return false;
      return !exemptions.some(
        (e) => (e.rules === void 0 || e.rules.includes(ruleId)) && (e.container === void 0 || container !== void 0 && matches(e.container, container))
      );
    }
  };
}
function withOverrides(settings, drift, headroom) {
  return {
    ...settings,
    drift: drift ?? settings.drift,
    headroom: headroom ?? settings.headroom,
    sidecars: settings.sidecars.map((c) => ({ ...c, drift: drift ? void 0 : c.drift, headroom: headroom ? void 0 : c.headroom }))
  };
}
function annotationsOf(object) {
  return getMap(getMap(object, "metadata"), "annotations");
}
function splitList(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
var matcherCache = /* @__PURE__ */ new Map();
function matches(pattern, value) {
  if (pattern === void 0) return true;
  let matcher = matcherCache.get(pattern);
  if (!matcher) {
    matcher = (0, import_picomatch.default)(pattern, { dot: true });
    matcherCache.set(pattern, matcher);
  }
  return matcher(value);
}

// src/rules/invalid-headroom-annotation.ts
var rule2 = {
  meta: {
    id: "invalid-headroom-annotation",
    description: "headroom.io/* override annotations must hold valid values.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const problem of policyFor(workload, context.settings).problems) context.report({ message: problem.message, at: problem.at });
  }
};

// src/rules/memory-values.ts
function readMemory(container) {
  const resources = lookup(container.node, "resources");
  const resourcesMap = deref(resources?.value);
  return {
    resources: resourcesMap,
    resourcesKey: resources?.pair.keyNode ?? null,
    request: readOne(resourcesMap, "requests", resources?.viaNode),
    limit: readOne(resourcesMap, "limits", resources?.viaNode)
  };
}
function readOne(resources, which, shared) {
  const sectionLookup = resources?.type === "map" ? lookup(resources, which) : void 0;
  const section = deref(sectionLookup?.value);
  const found = section?.type === "map" ? lookup(section, "memory") : void 0;
  if (!found) return { which, node: null, keyNode: null };
  const node = deref(found.value);
  const keyNode = found.pair.keyNode;
  const at = shared ?? sectionLookup?.viaNode ?? found.viaNode ?? node;
  if (!node || node.type === "scalar" && (node.empty || node.value === null)) {
    return { which, node: node ?? found.value, keyNode, at, problem: "is null; set a quantity such as 256Mi or remove the key" };
  }
  if (node.type !== "scalar") {
    return { which, node, keyNode, at, problem: `is a ${node.type === "map" ? "mapping" : "sequence"}, not a quantity` };
  }
  return { which, node, keyNode, at, ...readScalar(node) };
}
function readScalar(node) {
  const raw = node.source;
  if (raw.includes("{{") || raw.includes("${")) return { templated: true };
  const parsed = parseQuantity(raw);
  if (!parsed.ok) return { problem: parsed.reason, suggestion: parsed.suggestion };
  if (parsed.quantity.value.n < 0n) return { quantity: parsed.quantity, problem: `${parsed.quantity.text} is negative` };
  return { quantity: parsed.quantity };
}
function shown(value) {
  const node = value.node;
  if (node?.type === "scalar") return node.source;
  return value.quantity?.text ?? "(none)";
}

// src/rules/subject.ts
function subjectOf(workload, container) {
  return {
    kind: workload.kind,
    name: workload.name,
    namespace: workload.namespace,
    container: container.name ?? `${container.list}[${container.index}]`,
    document: workload.document.index
  };
}

// src/rules/invalid-memory-quantity.ts
var rule3 = {
  meta: {
    id: "invalid-memory-quantity",
    description: "Memory requests and limits must be valid Kubernetes quantities that mean what they say.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const memory = readMemory(container);
      checkValue(memory.request, container, workload, context);
      checkValue(memory.limit, container, workload, context);
    }
  }
};
function checkValue(value, container, workload, context) {
  const label = `memory ${value.which === "limits" ? "limit" : "request"}`;
  const at = container.via ? container.item : value.at ?? value.node ?? value.keyNode;
  if (!at) return;
  const subject2 = subjectOf(workload, container);
  if (value.templated) {
    context.report({ message: `${label} is a template expression; render the chart first (helm template \u2026 | headroom check -)`, at, subject: subject2, severity: "info" });
    return;
  }
  if (value.problem) {
    const problem = value.problem.startsWith('"') || /^-?\d/.test(value.problem) ? value.problem : `of ${container.name ?? "container"} ${value.problem}`;
    const hint = value.suggestion && !value.problem.includes("did you mean") ? `; did you mean ${value.suggestion}?` : "";
    context.report({ message: `${label} ${problem}${hint}`, at, subject: subject2 });
    return;
  }
  const quantity = value.quantity;
  if (quantity && isSuspiciousMilliMemory(quantity)) {
    context.report({
      message: `${label} ${quantity.text} is ${describeBytes(quantity.value)} (m means thousandths); did you mean ${milliMemorySuggestion(quantity)}?`,
      at,
      subject: subject2
    });
  }
}

// src/rules/memory-limit-below-request.ts
var rule4 = {
  meta: {
    id: "memory-limit-below-request",
    description: "A memory limit below the memory request is rejected by the API server.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const { request, limit } = readMemory(container);
      if (!request.quantity || !limit.quantity || request.problem || limit.problem) continue;
      if (compare(limit.quantity.value, request.quantity.value) >= 0) continue;
      context.report({
        message: `${container.name ?? "container"} memory limit ${shown(limit)} is below its request ${shown(request)}; the API server rejects this pod`,
        at: container.via ? container.item : limit.at ?? limit.node ?? container.node,
        subject: subjectOf(workload, container)
      });
    }
  }
};

// src/classify/effective-memory.ts
function effectiveMemory(declared, limitRange) {
  const own = (q, from) => q ? { bytes: q.value, text: q.text, from } : void 0;
  const ranged = (v) => v && limitRange ? { bytes: v.bytes, text: v.text, from: "limit-range", limitRange: limitRange.name, limitRangeKey: v.key } : void 0;
  const request = own(declared.request, "declared") ?? own(declared.limit, "request-from-limit") ?? ranged(limitRange?.request);
  const limit = own(declared.limit, "declared") ?? ranged(limitRange?.limit);
  return { request, limit };
}

// src/rules/sidecar-memory-headroom.ts
var LIMIT_KEYS = ["resources", "limits", "memory"];
var REQUEST_KEYS = ["resources", "requests", "memory"];
var rule5 = {
  meta: {
    id: "sidecar-memory-headroom",
    description: "A sidecar memory limit must be at least baseline \xD7 drift \xD7 (1 + headroom); an unbounded one is sized only from evidence.",
    severity: "error",
    fixable: true
  },
  check(workload, context) {
    for (const container of workload.classified) {
      if (container.role === "sidecar") checkSidecar(container, workload, context);
    }
  }
};
function checkSidecar(container, workload, context) {
  const memory = readMemory(container);
  const { request, limit } = memory;
  if (unusable(request) || unusable(limit)) return;
  const name = container.name ?? container.sidecarClass ?? "sidecar";
  const effective = effectiveMemory({ request: request.quantity, limit: limit.quantity }, context.index.limitRangeDefault?.get(workload.namespace ?? "default"));
  const at = container.via ? container.item : limit.at ?? limit.node ?? memory.resourcesKey ?? nameNode(container) ?? container.node;
  const anchored = container.via ? `the container comes from anchor &${container.via.anchor} (line ${container.via.line})` : void 0;
  const cls = container.settingsClass;
  const key = container.name !== void 0 ? { namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name } : void 0;
  const base = { sidecarClass: container.sidecarClass };
  let target;
  let message;
  if (effective.limit) {
    target = targetFor(container, context.settings, effective.request, workload);
    if (compare(effective.limit.bytes, rational(target.requiredBytes)) >= 0) return;
    const required = formatBytes(target.requiredBytes);
    const what = effective.limit.from === "declared" ? `memory limit ${shown(limit)}` : `memory limit ${effective.limit.text} (no limit of its own, so LimitRange ${effective.limit.limitRange} ${effective.limit.limitRangeKey})`;
    message = `${name} ${what} is below ${required} (${arithmeticOf(target)})`;
  } else {
    const sizing = unboundedSizing(container.sidecarClass ?? name, cls, context.settings.evidence, key);
    if (sizing.kind === "needs-evidence") {
      if (context.settings.needsEvidence === "off") return;
      context.report({
        message: `${name} has no memory limit (unbounded); ${sizing.advice}`,
        at,
        subject: subjectOf(workload, container),
        needsEvidence: true,
        severity: context.settings.needsEvidence,
        data: { ...base, currentLimitBytes: null, limitSource: "unbounded", needs: "evidence" }
      });
      return;
    }
    target = targetFor(container, context.settings, effective.request, workload, sizing.kind === "evidence");
    if (sizing.kind === "configured") {
      const requiredBytes = sizing.bytes >= target.requiredBytes ? sizing.bytes : target.requiredBytes;
      target = { ...target, requiredBytes, arithmetic: `sidecars.${container.sidecarClass}.limit ${formatBytes(sizing.bytes)}${requiredBytes === sizing.bytes ? "" : `, raised to ${arithmeticOf(target)}`}` };
    }
    message = "";
  }
  const ceiling = ceilingFor(workload, context.index);
  let floored = withFloor(target.requiredBytes, cls, container.sidecarClass, ceiling);
  if (!effective.limit) {
    message = `${name} has no memory limit (unbounded); fix would set ${formatBytes(floored.bytes)} (${arithmeticOf(target)}${floored.why ? `, raised to the ${floored.why}` : ""})`;
    floored = { ...floored, note: "" };
  }
  const pin = effective.request?.from === "declared" ? void 0 : requestToPin(effective.request, limit, target);
  const pinNote = pin === void 0 ? "" : `; fix would ${pin.node ? "pin" : "set"} requests.memory to ${pin.text}${pin.why}`;
  const currentBytes = effective.limit ? bytesCeil(effective.limit.bytes) : void 0;
  const capped = capRequired(floored.bytes, ceiling, currentBytes);
  const fix = [{ document: workload.document, map: container.node, mapPath: container.path, keys: LIMIT_KEYS, value: capped.write ?? formatBytes(floored.bytes) }];
  if (pin !== void 0) {
    fix.push({ document: workload.document, map: container.node, mapPath: container.path, keys: REQUEST_KEYS, value: pin.text, style: pin.node?.style });
  }
  context.report({
    message: `${message}${floored.note}${pinNote}${capped.note}`,
    at,
    subject: subjectOf(workload, container),
    fix,
    unfixable: anchored ?? capped.unfixable,
    data: {
      ...base,
      currentLimitBytes: currentBytes === void 0 ? null : Number(currentBytes),
      limitSource: effective.limit ? effective.limit.from : "unbounded",
      requiredLimitBytes: Number(target.requiredBytes),
      requiredLimit: formatBytes(target.requiredBytes),
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(target.baseline)),
      drift: target.drift.text,
      headroom: formatDecimal(target.headroom.value),
      ...target.evidence ? { evidence: target.evidence } : {}
    }
  });
}
function arithmeticOf(target) {
  return target.arithmetic ?? `${target.basis} \xD7 drift ${target.drift.text} \xD7 headroom ${formatDecimal(add(rational(1n), target.headroom.value))}`;
}
function requestToPin(request, limit, target) {
  if (request?.from === "request-from-limit" && limit.node?.type === "scalar") return { text: limit.node.source, node: limit.node, why: "" };
  if (request?.from === "limit-range") return { text: request.text, why: ` (what LimitRange ${request.limitRange} gives it today)` };
  return { text: formatBytes(bytesCeil(target.baseline)), why: target.evidence === void 0 ? " (defaultRequest)" : "" };
}
function unusable(value) {
  return value.problem !== void 0 || value.templated === true;
}
function targetFor(container, settings, request, workload, unbounded = false) {
  const cls = container.settingsClass;
  const headroom = cls?.headroom ?? settings.headroom;
  let baseline;
  let basis;
  if (request?.from === "declared") {
    baseline = request.bytes;
    basis = `request ${request.text}`;
  } else if (request?.from === "request-from-limit") {
    baseline = request.bytes;
    basis = `no request, so the request defaults to the limit ${request.text}`;
  } else if (request?.from === "limit-range") {
    baseline = request.bytes;
    basis = `LimitRange ${request.limitRange} ${request.limitRangeKey} ${request.text}`;
  } else {
    baseline = unbounded ? rational(0n) : rational(cls?.defaultRequest ?? settings.defaultRequest);
    basis = unbounded ? "no request" : `default request ${describeBytes(baseline)}`;
  }
  const key = workload && container.name !== void 0 ? { namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name } : void 0;
  const target = evidenceTarget({ evidence: settings.evidence, classId: container.sidecarClass, classDrift: cls?.drift, drift: settings.drift, headroom, key, baseline, basis });
  return {
    drift: target.drift,
    headroom,
    baseline: target.baseline,
    basis: target.basis,
    requiredBytes: target.requiredBytes,
    arithmetic: target.arithmetic,
    evidence: target.data
  };
}
function nameNode(container) {
  for (const pair of container.node.pairs) if (pair.key === "name") return pair.value;
  return null;
}

// src/rules/index.ts
var RULES = [rule5, rule, rule3, rule4, rule2];

export {
  parseQuantity,
  injectedMemory,
  deref,
  asMap,
  asSeq,
  lookup,
  get,
  getString,
  getMap,
  getSeq,
  groupOf,
  findKind,
  DEFAULT_MAX_FILE_BYTES,
  SettingsError,
  resolveSettings,
  resolveAuditOptions,
  createEvidence,
  policyFor,
  readMemory,
  RULES
};
