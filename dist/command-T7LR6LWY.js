#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  leftOutNote
} from "./chunk-YCRWKBQY.js";
import {
  analyzeSource
} from "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import {
  ConfigError,
  parseData,
  parseYaml,
  require_dist,
  settingsFrom,
  validateConfig
} from "./chunk-F3NRG57P.js";
import {
  SelectionError,
  checkSelection
} from "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import {
  EMPTY_INDEX,
  asMap,
  getSeq,
  indexFile,
  lookup
} from "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import {
  formatStylish
} from "./chunk-G2WCO72R.js";
import "./chunk-R2ZMRPA2.js";
import "./chunk-MTGXENKW.js";
import {
  describe
} from "./chunk-WHQYEYKH.js";
import {
  __toESM
} from "./chunk-7SZVRMJ5.js";

// src/integrations/krm/legacy-plugin.ts
import { readFileSync } from "node:fs";

// src/integrations/krm/function-config.ts
var POLICY_API_VERSION = "headroom.io/v1";
var POLICY_KIND = "HeadroomPolicy";
var FunctionConfigError = class extends Error {
};
var MODES = ["fix", "check"];
var FAIL_ON = ["error", "warning", "never"];
var DATA_SETTINGS = ["headroom", "drift", "defaultRequest"];
function functionOptions(functionConfig, source = "functionConfig") {
  if (functionConfig === void 0 || functionConfig === null) return resolve({}, "fix", "error", source, void 0);
  const object = record(functionConfig);
  if (!object) throw new FunctionConfigError(`${source} must be a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`);
  const kind = object.kind;
  if (kind === "ConfigMap") return fromConfigMap(object, source);
  if (kind === POLICY_KIND) {
    if (object.apiVersion !== POLICY_API_VERSION)
      throw new FunctionConfigError(
        `${source}: ${POLICY_KIND} must have apiVersion ${POLICY_API_VERSION}, not ${JSON.stringify(object.apiVersion)}`
      );
    return fromPolicy(object, source);
  }
  throw new FunctionConfigError(
    `${source}: kind ${JSON.stringify(kind)} is not supported; use a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`
  );
}
function fromConfigMap(object, source) {
  const data = record(object.data) ?? {};
  const config = {};
  let mode = "fix";
  let failOn = "error";
  const selected = { namespace: [], resource: [] };
  for (const [key, raw] of Object.entries(data)) {
    const value = typeof raw === "number" ? String(raw) : raw;
    if (typeof value !== "string") throw new FunctionConfigError(`${source}: data.${key} must be a string`);
    if (key === "mode") mode = oneOf(value, MODES, `${source}: data.mode`);
    else if (key === "failOn") failOn = oneOf(value, FAIL_ON, `${source}: data.failOn`);
    else if (key === "namespace" || key === "resource") selected[key] = splitList(value);
    else if (DATA_SETTINGS.includes(key)) config[key] = value;
    else if (key === "config") {
      const parsed = parseData(value);
      if (!parsed.ok)
        throw new FunctionConfigError(`${source}: data.config is not valid YAML: ${parsed.problem.message}`);
      const whole = record(parsed.data);
      if (parsed.data !== null && !whole) throw new FunctionConfigError(`${source}: data.config must be a mapping`);
      for (const [k, v] of Object.entries(whole ?? {})) if (!(k in config)) config[k] = v;
    } else {
      throw new FunctionConfigError(
        `${source}: data.${key} is not a known option; known: mode, failOn, namespace, resource, ${DATA_SETTINGS.join(", ")}, config`
      );
    }
  }
  return resolve(config, mode, failOn, source, selectionOf(selected.namespace, selected.resource, `${source}: data`));
}
function fromPolicy(object, source) {
  const spec = object.spec === void 0 || object.spec === null ? {} : record(object.spec);
  if (!spec) throw new FunctionConfigError(`${source}: spec must be a mapping`);
  const { mode = "fix", failOn = "error", namespace, resource, ...config } = spec;
  const selection = selectionOf(
    stringList(namespace, `${source}: spec.namespace`),
    stringList(resource, `${source}: spec.resource`),
    `${source}: spec`
  );
  return resolve(
    config,
    oneOf(mode, MODES, `${source}: spec.mode`),
    oneOf(failOn, FAIL_ON, `${source}: spec.failOn`),
    `${source} spec`,
    selection
  );
}
function resolve(config, mode, failOn, source, selection) {
  const validated = validateConfig(config, source);
  return { mode, failOn, settings: settingsFrom(validated, source), ...selection ? { selection } : {} };
}
function stringList(value, what) {
  if (value === void 0 || value === null) return [];
  if (typeof value === "string") return splitList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return value.map((v) => v.trim()).filter(Boolean);
  throw new FunctionConfigError(`${what} must be a string or a list of strings`);
}
function splitList(value) {
  return value.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
}
function selectionOf(namespaces, resources, where) {
  if (namespaces.length === 0 && resources.length === 0) return void 0;
  try {
    checkSelection({ namespaces, resources });
  } catch (error) {
    if (error instanceof SelectionError)
      throw new FunctionConfigError(`${where}: ${error.message.replace(/--(namespace|resource)/g, "$1")}`);
    throw error;
  }
  return { namespaces, resources };
}
function oneOf(value, allowed, what) {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new FunctionConfigError(`${what} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

// src/integrations/krm/items.ts
import { isDeepStrictEqual } from "node:util";
var LOCAL_CONFIG = "config.kubernetes.io/local-config";
function isLocalConfig(data) {
  const metadata = data.metadata;
  const value = metadata?.annotations?.[LOCAL_CONFIG];
  return value === "true" || value === true;
}
function cutOf(text, node) {
  const start = node.range.start;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = " ".repeat(start - lineStart);
  const eol = text.indexOf("\n", node.range.end);
  const restOfLine = text.slice(node.range.end, eol === -1 ? text.length : eol);
  const end = /^[ \t]*(#.*)?\r?$/.test(restOfLine) ? eol === -1 ? text.length : eol + 1 : node.range.end;
  let lineOffset = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < lineStart; i = text.indexOf("\n", i + 1)) lineOffset++;
  return { start: lineStart, end, prefix, lineOffset };
}
function fixObjects(text, refs, options) {
  const outcomes = [];
  const rewrites = [];
  for (const ref of refs) {
    if (isLocalConfig(ref.data)) {
      outcomes.push({ ref, skipped: "local-config", result: { path: options.path, findings: [] } });
      continue;
    }
    const cut = cutOf(text, ref.node);
    const own = cut.prefix + text.slice(ref.node.range.start, cut.end);
    const { result } = analyzeSource({ path: options.path, text: own }, options.settings, {
      fix: options.fix,
      index: options.index,
      selection: options.selection
    });
    outcomes.push({ ref, result: shift(result, cut.lineOffset) });
    if (result.output?.startsWith(cut.prefix)) {
      rewrites.push({ cut, body: result.output.slice(cut.prefix.length), ref });
    } else if (result.output !== void 0) {
      outcomes[outcomes.length - 1] = {
        ref,
        result: shift(unfix(result, "the rewrite changed the indentation of the object"), cut.lineOffset)
      };
    }
  }
  if (rewrites.length === 0) return { text, outcomes };
  let output = text;
  for (const { cut, body, ref } of [...rewrites].sort((a, b) => b.cut.start - a.cut.start)) {
    output = output.slice(0, ref.node.range.start) + body + output.slice(cut.end);
  }
  const expected = expectedObjects(text, rewrites, options);
  const actual = options.objectsOf(output);
  if (!expected || !actual || !isDeepStrictEqual(actual, expected)) {
    const reason = "the rewritten stream did not read back as intended; nothing was changed";
    return { text, outcomes: outcomes.map((o) => ({ ...o, result: unfix(o.result, reason) })) };
  }
  return { text: output, outcomes };
}
function expectedObjects(text, rewrites, options) {
  const before = options.objectsOf(text);
  if (!before) return void 0;
  const expected = [...before];
  for (const rewrite of rewrites) {
    const parsed = parseYaml({ path: options.path, text: rewrite.cut.prefix + rewrite.body });
    if (!parsed.ok) return void 0;
    expected[rewrite.ref.position] = parsed.file.documents[0]?.toData();
  }
  return expected;
}
function unfix(result, reason) {
  return {
    ...result,
    output: void 0,
    findings: result.findings.map((f) => f.status === "fixed" ? { ...f, status: "verify-failed", reason } : f)
  };
}
function shift(result, lines) {
  if (lines === 0) return result;
  const findings = result.findings.map((f) => ({
    ...f,
    line: f.line + lines,
    endLine: f.endLine + lines
  }));
  return { ...result, findings };
}

// src/integrations/krm/resource-list.ts
var import_yaml = __toESM(require_dist(), 1);
var RESOURCE_LIST_API_VERSION = "config.kubernetes.io/v1";
var RESOURCE_LIST_KIND = "ResourceList";
function runResourceList(text) {
  const failed = (reason) => ({ code: 1, stdout: "", stderr: `headroom krm: ${reason}
` });
  if (text.trim() === "") return failed("empty input on stdin; expected a config.kubernetes.io/v1 ResourceList");
  const parsed = parseYaml({ path: "<ResourceList>", text });
  if (!parsed.ok) {
    const problem = parsed.problems[0];
    return failed(`the input is not valid YAML${problem ? ` (line ${problem.line}: ${problem.message})` : ""}`);
  }
  const document = parsed.file.documents[0];
  const root = asMap(document?.root);
  const data = document?.toData();
  if (parsed.file.documents.length !== 1 || !root || !data || data.kind !== RESOURCE_LIST_KIND) {
    return failed(`expected one ${RESOURCE_LIST_API_VERSION} ${RESOURCE_LIST_KIND} on stdin`);
  }
  if (data.apiVersion !== RESOURCE_LIST_API_VERSION && data.apiVersion !== "config.kubernetes.io/v1alpha1") {
    return failed(
      `unsupported ResourceList apiVersion ${JSON.stringify(data.apiVersion)}; expected ${RESOURCE_LIST_API_VERSION}`
    );
  }
  let options;
  try {
    options = functionOptions(data.functionConfig);
  } catch (error) {
    if (error instanceof FunctionConfigError || error instanceof ConfigError) return failed(error.message);
    throw error;
  }
  const itemsData = Array.isArray(data.items) ? data.items : [];
  const refs = [];
  getSeq(root, "items")?.items.forEach((node, position) => {
    const map = asMap(node);
    const itemData = itemsData[position];
    if (map && node?.type === "map" && isRecord(itemData)) refs.push({ node: map, data: itemData, position });
  });
  const index = refs.length > 0 ? indexFile(parsed.file) : EMPTY_INDEX;
  const { text: fixed, outcomes } = fixObjects(text, refs, {
    fix: options.mode === "fix",
    settings: options.settings,
    selection: options.selection,
    index,
    path: "<ResourceList>",
    objectsOf: (t) => {
      const again = parseYaml({ path: "<ResourceList>", text: t });
      const items = again.ok ? again.file.documents[0]?.toData()?.items : void 0;
      return Array.isArray(items) ? items : void 0;
    }
  });
  const results = outcomes.flatMap((o) => resultsOf(o, options.mode === "fix"));
  if (options.selection) {
    const leftOut = outcomes.reduce((sum, o) => sum + (o.result.leftOut ?? 0), 0);
    results.push({
      message: leftOutNote(options.selection, leftOut).replace(/^headroom: /, "").trim(),
      severity: "info"
    });
  }
  const stdout = withResults(fixed, root, results);
  const failing = failingResults(outcomes, options.failOn);
  if (failing.length > 0) {
    const lines = failing.map((f) => `  ${f.severity}: ${describe(f)}`);
    return {
      code: 1,
      stdout,
      stderr: `headroom krm: ${failing.length} finding${failing.length === 1 ? "" : "s"} left at failOn ${options.failOn}:
${lines.join("\n")}
`
    };
  }
  return { code: 0, stdout, stderr: "" };
}
function failingResults(outcomes, failOn) {
  if (failOn === "never") return [];
  return outcomes.flatMap((o) => o.result.findings).filter(
    (f) => f.status !== "fixed" && (f.severity === "error" || failOn === "warning" && f.severity === "warning")
  );
}
function resultsOf(outcome, fixMode) {
  if (outcome.skipped) return [];
  const item = outcome.ref.data;
  const metadata = isRecord(item.metadata) ? item.metadata : {};
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
  const resourceRef = compact({
    apiVersion: str(item.apiVersion),
    kind: str(item.kind),
    name: str(metadata.name),
    namespace: str(metadata.namespace)
  });
  const filePath = str(annotations["internal.config.kubernetes.io/path"]) ?? str(annotations["config.kubernetes.io/path"]);
  const fileIndex = Number(
    annotations["internal.config.kubernetes.io/index"] ?? annotations["config.kubernetes.io/index"]
  );
  return outcome.result.findings.map((finding) => {
    const fixed = fixMode && finding.status === "fixed";
    const result = {
      message: fixed ? `fixed: ${finding.message}` : describe(finding),
      severity: fixed ? "info" : finding.severity,
      resourceRef
    };
    const change = finding.fix?.changes[0];
    if (change) {
      const current = valueAt(item, change.path);
      result.field = {
        path: fieldPath(change.path),
        ...current === void 0 ? {} : { currentValue: current },
        proposedValue: change.value
      };
    }
    if (filePath !== void 0)
      result.file = { path: filePath, ...Number.isInteger(fileIndex) ? { index: fileIndex } : {} };
    result.tags = {
      rule: finding.ruleId,
      ...finding.subject ? { container: finding.subject.container } : {},
      ...finding.status ? { status: finding.status } : {}
    };
    return result;
  });
}
function fieldPath(keys) {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
function valueAt(data, keys) {
  let current = data;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current === null || typeof current === "object" ? void 0 : current;
}
function withResults(text, root, results) {
  if (results.length === 0) return text;
  const existing = lookup(root, "results");
  let base = text;
  let previous = [];
  if (existing && !existing.via && existing.pair.keyNode) {
    const again = parseYaml({ path: "<ResourceList>", text });
    const data = again.ok ? again.file.documents[0]?.toData() : null;
    previous = Array.isArray(data?.results) ? data.results : [];
    const start = text.lastIndexOf("\n", existing.pair.range.start - 1) + 1;
    const eol2 = text.indexOf("\n", existing.pair.range.end);
    base = text.slice(0, start) + text.slice(eol2 === -1 ? text.length : eol2 + 1);
  }
  const eol = base.includes("\r\n") ? "\r\n" : "\n";
  const block = (0, import_yaml.stringify)({ results: [...previous, ...results] }, { lineWidth: 0 }).replace(/\n/g, eol);
  return (base.endsWith("\n") || base === "" ? base : base + eol) + block;
}
function compact(object) {
  for (const key of Object.keys(object)) if (object[key] === void 0) delete object[key];
  return object;
}
function str(value) {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/integrations/krm/legacy-plugin.ts
function runLegacyPlugin(configFile, stream) {
  const failed = (reason) => ({
    code: 1,
    stdout: "",
    stderr: `headroom (kustomize plugin): ${reason}
`
  });
  let options;
  try {
    let configText;
    try {
      configText = readFileSync(configFile, "utf8");
    } catch (error) {
      return failed(
        `cannot read the plugin config ${configFile}: ${error.code ?? error.message}`
      );
    }
    const config = parseData(configText);
    if (!config.ok)
      return failed(`the plugin config is not valid YAML (line ${config.problem.line}: ${config.problem.message})`);
    options = functionOptions(config.data, "HeadroomPolicy");
  } catch (error) {
    if (error instanceof FunctionConfigError || error instanceof ConfigError) return failed(error.message);
    throw error;
  }
  if (stream.trim() === "") return { code: 0, stdout: stream, stderr: "" };
  const parsed = parseYaml({ path: "<kustomize>", text: stream });
  if (!parsed.ok) {
    const problem = parsed.problems[0];
    return failed(
      `the resource stream is not valid YAML${problem ? ` (line ${problem.line}: ${problem.message})` : ""}`
    );
  }
  const refs = [];
  parsed.file.documents.forEach((document, position) => {
    const map = asMap(document.root);
    const data = document.toData();
    if (map && document.root?.type === "map" && data !== null && typeof data === "object" && !Array.isArray(data)) {
      refs.push({ node: map, data, position });
    }
  });
  const { text, outcomes } = fixObjects(stream, refs, {
    fix: options.mode === "fix",
    settings: options.settings,
    selection: options.selection,
    index: refs.length > 0 ? indexFile(parsed.file) : EMPTY_INDEX,
    path: "<kustomize>",
    objectsOf: (t) => {
      const again = parseYaml({ path: "<kustomize>", text: t });
      return again.ok ? again.file.documents.map((d) => d.toData()) : void 0;
    }
  });
  const results = outcomes.map((o) => o.result);
  const report = formatStylish(results, { mode: options.mode, quiet: false });
  const failing = failingResults(outcomes, options.failOn);
  const leftOut = outcomes.reduce((sum, o) => sum + (o.result.leftOut ?? 0), 0);
  const stderr = (report ? `${report}
` : "") + (options.selection ? leftOutNote(options.selection, leftOut) : "");
  if (failing.length > 0) {
    return {
      code: 1,
      stdout: text,
      stderr: `${stderr}headroom (kustomize plugin): ${failing.length} finding${failing.length === 1 ? "" : "s"} left at failOn ${options.failOn}
`
    };
  }
  return { code: 0, stdout: text, stderr };
}

// src/integrations/krm/command.ts
var KRM_HELP = `Usage: headroom krm [POLICY_FILE]

  Runs kube-headroom as a KRM function (kpt fn eval/render, kustomize --enable-exec): reads a
  config.kubernetes.io/v1 ResourceList on stdin, fixes sidecar memory limits in its items and writes the
  ResourceList with results to stdout. Options come from functionConfig: a ConfigMap
  (data: {headroom: "15%", drift: "1.22", mode: fix|check, failOn: error|warning|never}) or a
  headroom.io/v1 HeadroomPolicy (spec: the same keys and any .headroomrc setting).

  With POLICY_FILE it is a kustomize legacy exec transformer: a plain YAML stream on stdin, the
  transformed stream on stdout.

  Exits 1, with the reason on stderr, when findings at the failOn level remain.
`;
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function runKrm(argv) {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  if (args[0] === "--help" || args[0] === "-h") return { code: 0, stdout: KRM_HELP, stderr: "" };
  if (args[0]?.startsWith("-"))
    return { code: 1, stdout: "", stderr: `headroom krm: unknown option ${args[0]}
${KRM_HELP}` };
  const input = await readAll(process.stdin);
  if (args[0] !== void 0) return runLegacyPlugin(args[0], input);
  return runResourceList(input);
}
var krmCommand = {
  async run(argv, _io) {
    const outcome = await runKrm(argv);
    await write(process.stdout, outcome.stdout);
    await write(process.stderr, outcome.stderr);
    return outcome.code;
  }
};
function write(stream, text) {
  if (text === "") return Promise.resolve();
  return new Promise((resolve2, reject) => stream.write(text, (error) => error ? reject(error) : resolve2()));
}
export {
  KRM_HELP,
  krmCommand,
  runKrm
};
