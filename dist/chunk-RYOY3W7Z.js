#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  SelectionError,
  checkSelection
} from "./chunk-37ZWPQAO.js";

// src/cli/options.ts
import { parseArgs } from "node:util";

// src/report/format.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}
var LOADERS = {
  stylish: async () => (await import("./stylish-AWI7PBGF.js")).stylishFormat,
  json: async () => (await import("./json-3NH2WEFA.js")).jsonFormat,
  sarif: async () => (await import("./sarif-232UR3WN.js")).sarifFormat,
  github: async () => (await import("./github-SSEJXRWK.js")).githubFormat
};
function loadFormat(name) {
  return LOADERS[name]();
}

// src/cli/options.ts
var COMMANDS = ["check", "fix", "baseline"];
var UsageError = class extends Error {
};
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        headroom: { type: "string" },
        drift: { type: "string" },
        config: { type: "string", short: "c" },
        baseline: { type: "string" },
        audit: { type: "string", multiple: true },
        metric: { type: "string" },
        "max-file-bytes": { type: "string" },
        namespace: { type: "string", multiple: true },
        resource: { type: "string", multiple: true },
        format: { type: "string", short: "f" },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean" },
        "test-asserts": { type: "boolean" },
        frail: { type: "boolean" },
        "dry-run": { type: "boolean", short: "n" },
        watch: { type: "boolean", short: "w" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const isCommand = first !== void 0 && COMMANDS.includes(first);
  const command = isCommand ? first : "check";
  const paths = isCommand ? rest : positionals;
  const format = values.format ?? "stylish";
  if (!isFormatName(format))
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, not ${JSON.stringify(format)}`);
  if (values["dry-run"] && command !== "fix") throw new UsageError("--dry-run only applies to fix");
  if (paths.includes("-") && paths.length > 1) throw new UsageError("- (stdin) cannot be combined with other paths");
  if (paths.includes("-") && values.watch) throw new UsageError("--watch cannot read stdin");
  if (values.metric !== void 0 && (values.audit ?? []).length === 0)
    throw new UsageError("--metric only applies with --audit FILE");
  const maxFileBytes = values["max-file-bytes"] === void 0 ? void 0 : Number(values["max-file-bytes"]);
  if (maxFileBytes !== void 0 && !(Number.isSafeInteger(maxFileBytes) && maxFileBytes > 0)) {
    throw new UsageError(
      `--max-file-bytes must be a whole number of bytes, not ${JSON.stringify(values["max-file-bytes"])}`
    );
  }
  const selection = values.namespace || values.resource ? { namespaces: values.namespace ?? [], resources: values.resource ?? [] } : void 0;
  if (selection) {
    if (command === "baseline") throw new UsageError("--namespace and --resource apply to check and fix, not baseline");
    try {
      checkSelection(selection);
    } catch (error) {
      if (error instanceof SelectionError) throw new UsageError(error.message);
      throw error;
    }
  }
  return {
    command,
    paths: paths.length === 0 ? ["."] : paths,
    selection,
    headroom: values.headroom,
    drift: values.drift,
    config: values.config,
    baseline: values.baseline,
    audit: values.audit ?? [],
    metric: values.metric,
    maxFileBytes,
    format,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    testAsserts: values["test-asserts"] ?? false,
    frail: values.frail ?? false,
    dryRun: values["dry-run"] ?? false,
    watch: values.watch ?? false,
    color: values["no-color"] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
var HELP = `Usage: headroom [check|fix|baseline] [options] [path | glob | - ...]

  Find Kubernetes sidecars whose memory limit has no headroom over the kernel-charged
  working set (limit < baseline \xD7 drift \xD7 (1 + headroom)) and fix them with byte-exact edits.

Commands:
  check                 report findings (default); exit 1 when a sidecar lacks headroom
  fix                   raise limits in place; exit 1 when a finding could not be fixed
  baseline              write today's findings to .headroom-baseline.json (or --baseline FILE)
  audit FILE...         what live measurements say: drift per sidecar class, observed peaks
  collect --out FILE    gather kubelet /stats/summary with your kubectl, or Prometheus data
                        (--prometheus URL)
  rules                 Prometheus rules that alert when a sidecar runs out of headroom at run time
  krm                   run as a KRM function (kpt / kustomize): ResourceList on stdin

Paths are files, folders (recursive: *.yaml, *.yml, *.json) or globs; default ".".
"-" reads a YAML stream from stdin; with fix, the fixed stream goes to stdout.
node_modules, .git and what .gitignore / .headroomignore exclude are skipped.

Options:
      --headroom <n>    headroom over the drift-corrected baseline: 0.15 or 15% (default 0.15)
      --drift <n>       kernel-charged / working-set factor (default 1.22)
      --baseline <file> report only findings not in this baseline (see the baseline command)
  -c, --config <file>   use this config file for every manifest (default: nearest .headroomrc*);
                        a ConfigMap manifest holding .headroomrc.yaml works too
      --audit <file>    measurements (kubelet /stats/summary, Prometheus response, samples;
                        repeatable): measured drift, observed baselines, OOM kills
      --metric <name>   Prometheus reference metric besides container_memory_max_usage_bytes
      --max-file-bytes <n>  skip manifests larger than n bytes with an error (default 10485760)
      --namespace <ns>  staged rollout: report and fix only workloads in this namespace
                        (metadata.namespace; repeatable, globs such as team-*)
      --resource <r>    ... and only this kind or kind/name, as kubectl takes it (repeatable):
                        deploy, deploy/checkout, sts/db-*, rollouts.argoproj.io/web
  -f, --format <name>   stylish (default, to stderr), json, sarif (SARIF 2.1.0) or
                        github (Actions annotations); machine formats go to stdout
  -n, --dry-run         with fix: print a unified diff, write nothing
  -q, --quiet           only warnings and errors
      --verbose         list the files a folder walk skipped (JSON that is not a manifest, test assertions)
      --test-asserts    also check chainsaw/kuttl assertion files (skipped by default)
      --frail           warnings fail too (exit 1)
  -w, --watch           re-check files when they change
      --color, --no-color
  -h, --help            this help
  -v, --version         the version

Exit codes: 0 no error-level finding, 1 findings (fix: findings it could not fix),
2 usage, config or I/O error.

Examples:
  headroom check k8s/
  headroom fix examples/gitops-repo
  headroom fix --dry-run 'apps/**/deploy*.yaml'
  headroom check --headroom 20% --drift 1.3 overlays/prod
  kustomize build overlays/prod | headroom fix - > rendered.yaml
  helm template my-chart | headroom check -
  headroom fix --audit summaries.ndjson k8s/

More commands: headroom audit FILE\u2026 (what the measurements say),
headroom collect --out FILE (kubelet summaries from a cluster, with your kubectl),
headroom rules (Prometheus alerts from the same config; headroom rules --help).
`;

export {
  loadFormat,
  UsageError,
  parseCli,
  HELP
};
