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
  FILE_HEADERS_ONLY,
  createTwoFilesPatch
} from "./chunk-HU3ZHN2A.js";
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
  EXIT_FINDINGS,
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import {
  require_dist
} from "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import {
  add,
  formatDecimal,
  mul,
  rational
} from "./chunk-MTGXENKW.js";
import {
  __toESM
} from "./chunk-7SZVRMJ5.js";

// src/cli/commands/rules.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/alerts/label-regex.ts
var PatternError = class extends Error {
};
function quoteMeta(text) {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function patternRegex(pattern, mode) {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (!re) return mode === "exact" ? quoteMeta(pattern) : `.*${quoteMeta(pattern)}.*`;
  const body = re2Body(re[1], pattern);
  const flags = re2Flags(re[2], pattern);
  const search = `.*(?:${body}).*`;
  return flags === "" ? search : `(?${flags}:${search})`;
}
function patternsRegex(patterns, mode) {
  if (patterns.length === 0) return void 0;
  return [...new Set(patterns.map((p) => patternRegex(p, mode)))].sort().join("|");
}
function re2Flags(flags, pattern) {
  let out = "";
  for (const flag of new Set(flags)) {
    if (flag === "i" || flag === "s" || flag === "m") out += flag;
    else if (flag === "v") throw new PatternError(`pattern ${pattern}: the v flag has no RE2 (Prometheus) equivalent`);
  }
  return [...out].sort().join("");
}
function re2Body(source, pattern) {
  const unsupported = (what) => new PatternError(
    `pattern ${pattern}: ${what} cannot be expressed in RE2, the regex syntax of Prometheus label matchers; rewrite the pattern without it`
  );
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1];
      if (next === void 0) throw unsupported("a trailing backslash");
      if (/[1-9]/.test(next) || next === "k") throw unsupported("a backreference");
      if (next === "c") throw unsupported("a control escape (\\c)");
      if (next === "/") {
        out += "/";
        i++;
        continue;
      }
      if (next === "0") {
        out += "\\x00";
        i++;
        continue;
      }
      if (next === "u") {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(source.slice(i + 2));
        const plain = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2));
        if (braced) {
          out += `\\x{${braced[1]}}`;
          i += 1 + braced[0].length;
          continue;
        }
        if (plain) {
          out += `\\x{${plain[0]}}`;
          i += 5;
          continue;
        }
        throw unsupported("a malformed \\u escape");
      }
      out += c + next;
      i++;
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      const rest = source.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) throw unsupported("a lookahead or lookbehind");
      const named = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        out += `(?P<${named[1]}>`;
        i += 1 + named[0].length;
        continue;
      }
    }
    out += c;
  }
  return out;
}
function promqlString(value) {
  return JSON.stringify(value);
}

// src/alerts/classes.ts
function alertModel(settings) {
  const sources = settings.sidecars.map((cls) => ({ cls, patterns: patternsOf(cls.patterns, `sidecar class ${cls.id}`) }));
  const classes = sources.map(({ cls, patterns }, i) => {
    const earlier = sources.slice(0, i).map((s) => s.patterns);
    const { drift, driftSource } = driftOf(cls, settings);
    const headroom = cls.headroom ?? settings.headroom;
    const onePlus = add(rational(1n), headroom.value);
    return {
      id: cls.id,
      drift,
      driftSource,
      headroom,
      multiplier: formatDecimal(mul(drift.value, onePlus), 30),
      headroomFactor: formatDecimal(onePlus, 30),
      names: regex(patterns.names, "exact", `sidecar class ${cls.id}`),
      images: regex(patterns.images, "substring", `sidecar class ${cls.id}`),
      earlierNames: regex(
        earlier.flatMap((p) => p.names),
        "exact",
        "sidecars"
      ),
      earlierImages: regex(
        earlier.flatMap((p) => p.images),
        "substring",
        "sidecars"
      )
    };
  });
  const exclude = patternsOf(settings.exclude.patterns, "exclude");
  const helpers = patternsOf(settings.helpers.patterns, "helpers");
  return {
    classes: classes.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    allNames: regex(
      sources.flatMap((s) => s.patterns.names),
      "exact",
      "sidecars"
    ),
    allImages: regex(
      sources.flatMap((s) => s.patterns.images),
      "substring",
      "sidecars"
    ),
    excludeNames: regex(exclude.names, "exact", "exclude"),
    excludeImages: regex(exclude.images, "substring", "exclude"),
    helperNames: regex(helpers.names, "exact", "helpers"),
    helperImages: regex(helpers.images, "substring", "helpers")
  };
}
function driftOf(cls, settings) {
  const evidence = settings.evidence;
  const configured = cls.drift ?? settings.drift;
  const from = cls.drift ? "class setting" : "global setting";
  if (!evidence) return { drift: configured, driftSource: from };
  const prior = cls.drift ?? evidence.options.prior ?? settings.drift;
  const found = evidence.sidecarClass(cls.id, prior);
  if (!found) return { drift: prior, driftSource: `prior; the audit data has no ${cls.id} container` };
  return { drift: found.applied, driftSource: `audit: ${found.note}` };
}
function patternsOf(patterns, what) {
  if (!patterns) throw new Error(`${what}: settings carry no pattern sources (built outside resolveSettings)`);
  return patterns;
}
function regex(patterns, mode, where) {
  try {
    return patternsRegex(patterns, mode);
  } catch (error) {
    if (error instanceof PatternError) throw new PatternError(`${where}: ${error.message}`);
    throw error;
  }
}

