#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  package_default
} from "./chunk-JGHUT55P.js";
import {
  FILE_FINDINGS
} from "./chunk-AENQFEB3.js";
import {
  RULES
} from "./chunk-YB4YLNZB.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var RULES_DOC = `${package_default.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/docs/rules.md`;
var DOCUMENTED = /* @__PURE__ */ new Set([
  ...RULES.map((rule) => rule.meta.id),
  ...FILE_FINDINGS.map((meta) => meta.id)
]);
function levelOf(severity) {
  return severity === "info" ? "note" : severity;
}
var sarifFormat = {
  stream: "stdout",
  format: (results, c) => formatSarif(results, { command: c.command, dryRun: c.dryRun, version: c.version, cwd: c.cwd })
};
function formatSarif(results, options) {
  return JSON.stringify(
    buildSarif(results, options),
    (_key, value) => typeof value === "bigint" ? value.toString() : value,
    2
  );
}
function buildSarif(results, options) {
  const rules = [
    ...RULES.map((rule) => descriptor(rule.meta.id, rule.meta.description, rule.meta.severity, rule.meta.fixable)),
    ...FILE_FINDINGS.map((meta) => descriptor(meta.id, meta.description, meta.severity, false, meta.help))
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id) => {
    const known = index.get(id);
    if (known !== void 0) return known;
    rules.push(descriptor(id, `kube-headroom ${id}`, "error", false));
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
            informationUri: package_default.homepage,
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
function descriptor(id, description, severity, fixable, advice) {
  const helpUri = DOCUMENTED.has(id) ? `${RULES_DOC}#${id}` : RULES_DOC;
  const fix = (fixable ? " `headroom fix` rewrites the manifest with a byte-exact edit." : "") + (advice ? ` ${advice}` : "");
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description}${fixable ? " Fixable with `headroom fix`." : ""}` },
    help: {
      text: `${description}${fix}
See ${helpUri}`,
      markdown: `${description}${fix}

[Documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: levelOf(severity) },
    properties: { tags: ["kubernetes", "memory", "reliability"], fixable }
  };
}
function resultOf(finding, result, ruleIndex, cwd) {
  const artifactLocation = artifactOf(finding.path, cwd);
  const region = {
    startLine: finding.line,
    startColumn: finding.col,
    endLine: finding.endLine,
    endColumn: finding.endCol
  };
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
    out.partialFingerprints = {
      "kubeHeadroomSubject/v1": hash([finding.ruleId, finding.path, qualified, s.container].join("\0"))
    };
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
  if (!edits || edits.length === 0 || !parsed || finding.status !== void 0 && finding.status !== "fixed")
    return void 0;
  const replacements = edits.map((edit) => {
    const start = parsed.position(edit.range.start);
    const end = parsed.position(edit.range.end);
    return {
      deletedRegion: { startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col },
      insertedContent: { text: edit.text }
    };
  });
  return {
    description: { text: "Raise the memory limit (headroom fix)" },
    artifactChanges: [{ artifactLocation, replacements }]
  };
}
function artifactOf(file, cwd) {
  if (file === "<stdin>") return { description: { text: "standard input" } };
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
    return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeSegment).join("/"), uriBaseId: SRCROOT };
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

export {
  SARIF_SCHEMA_URI,
  SRCROOT,
  RULES_DOC,
  levelOf,
  sarifFormat,
  formatSarif,
  buildSarif,
  artifactOf
};
