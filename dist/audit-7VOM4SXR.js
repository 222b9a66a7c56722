#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  commandArgs
} from "./chunk-WEPBERXY.js";
import {
  UsageError
} from "./chunk-RYOY3W7Z.js";
import {
  scanIndex
} from "./chunk-3GH7NO6J.js";
import {
  discover
} from "./chunk-LAPEAGQ6.js";
import {
  ConfigResolver
} from "./chunk-SQEB3G2T.js";
import {
  loadAudit
} from "./chunk-FIMTELJK.js";
import "./chunk-J6OMOTEQ.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import {
  EXIT_CLEAN,
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import {
  classifyWorkload,
  extractWorkloads,
  prepare,
  withFullParse
} from "./chunk-PHH2QEL2.js";
import "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import {
  kindFits,
  workloadCandidates
} from "./chunk-T2PMIZ5N.js";
import {
  describeBytes,
  rational
} from "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/audit.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/audit/report.ts
function buildAuditReport(data, settings, manifests) {
  const evidence = settings.evidence;
  if (!evidence) throw new Error("buildAuditReport needs settings with evidence");
  const priorFor = (id) => settings.sidecars.find((s) => s.id === id)?.drift ?? evidence.options.prior ?? settings.drift;
  const rows = [];
  const unmatched = /* @__PURE__ */ new Map();
  const classIds = /* @__PURE__ */ new Set();
  const isKnownSidecar = (container, image) => settings.sidecars.some((s) => s.id === evidence.classOf(container, image));
  if (manifests === void 0) {
    const groups = /* @__PURE__ */ new Map();
    for (const i of data.instances) {
      const best = workloadCandidates(i.pod, i.hint)[0];
      if (!best) continue;
      const key = JSON.stringify([i.namespace, best.label, best.name, i.container]);
      if (!groups.has(key))
        groups.set(key, {
          namespace: i.namespace,
          name: best.name,
          kind: best.label,
          container: i.container,
          image: i.image
        });
      if (isKnownSidecar(i.container, i.image)) classIds.add(evidence.classOf(i.container, i.image));
    }
    for (const g of groups.values()) {
      const kind = g.kind.includes("/") || g.kind === "workload" ? void 0 : g.kind;
      const seen = evidence.container({ namespace: g.namespace, kind, workload: g.name, container: g.container });
      if (!seen) continue;
      const cls = isKnownSidecar(g.container, g.image) ? evidence.classOf(g.container, g.image) : void 0;
      rows.push(row(g.namespace, g.name, g.kind, g.container, cls, "guessed", void 0, seen));
    }
  } else {
    const byName = /* @__PURE__ */ new Map();
    for (const w of manifests) {
      const list = byName.get(w.name) ?? [];
      list.push(w);
      byName.set(w.name, list);
    }
    const claimed = /* @__PURE__ */ new Map();
    for (const i of data.instances) {
      const match = matchInstance(i, byName);
      if (!match) {
        addUnmatched(unmatched, i, `no workload in the manifests for pod ${i.pod}`);
        continue;
      }
      const declared = match.containers.find((c) => c.name === i.container);
      const injected = !declared && isKnownSidecar(i.container, i.image);
      if (!declared && !injected) {
        addUnmatched(
          unmatched,
          i,
          `${match.kind} ${match.namespace ? `${match.namespace}/` : ""}${match.name} has no container ${i.container}`
        );
        continue;
      }
      const container = declared ?? {
        name: i.container,
        sidecarClass: evidence.classOf(i.container, i.image),
        injected: true
      };
      if (container.sidecarClass) classIds.add(container.sidecarClass);
      const key = JSON.stringify([match.path, match.kind, match.namespace ?? i.namespace, match.name, i.container]);
      if (!claimed.has(key)) claimed.set(key, { workload: match, container, namespace: match.namespace ?? i.namespace });
    }
    for (const { workload, container, namespace } of claimed.values()) {
      if (!container) continue;
      const seen = evidence.container({
        namespace: workload.namespace,
        kind: workload.kind,
        workload: workload.name,
        container: container.name
      });
      if (!seen) continue;
      rows.push(
        row(
          namespace,
          workload.name,
          workload.kind,
          container.name,
          container.sidecarClass,
          container.injected ? "injected" : "manifest",
          workload.path,
          seen
        )
      );
    }
  }
  const classes = [];
  for (const id of [...classIds].sort()) {
    const found = evidence.sidecarClass(id, priorFor(id));
    if (found) classes.push(classRow(found));
  }
  rows.sort(
    (a, b) => compareKeys([a.namespace, a.workload, a.container, a.kind], [b.namespace, b.workload, b.container, b.kind])
  );
  const unmatchedRows = [...unmatched.values()].map((u) => ({ ...u.row, pods: u.pods, points: u.points })).sort((a, b) => compareKeys([a.namespace, a.workload, a.container], [b.namespace, b.workload, b.container]));
  const o = evidence.options;
  return {
    sources: data.files.map((f) => ({
      path: f.path,
      format: f.format,
      records: f.records,
      samples: f.samples,
      dropped: f.dropped
    })),
    classes,
    containers: rows,
    unmatched: unmatchedRows,
    settings: {
      k: o.k,
      minPoints: o.minPoints,
      minSpanHours: o.minSpanHours,
      minInstances: o.minInstances,
      percentile: o.percentile
    }
  };
}
function matchInstance(i, byName) {
  for (const candidate of workloadCandidates(i.pod, i.hint)) {
    for (const w of byName.get(candidate.name) ?? []) {
      if (w.namespace !== void 0 && w.namespace !== i.namespace) continue;
      if (kindFits(candidate, w.kind)) return w;
    }
  }
  return void 0;
}
function addUnmatched(into, i, reason) {
  const workload = workloadCandidates(i.pod, i.hint)[0]?.name ?? i.pod;
  const key = JSON.stringify([i.namespace, workload, i.container]);
  const entry = into.get(key) ?? {
    row: { namespace: i.namespace, workload, container: i.container, examplePod: i.pod, reason },
    pods: 0,
    points: 0
  };
  entry.pods++;
  entry.points += i.points;
  into.set(key, entry);
}
function row(namespace, workload, kind, container, cls, match, manifest, seen) {
  return {
    namespace,
    workload,
    kind,
    container,
    ...cls === void 0 ? {} : { class: cls },
    match,
    ...manifest === void 0 ? {} : { manifest },
    instances: seen.instances,
    points: seen.points,
    spanHours: Math.round(seen.spanHours * 100) / 100,
    observedPeakBytes: seen.observedPeakBytes,
    enough: seen.enough,
    reason: seen.reason,
    ...seen.oom ? {
      oom: {
        pods: seen.oom.pods,
        limitBytes: seen.oom.limitBytes,
        limitFrom: seen.oom.limitFrom,
        floorBytes: Number(seen.oom.floorBytes)
      }
    } : {}
  };
}
function classRow(c) {
  return {
    class: c.class,
    instances: c.instances,
    points: c.points,
    paired: c.paired,
    reference: c.reference,
    estimate: round2(c.estimate),
    ciLow: round2(c.ciLow),
    ciHigh: round2(c.ciHigh),
    prior: c.prior.text,
    applied: Number(c.applied.text),
    reason: c.reason
  };
}
function round2(value) {
  return value === null ? null : Math.round(value * 100 + 1e-9) / 100;
}
function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// src/report/audit-json.ts
var AUDIT_REPORT_VERSION = 1;
function formatAuditJson(report, meta) {
  return JSON.stringify(
    {
      classes: report.classes,
      containers: report.containers,
      unmatched: report.unmatched,
      version: AUDIT_REPORT_VERSION,
      tool: { name: "kube-headroom", version: meta.version },
      sources: report.sources,
      settings: report.settings
    },
    null,
    2
  );
}

