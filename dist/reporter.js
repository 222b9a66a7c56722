#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path3, added, removed, oldPosInc, options) {
    const last = path3.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path3.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path3.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/diff.ts
function diffOf(result) {
  const before = result.parsed?.text;
  if (result.output === void 0 || before === void 0) return void 0;
  return createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, result.output, void 0, void 0, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
function formatDiffs(results) {
  return results.map((r) => diffOf(r) ?? "").join("");
}

// src/report/github.ts
import { randomBytes } from "node:crypto";
import path from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(annotation) {
  const properties = [];
  const add2 = (name, value) => {
    if (value !== void 0 && value !== "") properties.push(`${name}=${escapeProperty(String(value))}`);
  };
  add2("file", annotation.file);
  add2("line", annotation.line);
  const oneLine = annotation.endLine === void 0 || annotation.endLine === annotation.line;
  if (oneLine) add2("col", annotation.col);
  add2("endLine", annotation.endLine);
  if (oneLine) add2("endColumn", annotation.endColumn);
  add2("title", annotation.title);
  const head = properties.length > 0 ? ` ${properties.join(",")}` : "";
  return `::${annotation.level}${head}::${escapeData(annotation.message)}`;
}
function literalBlock(lines) {
  if (lines.length === 0) return "";
  const token = `headroom-${randomBytes(8).toString("hex")}`;
  return [`::stop-commands::${token}`, ...lines, `::${token}::`].join("\n");
}
var LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function rankFindings(results, options) {
  const ranked = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const fixed = options.fixedInPlace && finding.status === "fixed";
      const level = fixed || finding.severity === "info" ? "notice" : finding.severity;
      ranked.push({ finding, result, level, fixed });
    }
  }
  return ranked.sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || Number(a.fixed) - Number(b.fixed) || shortfall(b.finding) - shortfall(a.finding) || a.finding.path.localeCompare(b.finding.path) || a.finding.line - b.finding.line || a.finding.col - b.finding.col
  );
}
function shortfall(finding) {
  const required = finding.data?.requiredLimitBytes;
  if (typeof required !== "number") return 0;
  const current = finding.data?.currentLimitBytes;
  return typeof current === "number" ? Math.max(0, required - current) : required;
}
function selectAnnotations(ranked, perLevel = ANNOTATIONS_PER_LEVEL) {
  const byLevel = (level) => ranked.filter((r) => r.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  const notices = byLevel("notice");
  const overflow = errors.length > perLevel || warnings.length > perLevel || notices.length > perLevel;
  const noticeSlots = overflow ? perLevel - 1 : perLevel;
  const annotated = [...errors.slice(0, perLevel), ...warnings.slice(0, perLevel), ...notices.slice(0, noticeSlots)];
  const chosen = new Set(annotated);
  return { annotated, rest: ranked.filter((r) => !chosen.has(r)) };
}
function repoPath(file, cwd, root) {
  if (file === "<stdin>") return "";
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return file.split(path.sep).join("/");
  return relative.split(path.sep).join("/");
}
function annotationFor(ranked, cwd, root) {
  const { finding } = ranked;
  const title = ranked.fixed ? `kube-headroom fixed (${finding.ruleId})` : `kube-headroom (${finding.ruleId})`;
  const message = ranked.fixed ? `Fixed: ${finding.message}` : describe(finding);
  return {
    level: ranked.level,
    message,
    title,
    file: repoPath(finding.path, cwd, root) || void 0,
    line: finding.line,
    col: finding.col,
    endLine: finding.endLine,
    endColumn: finding.endCol
  };
}
function describe(finding) {
  if (finding.status && finding.status !== "fixed" && finding.reason) return `${finding.message}; cannot fix: ${finding.reason}`;
  if (finding.status === "unfixable") return `${finding.message}; cannot fix automatically`;
  return finding.message;
}
function plainLine(ranked) {
  const { finding } = ranked;
  const severity = ranked.fixed ? "fixed" : finding.severity;
  return `${finding.path}:${finding.line}:${finding.col}  ${severity}  ${describe(finding)}  ${finding.ruleId}`.replace(/[\r\n]+/g, " ");
}
function formatGithub(results, options) {
  const root = options.root ?? process.env.GITHUB_WORKSPACE ?? options.cwd;
  const ranked = rankFindings(results, { fixedInPlace: options.command === "fix" && !options.dryRun });
  const { annotated, rest } = selectAnnotations(ranked);
  const lines = annotated.map((r) => workflowCommand(annotationFor(r, options.cwd, root)));
  if (rest.length > 0) {
    const where = options.elsewhere ?? "the log below";
    lines.push(
      workflowCommand({
        level: "notice",
        title: "kube-headroom",
        message: `${rest.length} more finding${rest.length === 1 ? " is" : "s are"} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step); see ${where}`
      })
    );
    lines.push(literalBlock(rest.map(plainLine)));
  }
  return lines.join("\n");
}

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
function decimalValue(negative, intDigits, fracDigits, exponent) {
  const mantissa = BigInt(intDigits + fracDigits || "0");
  const signed2 = negative ? -mantissa : mantissa;
  const scale = exponent - BigInt(fracDigits.length);
  return scale >= 0n ? rational(signed2 * 10n ** scale) : rational(signed2, 10n ** -scale);
}
function exponentInRange(exponent) {
  const limit = BigInt(MAX_DECIMAL_EXPONENT);
  return exponent <= limit && exponent >= -limit;
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
var EXACT_UNITS = [["Gi", GI], ["Mi", MI], ["Ki", KI]];
var ROUNDED_UNITS = [["Gi", GI], ["Mi", MI]];
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

// src/report/cost.ts
function namespaceCosts(results) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const w of result.workloads ?? []) {
      if (!w.after) continue;
      const ns = w.namespace ?? "default";
      byNamespace.set(ns, [...byNamespace.get(ns) ?? [], w]);
    }
  }
  return [...byNamespace.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([namespace, list]) => {
    let addedLimitBytes = 0n;
    let addedRequestBytes = 0n;
    let needed = 0n;
    for (const w of list) {
      const replicas = BigInt(w.replicas);
      if (typeof w.before.limit === "bigint" && typeof w.after?.limit === "bigint") addedLimitBytes += (w.after.limit - w.before.limit) * replicas;
      if (w.before.request !== void 0 && w.after?.request !== void 0) addedRequestBytes += (w.after.request - w.before.request) * replicas;
      if (typeof w.after?.limit === "bigint") needed += w.after.limit * replicas;
    }
    const quota = list.find((w) => w.quota)?.quota;
    return {
      namespace,
      workloads: list.length,
      addedLimitBytes,
      addedRequestBytes,
      quota: quota && needed > quota.bytes ? { ...quota, neededBytes: needed } : void 0
    };
  });
}
function formatCosts(costs) {
  const lines = [];
  for (const c of costs) {
    if (c.addedLimitBytes === 0n && c.addedRequestBytes === 0n && !c.quota) continue;
    lines.push(
      `  ${c.namespace}: limits ${signed(c.addedLimitBytes)}, requests ${signed(c.addedRequestBytes)} (\xD7 replicas, ${c.workloads} workload${c.workloads === 1 ? "" : "s"})`
    );
    if (c.quota) {
      lines.push(
        `  warning: ResourceQuota ${c.quota.name} in ${c.namespace} allows limits.memory ${c.quota.text}; the fixed workloads alone need ${formatBytes(c.quota.neededBytes)}`
      );
    }
  }
  return lines.length === 0 ? [] : ["Pod memory added by the fix:", ...lines];
}
function signed(bytes) {
  return bytes < 0n ? `-${formatBytes(-bytes)}` : `+${formatBytes(bytes)}`;
}

