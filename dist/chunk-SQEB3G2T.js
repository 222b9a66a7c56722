#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  ConfigError,
  parseData,
  settingsFrom,
  validateConfig
} from "./chunk-F3NRG57P.js";
import {
  SettingsError,
  createEvidence,
  resolveAuditOptions
} from "./chunk-YB4YLNZB.js";

// src/config/config-files.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/audit/attach.ts
function withEvidence(settings, config, data) {
  const options = resolveAuditOptions(config.audit);
  if (!data) return settings;
  return { ...settings, evidence: createEvidence(data, settings, options) };
}

// src/audit/configmap.ts
var CONFIGMAP_KEYS = [
  ".headroomrc",
  ".headroomrc.yaml",
  ".headroomrc.yml",
  ".headroomrc.json",
  "headroom.yaml",
  "headroom.yml",
  "headroom.json"
];
function isConfigMap(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data) && data.kind === "ConfigMap" && "apiVersion" in data;
}
function configFromConfigMap(manifest, shown) {
  const data = manifest.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      source: shown,
      pointer: "/data",
      detail: `must be an object holding the config under one of ${CONFIGMAP_KEYS.join(", ")}`
    };
  }
  const key = CONFIGMAP_KEYS.find((k) => Object.hasOwn(data, k));
  if (key === void 0)
    return { ok: false, source: shown, pointer: "/data", detail: `has none of the keys ${CONFIGMAP_KEYS.join(", ")}` };
  const text = data[key];
  const source = `${shown}#data/${key}`;
  if (typeof text !== "string")
    return {
      ok: false,
      source: shown,
      pointer: `/data/${key}`,
      detail: "must be a string (the config as YAML or JSON text)"
    };
  const parsed = parseData(text);
  if (!parsed.ok) {
    return {
      ok: false,
      source: `${source}:${parsed.problem.line}:${parsed.problem.col}`,
      pointer: "",
      detail: `is not valid YAML/JSON: ${parsed.problem.message}`
    };
  }
  return { ok: true, data: parsed.data ?? {}, source };
}

// src/config/config-files.ts
var RC_NAMES = [".headroomrc", ".headroomrc.json", ".headroomrc.yaml", ".headroomrc.yml"];
var PACKAGE_FIELD = "headroom";
var ConfigResolver = class {
  constructor(cwd, overrides, explicitPath, audit) {
    this.cwd = cwd;
    this.overrides = overrides;
    this.audit = audit;
    if (explicitPath !== void 0) {
      const file = path.resolve(cwd, explicitPath);
      this.explicit = this.load(file, this.display(file));
    }
  }
  cwd;
  overrides;
  audit;
  byDir = /* @__PURE__ */ new Map();
  explicit;
  /** Settings for a manifest at `filePath` (throws ConfigError for a bad config file). */
  forFile(filePath) {
    if (this.explicit) return this.explicit;
    return this.forDir(filePath ? path.dirname(path.resolve(this.cwd, filePath)) : this.cwd);
  }
  forDir(dir) {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let resolved;
    for (const name of RC_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) {
        resolved = this.load(candidate, this.display(candidate));
        break;
      }
    }
    if (!resolved) {
      const pkg = path.join(dir, "package.json");
      const field = existsSync(pkg) ? packageField(pkg, this.display(pkg)) : void 0;
      if (field !== void 0) resolved = this.resolve(field, `${this.display(pkg)}#${PACKAGE_FIELD}`);
    }
    if (!resolved) {
      const parent = path.dirname(dir);
      resolved = parent === dir ? this.resolve(void 0, void 0) : this.forDir(parent);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }
  load(file, shown) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError(
        shown,
        "",
        `cannot be read: ${error.code ?? error.message}`
      );
    }
    const parsed = parseData(text);
    if (!parsed.ok)
      throw new ConfigError(
        `${shown}:${parsed.problem.line}:${parsed.problem.col}`,
        "",
        `is not valid YAML/JSON: ${parsed.problem.message}`
      );
    if (isConfigMap(parsed.data)) {
      const inner = configFromConfigMap(parsed.data, shown);
      if (!inner.ok) throw new ConfigError(inner.source, inner.pointer, inner.detail);
      return this.resolve(inner.data, inner.source);
    }
    return this.resolve(parsed.data ?? {}, shown);
  }
  /** `source` undefined: no config file applies, only the built-in defaults (and the flags). */
  resolve(data, source) {
    const config = source === void 0 ? {} : validateConfig(data, source);
    const settings = settingsFrom(config, source ?? "defaults", this.overrides);
    try {
      return { settings: withEvidence(settings, config, this.audit), source };
    } catch (error) {
      if (error instanceof SettingsError) throw new ConfigError(source ?? "defaults", error.pointer, error.message);
      throw error;
    }
  }
  display(file) {
    const relative = path.relative(this.cwd, file);
    return relative.startsWith("..") ? file : relative;
  }
};
function packageField(file, shown) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return data[PACKAGE_FIELD];
  } catch (error) {
    throw new ConfigError(shown, "", `is not valid JSON: ${error.message}`);
  }
}

export {
  PACKAGE_FIELD,
  ConfigResolver
};