// src/report/audit-text.ts
function bytes(n) {
  return describeBytes(rational(BigInt(Math.ceil(n))));
}
function fixed(value) {
  return value === null ? "\u2013" : value.toFixed(2);
}
function count(n) {
  return n.toLocaleString("en-US");
}
function sourcesLine(report) {
  const samples = report.sources.reduce((sum, s) => sum + s.samples, 0);
  const byFormat = /* @__PURE__ */ new Map();
  for (const s of report.sources) byFormat.set(s.format, (byFormat.get(s.format) ?? 0) + 1);
  const formats = [...byFormat].map(([f, n]) => `${n} ${f}`).join(", ");
  return `${report.sources.length} file${report.sources.length === 1 ? "" : "s"} (${formats}), ${count(samples)} samples`;
}
function driftSummary(c) {
  if (c.estimate === null) return `drift ${c.prior} (prior)`;
  return `drift ${c.applied.toFixed(2)} (estimate ${fixed(c.estimate)} from ${c.paired} pods, 90% CI ${fixed(c.ciLow)}\u2013${fixed(c.ciHigh)})`;
}
function observedSummary(c) {
  return c.enough ? `observed peak ${bytes(c.observedPeakBytes)}` : `observed peak ${bytes(c.observedPeakBytes)}, not used`;
}
function oomSummary(c) {
  if (!c.oom) return void 0;
  const at = c.oom.limitFrom === "limit" ? `at limit ${bytes(c.oom.limitBytes)}` : `at ${bytes(c.oom.limitBytes)} (no limit in the data; largest memory seen)`;
  return `OOM-killed ${at} in ${c.oom.pods} pod${c.oom.pods === 1 ? "" : "s"}: limit must be \u2265 ${bytes(c.oom.floorBytes)}`;
}
function workloadName(c) {
  return `${c.namespace}/${c.workload}`;
}