// src/report/json.ts
var REPORT_VERSION = 1;
function formatJson(results, meta) {
  const files = results.map((result) => ({
    path: result.path,
    skipped: result.skipped ?? false,
    changed: result.output !== void 0,
    ...meta.dryRun && result.output !== void 0 ? { diff: diffOf(result) } : {},
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.col,
      endLine: f.endLine,
      endColumn: f.endCol,
      ...f.subject ? { subject: f.subject } : {},
      ...f.status ? { status: f.status } : {},
      ...f.reason ? { reason: f.reason } : {},
      ...f.data ? { data: f.data } : {}
    })),
    workloads: (result.workloads ?? []).map((w) => ({
      kind: w.kind,
      name: w.name,
      namespace: w.namespace ?? null,
      document: w.document,
      replicas: w.replicas,
      before: pod(w.before),
      ...w.after ? { after: pod(w.after) } : {}
    }))
  }));
  const all = files.flatMap((f) => f.findings);
  const summary = {
    files: files.length,
    filesChanged: files.filter((f) => f.changed).length,
    errors: all.filter((f) => f.severity === "error" && f.status !== "fixed").length,
    warnings: all.filter((f) => f.severity === "warning" && f.status !== "fixed").length,
    infos: all.filter((f) => f.severity === "info").length,
    fixed: all.filter((f) => f.status === "fixed").length
  };
  const namespaces = namespaceCosts(results).map((c) => ({
    namespace: c.namespace,
    workloads: c.workloads,
    addedLimitBytes: Number(c.addedLimitBytes),
    addedRequestBytes: Number(c.addedRequestBytes),
    ...c.quota ? { quotaExceeded: { name: c.quota.name, limit: c.quota.text, neededBytes: Number(c.quota.neededBytes) } } : {}
  }));
  return JSON.stringify(
    { version: REPORT_VERSION, tool: { name: "kube-headroom", version: meta.version }, mode: meta.mode, dryRun: meta.dryRun ?? false, summary, namespaces, files },
    null,
    2
  );
}
function pod(memory) {
  return {
    requestBytes: memory.request === void 0 ? null : Number(memory.request),
    limitBytes: typeof memory.limit === "bigint" ? Number(memory.limit) : null,
    limitUnbounded: memory.limit === null
  };
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// package.json
var package_default = {
  name: "kube-headroom",
  version: "0.1.0",
  description: "Find Kubernetes sidecars whose memory limits have no headroom over the kernel-charged working set, and fix them with byte-exact edits.",
  type: "module",
  license: "Apache-2.0",
  engines: {
    node: ">=20"
  },
  bin: {
    headroom: "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "vitest run",
    bench: "node bench/run.mjs",
    fuzz: "node scripts/fuzz.mjs",
    docs: "node scripts/docs.mjs"
  },
  dependencies: {
    ajv: "8.20.0",
    diff: "9.0.0",
    globby: "16.2.4",
    ignore: "7.0.17",
    picomatch: "4.0.7",
    unified: "11.0.5",
    "unified-args": "11.0.1",
    vfile: "6.0.3",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    tsx: "4.23.15",
    typescript: "5.9.3",
    vite: "8.3.8",
    vitest: "4.1.12"
  }
};

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
  return { kind: "alias", anchor: node.name, line: target?.line ?? node.line };
}
function asMap(node) {
  const n = deref(node);
  return n?.type === "map" ? n : null;
}
function lookup(map, key) {
  let found;
  for (const pair of map.pairs) if (!pair.merge && pair.key === key) found = pair;
  if (found) return { pair: found, value: found.value, via: aliasVia(found.value) };
  for (const pair of map.pairs) {
    if (!pair.merge) continue;
    for (const source of mergeSources(pair.value)) {
      const map2 = asMap(source);
      if (!map2) continue;
      const inner = lookup(map2, key);
      if (inner) {
        const alias = source.type === "alias" ? source : void 0;
        const via = alias ? { kind: "merge", anchor: alias.name, line: alias.target?.line ?? alias.line } : { kind: "merge", anchor: map2.anchor ?? "<<", line: map2.line };
        return { pair: inner.pair, value: inner.value, via };
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
    const hint = bad.suggestion ? `; did you mean ${bad.suggestion}?` : "";
    context.report({ message: `annotation ${bad.value.key}: ${bad.reason}${hint}`, at: bad.value.node, subject: subject(workload, injector.container) });
  }
  if (memory.invalid.length > 0) return;
  const effectiveRequest = memory.request;
  const effectiveLimit = memory.limit;
  const limit = sidecar.limit;
  const cls = context.settings.sidecars.find((s) => s.id === injector.container);
  const drift = cls?.drift ?? context.settings.drift;
  const headroom = cls?.headroom ?? context.settings.headroom;
  let baseline;
  let basis;
  if (effectiveRequest) {
    baseline = effectiveRequest.bytes;
    basis = `request ${describeBytes(baseline)}`;
  } else if (effectiveLimit) {
    baseline = effectiveLimit.bytes;
    basis = `no request, so the request defaults to the limit ${describeBytes(baseline)}`;
  } else {
    baseline = rational(cls?.defaultRequest ?? context.settings.defaultRequest);
    basis = `default request ${describeBytes(baseline)}`;
  }
  const requiredBytes = requiredLimitBytes(baseline, drift.value, headroom.value);
  if (effectiveLimit && compare(effectiveLimit.bytes, rational(requiredBytes)) >= 0) return;
  const required = formatBytes(requiredBytes);
  const who = `${injector.container} (${sidecar.certainty === "possible" ? "possibly injected" : "injected"} by ${injector.title}: ${sidecar.because})`;
  const arithmetic = `${basis} \xD7 drift ${drift.text} \xD7 headroom ${formatDecimal(add(rational(1n), headroom.value))}`;
  const capped = capRequired(requiredBytes, ceilingFor(workload, context.index), effectiveLimit ? bytesCeil(effectiveLimit.bytes) : void 0);
  const writeRequest = !sidecar.request && (injector.resourceAnnotations !== void 0 || injector.defaultRequest === void 0);
  const requestText = sidecar.limit && !effectiveRequest ? sidecar.limit.node.source : formatBytes(bytesCeil(baseline));
  const notes = [];
  if (writeRequest) notes.push(`${injector.requestAnnotation} is set to ${requestText}`);
  if (injector.resourceAnnotations && !sidecar.defaultsDropped) {
    notes.push(`${injector.title} then no longer applies its default CPU request/limit; set ${injector.resourceAnnotations[0]} if you rely on it`);
  }
  const droppedNote = sidecar.defaultsDropped && !limit ? `, because ${injector.title} drops its defaults once a resource annotation is set` : "";
  const message = effectiveLimit ? `${who} memory limit ${describeBytes(effectiveLimit.bytes)} (${limit ? injector.limitAnnotation : effectiveLimit.label}) is below ${required} (${arithmetic})` : `${who} has no memory limit${droppedNote}; it needs at least ${required} (${arithmetic})`;
  const style = annotationStyle(sidecar);
  const keys = (annotation) => ["metadata", "annotations", annotation];
  const fix = [
    { document: workload.document, map: workload.template, mapPath: workload.templatePath, keys: keys(injector.limitAnnotation), value: capped.write ?? required, style }
  ];
  if (writeRequest) {
    fix.push({ document: workload.document, map: workload.template, mapPath: workload.templatePath, keys: keys(injector.requestAnnotation), value: requestText, style });
  }
  context.report({
    message: [message + capped.note, ...notes].join("; "),
    at: sidecar.limit?.node ?? sidecar.enabler ?? sidecar.request?.node ?? workload.template,
    severity: severity === "error" ? void 0 : severity,
    subject: subject(workload, injector.container),
    fix: sidecar.certainty === "enabled" ? fix : void 0,
    unfixable: capped.unfixable,
    data: {
      injector: injector.id,
      sidecarClass: injector.container,
      certainty: sidecar.certainty,
      currentLimitBytes: effectiveLimit ? Number(bytesCeil(effectiveLimit.bytes)) : null,
      requiredLimitBytes: Number(requiredBytes),
      requiredLimit: required,
      baselineBytes: Number(bytesCeil(baseline)),
      drift: drift.text,
      headroom: formatDecimal(headroom.value)
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

// src/rules/memory-values.ts
function readMemory(container) {
  const resources = lookup(container.node, "resources");
  const resourcesMap = deref(resources?.value);
  return {
    resources: resourcesMap,
    resourcesKey: resources?.pair.keyNode ?? null,
    request: readOne(resourcesMap, "requests"),
    limit: readOne(resourcesMap, "limits")
  };
}
function readOne(resources, which) {
  const section = resources?.type === "map" ? deref(lookup(resources, which)?.value) : null;
  const found = section?.type === "map" ? lookup(section, "memory") : void 0;
  if (!found) return { which, node: null, keyNode: null };
  const node = deref(found.value);
  const keyNode = found.pair.keyNode;
  if (!node || node.type === "scalar" && (node.empty || node.value === null)) {
    return { which, node: node ?? found.value, keyNode, problem: "is null; set a quantity such as 256Mi or remove the key" };
  }
  if (node.type !== "scalar") {
    return { which, node, keyNode, problem: `is a ${node.type === "map" ? "mapping" : "sequence"}, not a quantity` };
  }
  return { which, node, keyNode, ...readScalar(node) };
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
var rule2 = {
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
  const at = value.node ?? value.keyNode;
  if (!at) return;
  const subject2 = subjectOf(workload, container);
  if (value.templated) {
    context.report({ message: `${label} is a template expression; render the chart first (helm template \u2026 | headroom check -)`, at, subject: subject2, severity: "info" });
    return;
  }
  if (value.problem) {
    const problem = value.problem.startsWith('"') || /^-?\d/.test(value.problem) ? value.problem : `of ${container.name ?? "container"} ${value.problem}`;
    const hint = value.suggestion ? `; did you mean ${value.suggestion}?` : "";
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
var rule3 = {
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
        at: limit.node ?? container.node,
        subject: subjectOf(workload, container)
      });
    }
  }
};

// src/rules/sidecar-memory-headroom.ts
var LIMIT_KEYS = ["resources", "limits", "memory"];
var REQUEST_KEYS = ["resources", "requests", "memory"];
var rule4 = {
  meta: {
    id: "sidecar-memory-headroom",
    description: "A sidecar memory limit must be at least baseline \xD7 drift \xD7 (1 + headroom).",
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
  const target = targetFor(container, context.settings, request, limit);
  const limitBytes = limit.quantity?.value;
  if (limitBytes && compare(limitBytes, rational(target.requiredBytes)) >= 0) return;
  const required = formatBytes(target.requiredBytes);
  const arithmetic = `${target.basis} \xD7 drift ${target.drift.text} \xD7 headroom ${formatDecimal(add(rational(1n), target.headroom.value))}`;
  const pinned = request.quantity === void 0 ? limit.node?.type === "scalar" ? limit.node : void 0 : void 0;
  const pinText = request.quantity === void 0 ? pinned ? pinned.source : formatBytes(bytesCeil(target.baseline)) : void 0;
  const pinNote = pinText === void 0 ? "" : `; requests.memory is ${pinned ? "pinned" : "set"} to ${pinText}`;
  const capped = capRequired(target.requiredBytes, ceilingFor(workload, context.index), limitBytes ? bytesCeil(limitBytes) : void 0);
  const message = limit.quantity ? `${name} memory limit ${shown(limit)} is below ${required} (${arithmetic})${pinNote}${capped.note}` : `${name} has no memory limit; it needs at least ${required} (${arithmetic})${pinNote}${capped.note}`;
  const at = limit.node ?? memory.resourcesKey ?? nameNode(container) ?? container.node;
  const fix = [{ document: workload.document, map: container.node, mapPath: container.path, keys: LIMIT_KEYS, value: capped.write ?? required }];
  if (pinText !== void 0) {
    fix.push({ document: workload.document, map: container.node, mapPath: container.path, keys: REQUEST_KEYS, value: pinText, style: pinned?.style });
  }
  context.report({
    message,
    at,
    subject: subjectOf(workload, container),
    fix,
    unfixable: container.via ? `the container comes from anchor &${container.via.anchor} (line ${container.via.line})` : capped.unfixable,
    data: {
      sidecarClass: container.sidecarClass,
      currentLimitBytes: limitBytes ? Number(limitBytes.n / limitBytes.d) : null,
      requiredLimitBytes: Number(target.requiredBytes),
      requiredLimit: required,
      baselineBytes: Number(target.baseline.n / target.baseline.d),
      drift: target.drift.text,
      headroom: formatDecimal(target.headroom.value)
    }
  });
}
function unusable(value) {
  return value.problem !== void 0 || value.templated === true;
}
function targetFor(container, settings, request, limit) {
  const cls = container.settingsClass;
  const drift = cls?.drift ?? settings.drift;
  const headroom = cls?.headroom ?? settings.headroom;
  let baseline;
  let basis;
  if (request.quantity) {
    baseline = request.quantity.value;
    basis = `request ${shown(request)}`;
  } else if (limit.quantity) {
    baseline = limit.quantity.value;
    basis = `no request, so the request defaults to the limit ${shown(limit)}`;
  } else {
    baseline = rational(cls?.defaultRequest ?? settings.defaultRequest);
    basis = `default request ${describeBytes(baseline)}`;
  }
  return { drift, headroom, baseline, basis, requiredBytes: requiredLimitBytes(baseline, drift.value, headroom.value) };
}
function nameNode(container) {
  for (const pair of container.node.pairs) if (pair.key === "name") return pair.value;
  return null;
}

// src/rules/index.ts
var RULES = [rule4, rule, rule2, rule3];

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var HOMEPAGE = package_default.homepage ?? "https://kube-headroom.dev/";
var ENGINE_RULES = {
  "yaml-syntax": { description: "The file is not valid YAML; it is reported and left unchanged.", severity: "error" },
  template: { description: "The file holds Go/Helm template syntax; render it first and check the output.", severity: "info" },
  "invalid-headroom-annotation": { description: "A headroom.io/* override annotation must hold a valid value.", severity: "error" },
  config: { description: "The configuration that applies to the file is invalid.", severity: "error" },
  io: { description: "The file could not be read or written.", severity: "error" }
};
function levelOf(severity) {
  return severity === "info" ? "note" : severity;
}
function formatSarif(results, options) {
  return JSON.stringify(buildSarif(results, options), (_key, value) => typeof value === "bigint" ? value.toString() : value, 2);
}
function buildSarif(results, options) {
  const rules = RULES.map((rule5) => descriptor(rule5.meta.id, rule5.meta.description, rule5.meta.severity, rule5.meta.fixable));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id) => {
    const known = index.get(id);
    if (known !== void 0) return known;
    const engine = ENGINE_RULES[id];
    rules.push(descriptor(id, engine?.description ?? `kube-headroom ${id}`, engine?.severity ?? "error", false));
    index.set(id, rules.length - 1);
    return rules.length - 1;
  };
  const written = options.command === "fix" && !options.dryRun;
  const sarifResults = [];
  for (const result of results) {
    for (const finding of result.findings) {
      if (written && finding.status === "fixed") continue;
      sarifResults.push(resultOf(finding, result, ruleIndex(finding.ruleId), options.cwd));
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kube-headroom",
            semanticVersion: options.version,
            version: options.version,
            informationUri: HOMEPAGE,
            rules
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
        properties: { mode: options.command, dryRun: options.dryRun }
      }
    ]
  };
}
function descriptor(id, description, severity, fixable) {
  const helpUri = new URL(`docs/rules#${id}`, HOMEPAGE).href;
  const fix = fixable ? " `headroom fix` rewrites the manifest with a byte-exact edit." : "";
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description}${fixable ? " Fixable with `headroom fix`." : ""}` },
    help: { text: `${description}${fix}
See ${helpUri}`, markdown: `${description}${fix}

[Rule documentation](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: levelOf(severity) },
    properties: { tags: ["kubernetes", "memory", "reliability"], fixable }
  };
}
function resultOf(finding, result, ruleIndex, cwd) {
  const artifactLocation = artifactOf(finding.path, cwd);
  const region = { startLine: finding.line, startColumn: finding.col, endLine: finding.endLine, endColumn: finding.endCol };
  const out = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: messageOf(finding) },
    locations: [{ physicalLocation: { artifactLocation, region } }]
  };
  if (finding.subject) {
    const s = finding.subject;
    const qualified = `${s.kind}/${s.namespace ? `${s.namespace}/` : ""}${s.name}`;
    out.locations = [
      {
        physicalLocation: { artifactLocation, region },
        logicalLocations: [{ name: s.container, fullyQualifiedName: `${qualified}/${s.container}`, kind: "object" }]
      }
    ];
    out.partialFingerprints = { "kubeHeadroomSubject/v1": hash([finding.ruleId, finding.path, qualified, s.container].join("\0")) };
  }
  const fix = fixOf(finding, result, artifactLocation);
  if (fix) out.fixes = [fix];
  const properties = {};
  if (finding.subject) properties.subject = finding.subject;
  if (finding.status) properties.status = finding.status;
  if (finding.reason) properties.reason = finding.reason;
  if (finding.data) properties.data = finding.data;
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}
function messageOf(finding) {
  if (finding.status === "fixed") return `${finding.message} (fixable with headroom fix)`;
  if (finding.status && finding.reason) return `${finding.message}; cannot fix: ${finding.reason}`;
  return finding.message;
}
function fixOf(finding, result, artifactLocation) {
  const edits = finding.fix?.edits;
  const parsed = result.parsed;
  if (!edits || edits.length === 0 || !parsed || finding.status !== void 0 && finding.status !== "fixed") return void 0;
  const replacements = edits.map((edit) => {
    const start = parsed.position(edit.range.start);
    const end = parsed.position(edit.range.end);
    return {
      deletedRegion: { startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col },
      insertedContent: { text: edit.text }
    };
  });
  return { description: { text: "Raise the memory limit (headroom fix)" }, artifactChanges: [{ artifactLocation, replacements }] };
}
function artifactOf(file, cwd) {
  if (file === "<stdin>") return { description: { text: "standard input" } };
  const absolute = path2.resolve(cwd, file);
  const relative = path2.relative(cwd, absolute);
  if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path2.sep).map(encodeSegment).join("/"), uriBaseId: SRCROOT };
}
function encodeSegment(segment) {
  return encodeURIComponent(segment);
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function hash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

// src/report/stylish.ts
var paint = (on, code) => (text) => on ? `\x1B[${code}m${text}\x1B[39m` : text;
function formatStylish(results, options) {
  const red = paint(options.color, 31);
  const yellow = paint(options.color, 33);
  const blue = paint(options.color, 34);
  const green = paint(options.color, 32);
  const dim = paint(options.color, 90);
  const lines = [];
  const counts = { error: 0, warning: 0, info: 0, fixed: 0 };
  for (const result of results) {
    for (const finding of result.findings) {
      const fixed = finding.status === "fixed";
      if (fixed) counts.fixed++;
      else counts[finding.severity]++;
      if (options.quiet && (fixed || finding.severity === "info")) continue;
      const severity = fixed ? green(options.dryRun ? "fixable" : "fixed") : finding.severity === "error" ? red("error") : finding.severity === "warning" ? yellow("warning") : blue("info");
      const where = `${finding.path}:${finding.line}:${finding.col}`;
      lines.push(`${where}  ${severity}  ${describe2(finding)}  ${dim(finding.ruleId)}`);
    }
  }
  const summary = summarise(counts, options);
  if (summary) lines.push(summary);
  if (options.mode === "fix") lines.push(...formatCosts(namespaceCosts(results)));
  return lines.join("\n");
}
function describe2(finding) {
  if (finding.status && finding.status !== "fixed" && finding.reason) return `${finding.message}; cannot fix: ${finding.reason}`;
  if (finding.status === "unfixable" && !finding.reason) return `${finding.message}; cannot fix automatically`;
  return finding.message;
}
function summarise(counts, options) {
  const parts = [];
  if (counts.fixed > 0) parts.push(`${counts.fixed} ${options.dryRun ? "fixable (dry run, nothing written)" : "fixed"}`);
  if (counts.error > 0) parts.push(plural(counts.error, "error"));
  if (counts.warning > 0) parts.push(plural(counts.warning, "warning"));
  if (counts.info > 0 && !options.quiet) parts.push(plural(counts.info, "info"));
  return parts.length === 0 ? "" : `
${parts.join(", ")}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;
}

// src/report/formats.ts
var FORMATS = {
  stylish: {
    stream: "stderr",
    format: (results, c) => formatStylish(results, { color: c.color, quiet: c.quiet, mode: c.command, dryRun: c.dryRun })
  },
  json: {
    stream: "stdout",
    format: (results, c) => formatJson(results, { mode: c.command, dryRun: c.dryRun, version: c.version })
  },
  sarif: {
    stream: "stdout",
    format: (results, c) => formatSarif(results, { command: c.command, dryRun: c.dryRun, version: c.version, cwd: c.cwd })
  },
  github: {
    // Workflow commands are read from stdout by the Actions runner.
    stream: "stdout",
    format: (results, c) => formatGithub(results, { command: c.command, dryRun: c.dryRun, cwd: c.cwd })
  }
};

// src/cli/reporter.ts
function report(files, options) {
  const results = files.map(resultOf2);
  const command = options.command ?? "check";
  const format = FORMATS[options.format ?? "stylish"] ?? FORMATS.stylish;
  if (options.dryRun && format?.stream !== "stdout") {
    const diffs = formatDiffs(results);
    if (diffs) process.stdout.write(diffs);
  }
  const text = format?.format(results, {
    command,
    dryRun: options.dryRun ?? false,
    version: options.version ?? "0.0.0",
    color: options.color ?? false,
    quiet: Boolean(options.quiet || options.silent),
    cwd: process.cwd()
  }) ?? "";
  if (format?.stream === "stdout") {
    process.stdout.write(text.endsWith("\n") || text === "" ? text : text + "\n");
    return "";
  }
  return text;
}
function resultOf2(file) {
  if (file.data.headroom) return file.data.headroom;
  const findings = file.messages.map((m) => {
    const cause = m.cause;
    const detail = cause?.code === "EISDIR" ? "is a folder, not a file" : cause?.code ? `cannot be read (${cause.code})` : m.reason;
    return {
      ruleId: m.ruleId ?? "io",
      severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
      message: m.ruleId === "config" ? m.reason : detail,
      path: file.path || "<stdin>",
      range: { start: 0, end: 0 },
      line: m.line ?? 1,
      col: m.column ?? 1,
      endLine: m.line ?? 1,
      endCol: m.column ?? 1
    };
  });
  return { path: file.path || "<stdin>", findings, skipped: true };
}
export {
  report as default
};