// src/alerts/render.ts
var import_yaml = __toESM(require_dist(), 1);
var RULE_FORMATS = ["prometheusrule", "prometheus"];
function renderRules(groups, model, options) {
  const plain = { groups: groups.map(groupData) };
  const document = options.format === "prometheus" ? plain : {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: {
      name: options.name,
      ...options.namespace === void 0 ? {} : { namespace: options.namespace },
      labels: sortedRecord({ "app.kubernetes.io/managed-by": "kube-headroom", ...options.labels })
    },
    spec: plain
  };
  return header(model) + (0, import_yaml.stringify)(document, { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
}
function groupData(group) {
  return { name: group.name, ...group.interval ? { interval: group.interval } : {}, rules: group.rules.map(ruleData) };
}
function ruleData(rule) {
  if ("record" in rule)
    return { record: rule.record, expr: rule.expr, ...rule.labels ? { labels: sortedRecord(rule.labels) } : {} };
  return {
    alert: rule.alert,
    expr: rule.expr,
    ...rule.for ? { for: rule.for } : {},
    labels: sortedRecord(rule.labels),
    annotations: {
      summary: rule.annotations.summary,
      description: rule.annotations.description,
      runbook_url: rule.annotations.runbook_url
    }
  };
}
function sortedRecord(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function header(model) {
  const lines = [
    "Generated by `headroom rules` (kube-headroom) from the same config check/fix use. Do not edit:",
    "change the config and regenerate; `headroom rules --check FILE` fails in CI when this file is stale.",
    "Needs cAdvisor metrics (kubelet /metrics/cadvisor) and kube-state-metrics. See docs/playbook.md.",
    "drift \xD7 (1 + headroom) per sidecar class:"
  ];
  for (const cls of model.classes) {
    lines.push(`  ${cls.id}: ${cls.drift.text} \xD7 ${cls.headroomFactor} = ${cls.multiplier} (drift: ${cls.driftSource})`);
  }
  return `${lines.map((line) => `# ${line}`.trimEnd()).join("\n")}
`;
}

// src/alerts/selectors.ts
var CONTAINER_INFO = ["kube_pod_container_info", "kube_pod_init_container_info"];
var CADVISOR_CONTAINERS = ['container!=""', 'container!="POD"'];
function podLabels(labels) {
  return [...labels.join, "namespace", "pod"].join(", ");
}
function containerLabels(labels) {
  return [...labels.join, "namespace", "pod", "container"].join(", ");
}
function matcher(label, op, regex2) {
  return regex2 === void 0 ? [] : [`${label}${op}${promqlString(regex2)}`];
}
function selector(metric, matchers) {
  return matchers.length === 0 ? metric : `${metric}{${matchers.join(", ")}}`;
}
function excluded(model) {
  return [...matcher("container", "!~", model.excludeNames), ...matcher("image", "!~", model.excludeImages)];
}
function classMatchers(cls, model) {
  const sets = [];
  if (cls.names !== void 0)
    sets.push([
      ...matcher("container", "=~", cls.names),
      ...matcher("container", "!~", cls.earlierNames),
      ...excluded(model)
    ]);
  if (cls.images !== void 0) {
    sets.push([
      ...matcher("container", "!~", model.allNames),
      ...matcher("image", "=~", cls.images),
      ...matcher("image", "!~", cls.earlierImages),
      ...excluded(model)
    ]);
  }
  return sets;
}
function appMatchers(model) {
  return [
    [
      ...matcher("container", "!~", model.allNames),
      ...matcher("image", "!~", model.allImages),
      ...matcher("container", "!~", model.helperNames),
      ...matcher("image", "!~", model.helperImages)
    ],
    matcher("container", "=~", model.excludeNames),
    matcher("image", "=~", model.excludeImages)
  ].filter((set, i) => i === 0 || set.length > 0);
}
function union(terms, indent) {
  return terms.join(`
${indent}or
${indent}`);
}

// src/alerts/rules.ts
var RECORD = {
  appContainers: "headroom:pod_app_containers:count",
  sidecar: "headroom:sidecar_container:info",
  workingSet: "headroom:sidecar_working_set_bytes",
  limit: "headroom:sidecar_memory_limit_bytes",
  drift: "headroom:sidecar_memory_drift:ratio",
  classDrift: "headroom:sidecar_class_memory_drift:p90",
  classPods: "headroom:sidecar_class_memory_drift:pods"
};
var ALERTS = {
  eaten: "SidecarMemoryHeadroomEaten",
  near: "SidecarMemoryNearLimit",
  unbounded: "SidecarMemoryUnbounded",
  oom: "SidecarOOMKilled"
};
var FOR = { eaten: "15m", near: "5m", unbounded: "1h" };
var RESTART_WINDOW = "10m";
var DRIFT_WINDOW = "1h";
function ruleGroups(model, options) {
  return [sidecarGroup(model, options.joins), driftGroup(options.joins), alertGroup(model, options)];
}
function sidecarGroup(model, labels) {
  const pod = podLabels(labels);
  const ctr = containerLabels(labels);
  const app = appMatchers(model).map((m) => selector("kube_pod_container_info", m));
  const rules = [{ record: RECORD.appContainers, expr: `count by (${pod}) (
  ${union(app, "  ")}
)` }];
  for (const cls of model.classes) {
    const terms = CONTAINER_INFO.flatMap((metric) => classMatchers(cls, model).map((m) => selector(metric, m)));
    if (terms.length === 0) continue;
    rules.push({
      record: RECORD.sidecar,
      expr: `group by (${ctr}) (
  ${union(terms, "  ")}
)
and on (${pod})
${RECORD.appContainers}`,
      labels: { sidecar_class: cls.id }
    });
  }
  rules.push({
    record: RECORD.workingSet,
    expr: `max by (${ctr}) (${selector("container_memory_working_set_bytes", CADVISOR_CONTAINERS)})
* on (${ctr}) group_left (sidecar_class)
${RECORD.sidecar}`
  });
  const limits = CONTAINER_INFO.map(
    (metric) => selector(metric.replace(/_info$/, "_resource_limits"), ['resource="memory"'])
  );
  rules.push({
    record: RECORD.limit,
    expr: `max by (${ctr}) (
  ${union(limits, "  ")}
)
* on (${ctr}) group_left (sidecar_class)
${RECORD.sidecar}`
  });
  return { name: "kube-headroom.sidecars", rules };
}
function driftGroup(labels) {
  const ctr = containerLabels(labels);
  const maxOver = (metric) => `max by (${ctr}) (max_over_time(${selector(metric, CADVISOR_CONTAINERS)}[${DRIFT_WINDOW}]))`;
  const expr = `(
  ${maxOver("container_memory_max_usage_bytes")} > 0
  or
  ${maxOver("container_memory_usage_bytes")}
)
/ on (${ctr})
(${maxOver("container_memory_working_set_bytes")} > 0)
* on (${ctr}) group_left (sidecar_class)
${RECORD.sidecar}`;
  const byClass = [...labels.join, "sidecar_class"].join(", ");
  return {
    name: "kube-headroom.drift",
    interval: "5m",
    rules: [
      { record: RECORD.drift, expr },
      { record: RECORD.classDrift, expr: `quantile by (${byClass}) (0.9, ${RECORD.drift})` },
      { record: RECORD.classPods, expr: `count by (${byClass}) (${RECORD.drift})` }
    ]
  };
}
function alertGroup(model, options) {
  const ctr = containerLabels(options.joins);
  const where = "{{ $labels.container }} ({{ $labels.sidecar_class }}) in {{ $labels.namespace }}/{{ $labels.pod }}";
  const runbook = (alert) => `${options.runbook}#${alert.toLowerCase()}`;
  const rules = [];
  const perClass = (cls) => `${RECORD.workingSet}{sidecar_class=${promqlString(cls.id)}}`;
  for (const cls of model.classes) {
    rules.push({
      alert: ALERTS.eaten,
      expr: `${perClass(cls)} * ${cls.multiplier}
> on (${ctr}) group_left ()
${RECORD.limit}`,
      for: FOR.eaten,
      labels: { severity: "warning", sidecar_class: cls.id },
      annotations: {
        summary: `Sidecar ${where} has no memory headroom left`,
        description: `Working set \xD7 drift ${cls.drift.text} \xD7 headroom ${cls.headroomFactor} = {{ $value | humanize1024 }}B, above the memory limit of ${where} for ${FOR.eaten}. The kernel charges about ${cls.drift.text}\xD7 the working set kubelet reports, so the limit no longer has the headroom the repo asks for. Raise it (headroom fix --audit) before the working set grows into an OOM kill.`,
        runbook_url: runbook(ALERTS.eaten)
      }
    });
    rules.push({
      alert: ALERTS.near,
      expr: `${perClass(cls)} * ${cls.drift.text}
> on (${ctr}) group_left ()
${RECORD.limit}`,
      for: FOR.near,
      labels: { severity: "critical", sidecar_class: cls.id },
      annotations: {
        summary: `Sidecar ${where} is at its memory limit: an OOM kill is imminent`,
        description: `Working set \xD7 drift ${cls.drift.text} = {{ $value | humanize1024 }}B, above the memory limit of ${where} for ${FOR.near}: what the kernel charges has reached the limit. Raise the limit now; when a mesh or database proxy dies, its pod loses its traffic path.`,
        runbook_url: runbook(ALERTS.near)
      }
    });
  }
  rules.push({
    alert: ALERTS.unbounded,
    expr: `${RECORD.workingSet}
unless on (${ctr})
${RECORD.limit}`,
    for: FOR.unbounded,
    labels: { severity: "warning" },
    annotations: {
      summary: `Sidecar ${where} has no memory limit`,
      description: `kube-state-metrics reports no memory limit for ${where}; its working set is {{ $value | humanize1024 }}B. Without a limit a leaking sidecar grows until the node runs out of memory. Set one from measurements (headroom audit), never from a guess.`,
      runbook_url: runbook(ALERTS.unbounded)
    }
  });
  const reason = CONTAINER_INFO.map(
    (m) => `${selector(m.replace(/_info$/, "_status_last_terminated_reason"), ['reason="OOMKilled"'])} == 1`
  );
  const restarts = CONTAINER_INFO.map(
    (m) => `increase(${m.replace(/_info$/, "_status_restarts_total")}[${RESTART_WINDOW}]) > 0`
  );
  rules.push({
    alert: ALERTS.oom,
    expr: `(${RECORD.limit} or ${RECORD.sidecar} * 0)
and on (${ctr})
(${reason.join(" or ")})
and on (${ctr})
(${restarts.join(" or ")})`,
    labels: { severity: "critical" },
    annotations: {
      summary: `Sidecar ${where} was OOM-killed`,
      description: `${where} restarted in the last ${RESTART_WINDOW} and its last termination was OOMKilled, {{ if eq $value 0.0 }}with no memory limit (the node or pod ran out of memory). Set one from measurements that include the kill (headroom audit).{{ else }}at its memory limit {{ $value | humanize1024 }}B. The next limit must be at least max(L + 100Mi, 1.2 \xD7 L): headroom fix --audit applies it from the kill in the audit data.{{ end }}`,
      runbook_url: runbook(ALERTS.oom)
    }
  });
  return { name: "kube-headroom.alerts", rules };
}

// src/alerts/generate.ts
function generateRules(settings, options) {
  const model = alertModel(settings);
  return renderRules(ruleGroups(model, options), model, options);
}
function staleDiff(file, committed, generated) {
  if (committed.replace(/\r\n/g, "\n") === generated) return void 0;
  return createTwoFilesPatch(file, `${file} (generated)`, committed, generated, void 0, void 0, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  });
}

// src/cli/commands/rules.ts
var DEFAULT_RUNBOOK = "https://github.com/kube-headroom/kube-headroom/blob/main/docs/playbook.md";
var RULES_HELP = `Usage: headroom rules [options]

  Prometheus rules that watch at run time what check/fix guard in git: recording rules
  for sidecar containers, their limits and measured drift per class, and alerts when a
  sidecar's working set \xD7 drift \xD7 (1 + headroom) is above its limit, when the
  drift-corrected working set is above the limit itself, when a sidecar has no limit,
  and when one was OOM-killed. Sidecar classes, patterns, excludes, drift and headroom
  come from the same config (nearest .headroomrc* from the working folder).

Options:
  -f, --format <name>     prometheusrule (default: a monitoring.coreos.com/v1 PrometheusRule
                          for prometheus-operator) or prometheus (a plain rule file)
      --check <file>      compare FILE with what would be generated: exit 0 when current,
                          1 with a diff when stale
  -c, --config <file>     config file (rc file or ConfigMap manifest)
      --headroom <n>      headroom (default: the config's, else 0.15)
      --drift <n>         drift (default: the config's, else 1.22)
      --audit <file>      measurements (repeatable): drift per class from the evidence
      --metric <name>     Prometheus reference metric besides container_memory_max_usage_bytes
      --join-label <l>    also join on this label (repeatable), e.g. cluster behind Thanos
      --runbook-url <u>   where docs/playbook.md is served (default: on GitHub)
      --name <name>       PrometheusRule metadata.name (default kube-headroom)
      --rule-namespace <ns>  PrometheusRule metadata.namespace (default: none, kubectl's)
      --label <k=v>       PrometheusRule metadata label (repeatable), e.g. what your
                          Prometheus's ruleSelector matches: --label release=kube-prometheus-stack
  -h, --help              this help

Exit codes: 0 rules printed (or --check: current), 1 --check: stale,
2 usage, config or audit-data error.
`;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
async function run(argv, io) {
  const parsed = commandArgs(
    "rules",
    argv,
    {
      format: { type: "string", short: "f" },
      check: { type: "string" },
      config: { type: "string", short: "c" },
      headroom: { type: "string" },
      drift: { type: "string" },
      audit: { type: "string", multiple: true },
      metric: { type: "string" },
      "join-label": { type: "string", multiple: true },
      "runbook-url": { type: "string" },
      name: { type: "string" },
      "rule-namespace": { type: "string" },
      label: { type: "string", multiple: true }
    },
    RULES_HELP,
    false
  );
  if (!parsed) return EXIT_CLEAN;
  const { values } = parsed;
  const format = values.format ?? "prometheusrule";
  if (!RULE_FORMATS.includes(format))
    throw new UsageError(`rules: --format must be one of ${RULE_FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
  if (values.metric !== void 0 && (values.audit ?? []).length === 0)
    throw new UsageError("rules: --metric only applies with --audit FILE");
  const join = values["join-label"] ?? [];
  for (const label of join) {
    if (!LABEL_NAME.test(label) || ["namespace", "pod", "container"].includes(label)) {
      throw new UsageError(
        `rules: --join-label must be a Prometheus label name other than namespace, pod and container, not ${JSON.stringify(label)}`
      );
    }
  }
  const name = values.name ?? "kube-headroom";
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253)
    throw new UsageError(
      `rules: --name must be a Kubernetes object name (lower-case letters, digits, - and .), not ${JSON.stringify(name)}`
    );
  const namespace = values["rule-namespace"];
  if (namespace !== void 0 && !DNS_LABEL.test(namespace))
    throw new UsageError(
      `rules: --rule-namespace must be a namespace name (lower-case letters, digits and -, at most 63), not ${JSON.stringify(namespace)}`
    );
  const labels = {};
  for (const pair of values.label ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`rules: --label must be KEY=VALUE, not ${JSON.stringify(pair)}`);
    labels[pair.slice(0, at)] = pair.slice(at + 1);
  }
  let audit;
  try {
    audit = values.audit ? await loadAudit(values.audit, { cwd: io.cwd, metric: values.metric }) : void 0;
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error;
    process.stderr.write(`headroom: invalid audit data ${error.message}
`);
    return EXIT_USAGE;
  }
  const overrides = {};
  if (values.headroom !== void 0) overrides.headroom = values.headroom;
  if (values.drift !== void 0) overrides.drift = values.drift;
  const settings = new ConfigResolver(io.cwd, overrides, values.config, audit).forFile(void 0).settings;
  let text;
  try {
    text = generateRules(settings, {
      format,
      joins: { join: [...new Set(join)] },
      runbook: values["runbook-url"] ?? DEFAULT_RUNBOOK,
      name,
      namespace,
      labels
    });
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    process.stderr.write(`headroom: invalid config: ${error.message}
`);
    return EXIT_USAGE;
  }
  if (values.check === void 0) {
    process.stdout.write(text);
    return EXIT_CLEAN;
  }
  const file = values.check;
  let committed;
  try {
    committed = await readFile(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    process.stderr.write(
      `headroom: cannot read ${file} (${error.code ?? error.message})
`
    );
    return EXIT_USAGE;
  }
  const diff = staleDiff(file, committed, text);
  if (diff === void 0) {
    process.stderr.write(`headroom: ${file} is up to date
`);
    return EXIT_CLEAN;
  }
  process.stdout.write(diff);
  process.stderr.write(
    `headroom: ${file} is stale: it differs from what headroom rules generates now (diff above); regenerate it with the same options, redirecting to ${file}
`
  );
  return EXIT_FINDINGS;
}
export {
  DEFAULT_RUNBOOK,
  RULES_HELP,
  run
};
