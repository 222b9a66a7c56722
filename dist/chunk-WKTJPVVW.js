#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  fileFindingMeta
} from "./chunk-AENQFEB3.js";

// src/generated/baseline-validator.js
var validateBaselineShape = validate10;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "tool" || key0 === "findings")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      if (typeof data.tool !== "string") {
        const err4 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data2 = data.findings;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.file === void 0) {
              const err5 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data3.rule === void 0) {
              const err6 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.count === void 0) {
              const err7 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "file" || key1 === "kind" || key1 === "namespace" || key1 === "name" || key1 === "container" || key1 === "rule" || key1 === "count")) {
                const err8 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.file !== void 0) {
              if (typeof data3.file !== "string") {
                const err9 = { instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.kind !== void 0) {
              if (typeof data3.kind !== "string") {
                const err10 = { instancePath: instancePath + "/findings/" + i0 + "/kind", schemaPath: "#/properties/findings/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.namespace !== void 0) {
              if (typeof data3.namespace !== "string") {
                const err11 = { instancePath: instancePath + "/findings/" + i0 + "/namespace", schemaPath: "#/properties/findings/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              if (typeof data3.name !== "string") {
                const err12 = { instancePath: instancePath + "/findings/" + i0 + "/name", schemaPath: "#/properties/findings/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.container !== void 0) {
              if (typeof data3.container !== "string") {
                const err13 = { instancePath: instancePath + "/findings/" + i0 + "/container", schemaPath: "#/properties/findings/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.rule !== void 0) {
              if (typeof data3.rule !== "string") {
                const err14 = { instancePath: instancePath + "/findings/" + i0 + "/rule", schemaPath: "#/properties/findings/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.count !== void 0) {
              let data10 = data3.count;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err15 = { instancePath: instancePath + "/findings/" + i0 + "/count", schemaPath: "#/properties/findings/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 < 1 || isNaN(data10)) {
                  const err16 = { instancePath: instancePath + "/findings/" + i0 + "/count", schemaPath: "#/properties/findings/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/engine/baseline.ts
var BaselineError = class extends Error {
};
function createBaseline(results, relative) {
  const counts = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "info" || finding.status === "fixed" || !acceptable(finding)) continue;
      const entry = entryOf(relative(result.path), finding);
      const key = keyOf(entry);
      const existing = counts.get(key);
      if (existing) existing.count++;
      else counts.set(key, entry);
    }
  }
  const findings = [...counts.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return { version: 1, tool: "kube-headroom", findings };
}
function applyBaseline(result, baseline, relative) {
  const budget = new Map(baseline.findings.map((e) => [keyOf(e), e.count]));
  const findings = result.findings.filter((finding) => {
    if (!acceptable(finding)) return true;
    const key = keyOf(entryOf(relative(result.path), finding));
    const left = budget.get(key) ?? 0;
    if (left <= 0) return true;
    budget.set(key, left - 1);
    return false;
  });
  return findings.length === result.findings.length ? result : { ...result, findings };
}
function parseBaseline(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${source}: not valid JSON: ${error.message}`);
  }
  if (!validateBaselineShape(data)) {
    const error = validateBaselineShape.errors?.[0];
    throw new BaselineError(`${source}: ${error?.instancePath || "/"} ${error?.message ?? "is invalid"}`);
  }
  return data;
}
function acceptable(finding) {
  return fileFindingMeta(finding.ruleId)?.baseline ?? true;
}
function entryOf(file, finding) {
  const s = finding.subject;
  return {
    file,
    ...s ? { kind: s.kind, name: s.name, container: s.container } : {},
    ...s?.namespace ? { namespace: s.namespace } : {},
    rule: finding.ruleId,
    count: 1
  };
}
function keyOf(e) {
  return [e.file, e.kind ?? "", e.namespace ?? "", e.name ?? "", e.container ?? "", e.rule].join("\0");
}

export {
  BaselineError,
  createBaseline,
  applyBaseline,
  parseBaseline
};