// src/report/audit-markdown.ts
function formatAuditMarkdown(report) {
  const out = ["## headroom audit", "", `Measured from ${sourcesLine(report)}.`, ""];
  out.push("### Sidecar drift", "");
  if (report.classes.length === 0) {
    out.push("No sidecar containers in the data.", "");
  } else {
    out.push(
      "| Class | Pods | Paired | Points | Estimate (p90) | 90% CI | Prior | Applied | Why |",
      "|---|--:|--:|--:|--:|:-:|--:|--:|---|"
    );
    for (const c of report.classes) {
      const ci = c.estimate === null ? "\u2013" : `${fixed(c.ciLow)}\u2013${fixed(c.ciHigh)}`;
      out.push(
        `| \`${cell(c.class)}\` | ${c.instances} | ${c.paired} | ${count(c.points)} | ${fixed(c.estimate)} | ${ci} | ${c.prior} | **${c.applied.toFixed(2)}** | ${cell(c.reason)} |`
      );
    }
    out.push("");
  }
  out.push("### Workload containers", "");
  if (report.containers.length === 0) {
    out.push("No workload container in the data.", "");
  } else {
    out.push(
      "| Workload | Container | Pods | Points | Span | Observed peak | Used | Notes |",
      "|---|---|--:|--:|--:|--:|:-:|---|"
    );
    for (const c of report.containers) {
      const kind = c.match === "guessed" ? `${c.kind}?` : c.kind;
      const notes = [c.match === "injected" ? "injected" : "", c.enough ? "" : c.reason, oomSummary(c) ?? ""].filter(Boolean).join("; ");
      out.push(
        `| ${cell(`${c.namespace}/${c.workload}`)} (${cell(kind)}) | \`${cell(c.container)}\` | ${c.instances} | ${count(c.points)} | ${c.spanHours.toFixed(1)} h | ${bytes(c.observedPeakBytes)} | ${c.enough ? "yes" : "no"} | ${cell(notes)} |`
      );
    }
    out.push("");
  }
  if (report.unmatched.length > 0) {
    out.push(
      "### Unmatched",
      "",
      "| Namespace | Workload (from pod names) | Container | Pods | Points | Why |",
      "|---|---|---|--:|--:|---|"
    );
    for (const u of report.unmatched)
      out.push(
        `| ${cell(u.namespace)} | ${cell(u.workload)} | \`${cell(u.container)}\` | ${u.pods} | ${count(u.points)} | ${cell(u.reason)} |`
      );
    out.push("");
  }
  const s = report.settings;
  out.push(
    `<sub>Observed baselines need \u2265${s.minPoints} points over \u2265${s.minSpanHours} h; drift estimates need \u2265${s.minInstances} pods with peak or usage paired with the working set, and are shrunk toward the prior with k = ${s.k}.</sub>`
  );
  return `${out.join("\n")}
`;
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/report/audit-stylish.ts
function formatAuditStylish(report) {
  const lines = [`audit data: ${sourcesLine(report)}`, ""];
  lines.push("sidecar drift (kernel-charged memory / working set)");
  if (report.classes.length === 0) lines.push("  no sidecar containers in the data");
  const classWidth = Math.max(8, ...report.classes.map((c) => c.class.length));
  for (const c of report.classes) {
    lines.push(`  ${c.class.padEnd(classWidth)}  ${driftSummary(c)}; ${c.instances} pods, ${count(c.points)} points`);
    lines.push(`  ${"".padEnd(classWidth)}  ${c.reason}`);
  }
  lines.push("", "workload containers");
  if (report.containers.length === 0) lines.push("  none");
  const nameWidth = Math.max(10, ...report.containers.map((c) => `${workloadName(c)} ${c.container}`.length));
  for (const c of report.containers) {
    const name = `${workloadName(c)} ${c.container}`.padEnd(nameWidth);
    const kind = c.match === "guessed" ? `${c.kind}?` : c.match === "injected" ? `${c.kind}, injected` : c.kind;
    lines.push(`  ${name}  ${observedSummary(c)} (${kind}); ${c.reason}`);
    const oom = oomSummary(c);
    if (oom) lines.push(`  ${"".padEnd(nameWidth)}  ${oom}`);
  }
  if (report.unmatched.length > 0) {
    lines.push("", "unmatched (not in the manifests)");
    for (const u of report.unmatched) {
      lines.push(
        `  ${workloadName(u)} ${u.container}: ${u.pods} pod${u.pods === 1 ? "" : "s"}, ${count(u.points)} points; ${u.reason}`
      );
    }
  }
  const s = report.settings;
  lines.push(
    "",
    `evidence needed: \u2265${s.minPoints} points over \u2265${s.minSpanHours} h per container for an observed baseline; \u2265${s.minInstances} pods with peak or usage per class for a drift estimate (prior weight k = ${s.k})`
  );
  return `${lines.join("\n")}
`;
}

// src/cli/commands/audit.ts
var AUDIT_FORMATS = ["stylish", "json", "markdown"];
var AUDIT_HELP = `Usage: headroom audit FILE... [options]

  What audit data says before any limit changes: per sidecar class the measured drift
  (kernel-charged memory / working set) with its 90% interval and the value check/fix
  would apply; per workload container the observed peak working set and OOM kills.

FILE is a kubelet /stats/summary snapshot (object, array or NDJSON, as headroom collect
writes), a Prometheus API response (vector or matrix) or samples ({"version": 1, ...} or
NDJSON); the format is detected from the content.

Options:
  -f, --format <name>     stylish (default), json or markdown (for PR comments)
  -m, --manifests <path>  match pods to the workloads in these manifests (repeatable);
                          samples no manifest claims are listed as unmatched
  -c, --config <file>     config file (rc file or ConfigMap manifest); default: nearest .headroomrc*
      --drift <n>         drift prior (default: the config's, else 1.22)
      --metric <name>     Prometheus reference metric besides container_memory_max_usage_bytes
  -h, --help              this help

Exit codes: 0 report printed, 2 usage, config or audit-data error.
`;
async function run(argv, io) {
  const parsed = commandArgs(
    "audit",
    argv,
    {
      format: { type: "string", short: "f" },
      manifests: { type: "string", short: "m", multiple: true },
      config: { type: "string", short: "c" },
      drift: { type: "string" },
      metric: { type: "string" }
    },
    AUDIT_HELP,
    true
  );
  if (!parsed) return EXIT_CLEAN;
  const { values, positionals } = parsed;
  const format = values.format ?? "stylish";
  if (!AUDIT_FORMATS.includes(format))
    throw new UsageError(`audit: --format must be one of ${AUDIT_FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
  if (positionals.length === 0)
    throw new UsageError("audit: name at least one audit file (kubelet summary, Prometheus response or samples)");
  let data;
  try {
    data = await loadAudit(positionals, { cwd: io.cwd, metric: values.metric });
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error;
    process.stderr.write(`headroom: invalid audit data ${error.message}
`);
    return EXIT_USAGE;
  }
  const overrides = values.drift === void 0 ? {} : { drift: values.drift };
  const settings = new ConfigResolver(io.cwd, overrides, values.config, data).forFile(void 0).settings;
  const manifests = values.manifests ? await readManifests(values.manifests, io.cwd, settings) : void 0;
  const report = buildAuditReport(data, settings, manifests);
  const text = format === "json" ? `${formatAuditJson(report, { version: io.version })}
` : format === "markdown" ? formatAuditMarkdown(report) : formatAuditStylish(report);
  process.stdout.write(text);
  return EXIT_CLEAN;
}
async function readManifests(paths, cwd, settings) {
  const found = await discover(paths, cwd);
  if (found.missing.length > 0)
    throw new UsageError(`audit: no such file, folder or matching manifest: ${found.missing.join(", ")}`);
  const index = await scanIndex(found.files, cwd);
  const out = [];
  for (const file of found.files) {
    const text = await readFile(path.resolve(cwd, file), "utf8").catch(() => void 0);
    if (text === void 0) continue;
    const prepared = prepare({ path: file, text });
    if (!prepared.ok) continue;
    for (const workload of withFullParse(
      prepared.file,
      (parsed) => extractWorkloads(parsed, settings.kinds),
      () => []
    )) {
      const classified = classifyWorkload(workload, settings, index);
      out.push({
        path: file,
        kind: workload.kind,
        name: workload.name,
        namespace: workload.namespace,
        containers: [
          ...classified.classified.filter((c) => c.name !== void 0).map((c) => ({ name: c.name, sidecarClass: c.role === "sidecar" ? c.sidecarClass : void 0 })),
          ...classified.injected.map((s) => ({
            name: s.injector.container,
            sidecarClass: s.injector.container,
            injected: true
          }))
        ]
      });
    }
  }
  return out;
}
export {
  AUDIT_FORMATS,
  AUDIT_HELP,
  run
};
