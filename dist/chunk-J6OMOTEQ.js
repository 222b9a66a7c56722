#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";

// src/generated/audit-validators.js
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var validateKubeletSummary = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kube-headroom.dev/schemas/audit-kubelet-summary.schema.json", "title": "kubelet /stats/summary snapshot (headroom --audit)", "description": "The document `kubectl get --raw /api/v1/nodes/NODE/proxy/stats/summary` prints. An audit file holds one snapshot, a JSON array of snapshots, or NDJSON with one snapshot per line (what `headroom collect` writes; it adds `collectedAt`). Only the fields below are read; everything else is allowed and ignored.", "type": "object", "required": ["node"], "properties": { "node": { "type": "object", "properties": { "nodeName": { "type": "string" } } }, "collectedAt": { "$ref": "#/definitions/time" }, "pods": { "type": ["array", "null"], "items": { "$ref": "#/definitions/pod" } } }, "definitions": { "time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$" }, "bytes": { "type": "number", "minimum": 0 }, "pod": { "type": "object", "required": ["podRef"], "properties": { "podRef": { "type": "object", "required": ["name", "namespace"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "uid": { "type": "string" } } }, "containers": { "type": ["array", "null"], "items": { "$ref": "#/definitions/container" } } } }, "container": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "memory": { "type": ["object", "null"], "properties": { "time": { "$ref": "#/definitions/time" }, "workingSetBytes": { "$ref": "#/definitions/bytes" }, "usageBytes": { "$ref": "#/definitions/bytes" }, "rssBytes": { "$ref": "#/definitions/bytes" }, "peakBytes": { "$ref": "#/definitions/bytes", "description": "not sent by the kubelet; cgroup v2 memory.peak when a collector adds it" } } } } } } };
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$", "u");
var schema13 = { "type": "object", "required": ["podRef"], "properties": { "podRef": { "type": "object", "required": ["name", "namespace"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "uid": { "type": "string" } } }, "containers": { "type": ["array", "null"], "items": { "$ref": "#/definitions/container" } } } };
var func2 = require_ucs2length().default;
var schema14 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "memory": { "type": ["object", "null"], "properties": { "time": { "$ref": "#/definitions/time" }, "workingSetBytes": { "$ref": "#/definitions/bytes" }, "usageBytes": { "$ref": "#/definitions/bytes" }, "rssBytes": { "$ref": "#/definitions/bytes" }, "peakBytes": { "$ref": "#/definitions/bytes", "description": "not sent by the kubelet; cgroup v2 memory.peak when a collector adds it" } } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          let data0 = data.name;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func2(data0) < 1) {
                validate12.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate12.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.memory !== void 0) {
            let data1 = data.memory;
            const _errs3 = errors;
            if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
              validate12.errors = [{ instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: schema14.properties.memory.type }, message: "must be object,null" }];
              return false;
            }
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.time !== void 0) {
                  let data2 = data1.time;
                  const _errs5 = errors;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data2 === "string") {
                      if (!pattern0.test(data2)) {
                        validate12.errors = [{ instancePath: instancePath + "/memory/time", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"' }];
                        return false;
                      }
                    } else {
                      validate12.errors = [{ instancePath: instancePath + "/memory/time", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data1.workingSetBytes !== void 0) {
                    let data3 = data1.workingSetBytes;
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (typeof data3 == "number") {
                        if (data3 < 0 || isNaN(data3)) {
                          validate12.errors = [{ instancePath: instancePath + "/memory/workingSetBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      } else {
                        validate12.errors = [{ instancePath: instancePath + "/memory/workingSetBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.usageBytes !== void 0) {
                      let data4 = data1.usageBytes;
                      const _errs11 = errors;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (typeof data4 == "number") {
                          if (data4 < 0 || isNaN(data4)) {
                            validate12.errors = [{ instancePath: instancePath + "/memory/usageBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate12.errors = [{ instancePath: instancePath + "/memory/usageBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid1 = _errs11 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data1.rssBytes !== void 0) {
                        let data5 = data1.rssBytes;
                        const _errs14 = errors;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (typeof data5 == "number") {
                            if (data5 < 0 || isNaN(data5)) {
                              validate12.errors = [{ instancePath: instancePath + "/memory/rssBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          } else {
                            validate12.errors = [{ instancePath: instancePath + "/memory/rssBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid1 = _errs14 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.peakBytes !== void 0) {
                          let data6 = data1.peakBytes;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data6 == "number") {
                              if (data6 < 0 || isNaN(data6)) {
                                validate12.errors = [{ instancePath: instancePath + "/memory/peakBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            } else {
                              validate12.errors = [{ instancePath: instancePath + "/memory/peakBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                          }
                          var valid1 = _errs17 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.podRef === void 0 && (missing0 = "podRef")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.podRef !== void 0) {
          let data0 = data.podRef;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.name === void 0 && (missing1 = "name") || data0.namespace === void 0 && (missing1 = "namespace")) {
                validate11.errors = [{ instancePath: instancePath + "/podRef", schemaPath: "#/properties/podRef/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.name !== void 0) {
                  let data1 = data0.name;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (typeof data1 === "string") {
                      if (func2(data1) < 1) {
                        validate11.errors = [{ instancePath: instancePath + "/podRef/name", schemaPath: "#/properties/podRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate11.errors = [{ instancePath: instancePath + "/podRef/name", schemaPath: "#/properties/podRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.namespace !== void 0) {
                    let data2 = data0.namespace;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                          validate11.errors = [{ instancePath: instancePath + "/podRef/namespace", schemaPath: "#/properties/podRef/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate11.errors = [{ instancePath: instancePath + "/podRef/namespace", schemaPath: "#/properties/podRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.uid !== void 0) {
                      const _errs7 = errors;
                      if (typeof data0.uid !== "string") {
                        validate11.errors = [{ instancePath: instancePath + "/podRef/uid", schemaPath: "#/properties/podRef/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate11.errors = [{ instancePath: instancePath + "/podRef", schemaPath: "#/properties/podRef/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.containers !== void 0) {
            let data4 = data.containers;
            const _errs9 = errors;
            if (!Array.isArray(data4) && data4 !== null) {
              validate11.errors = [{ instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: schema13.properties.containers.type }, message: "must be array,null" }];
              return false;
            }
            if (errors === _errs9) {
              if (Array.isArray(data4)) {
                var valid2 = true;
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs11 = errors;
                  if (!validate12(data4[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs11 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.node === void 0 && (missing0 = "node")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.node !== void 0) {
          let data0 = data.node;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.nodeName !== void 0) {
                if (typeof data0.nodeName !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/node/nodeName", schemaPath: "#/properties/node/properties/nodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            } else {
              validate10.errors = [{ instancePath: instancePath + "/node", schemaPath: "#/properties/node/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.collectedAt !== void 0) {
            let data2 = data.collectedAt;
            const _errs5 = errors;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  validate10.errors = [{ instancePath: instancePath + "/collectedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"' }];
                  return false;
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/collectedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.pods !== void 0) {
              let data3 = data.pods;
              const _errs8 = errors;
              if (!Array.isArray(data3) && data3 !== null) {
                validate10.errors = [{ instancePath: instancePath + "/pods", schemaPath: "#/properties/pods/type", keyword: "type", params: { type: schema11.properties.pods.type }, message: "must be array,null" }];
                return false;
              }
              if (errors === _errs8) {
                if (Array.isArray(data3)) {
                  var valid3 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs10 = errors;
                    if (!validate11(data3[i0], { instancePath: instancePath + "/pods/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs10 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePrometheus = validate15;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kube-headroom.dev/schemas/audit-prometheus.schema.json", "title": "Prometheus HTTP API query response (headroom --audit)", "description": 'The body of /api/v1/query (vector) or /api/v1/query_range (matrix) for container_memory_working_set_bytes, and optionally container_memory_max_usage_bytes (or the metric given with --metric), kube_pod_container_resource_limits{resource="memory"} and kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}. Series need the labels namespace, pod and container. Values are strings; NaN and \xB1Inf are dropped, as are series with container="" or "POD".', "type": "object", "required": ["status"], "properties": { "status": { "enum": ["success", "error"] }, "error": { "type": "string" }, "errorType": { "type": "string" }, "data": { "type": "object", "required": ["resultType", "result"], "properties": { "resultType": { "enum": ["vector", "matrix"] }, "result": { "type": "array" } }, "allOf": [{ "if": { "properties": { "resultType": { "const": "vector" } } }, "then": { "properties": { "result": { "items": { "$ref": "#/definitions/vectorSeries" } } } } }, { "if": { "properties": { "resultType": { "const": "matrix" } } }, "then": { "properties": { "result": { "items": { "$ref": "#/definitions/matrixSeries" } } } } }] } }, "if": { "properties": { "status": { "const": "success" } } }, "then": { "required": ["data"] }, "definitions": { "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "point": { "type": "array", "items": [{ "type": "number" }, { "type": "string" }], "minItems": 2, "additionalItems": false }, "vectorSeries": { "type": "object", "required": ["metric", "value"], "properties": { "metric": { "$ref": "#/definitions/labels" }, "value": { "$ref": "#/definitions/point" } } }, "seriesData": { "description": "data of a /api/v1/series answer: the label sets of the series that match (headroom collect --prometheus asks for them to find the containers of the sidecar classes)", "type": "array", "items": { "$ref": "#/definitions/labels" } }, "matrixSeries": { "type": "object", "required": ["metric", "values"], "properties": { "metric": { "$ref": "#/definitions/labels" }, "values": { "type": "array", "items": { "$ref": "#/definitions/point" } } } } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.metric === void 0 && (missing0 = "metric") || data.value === void 0 && (missing0 = "value")) {
        validate16.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.metric !== void 0) {
          let data0 = data.metric;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs5 = errors;
                if (typeof data0[key0] !== "string") {
                  validate16.errors = [{ instancePath: instancePath + "/metric/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs5 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate16.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/definitions/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            let data2 = data.value;
            const _errs7 = errors;
            const _errs8 = errors;
            if (errors === _errs8) {
              if (Array.isArray(data2)) {
                if (data2.length < 2) {
                  validate16.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/definitions/point/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                  return false;
                } else {
                  const len0 = data2.length;
                  if (!(len0 <= 2)) {
                    validate16.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/definitions/point/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                    return false;
                  } else {
                    const len1 = data2.length;
                    if (len1 > 0) {
                      const _errs10 = errors;
                      if (!(typeof data2[0] == "number")) {
                        validate16.errors = [{ instancePath: instancePath + "/value/0", schemaPath: "#/definitions/point/items/0/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                      var valid4 = _errs10 === errors;
                    }
                    if (valid4) {
                      if (len1 > 1) {
                        const _errs12 = errors;
                        if (typeof data2[1] !== "string") {
                          validate16.errors = [{ instancePath: instancePath + "/value/1", schemaPath: "#/definitions/point/items/1/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid4 = _errs12 === errors;
                      }
                    }
                  }
                }
              } else {
                validate16.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/definitions/point/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate16.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.metric === void 0 && (missing0 = "metric") || data.values === void 0 && (missing0 = "values")) {
        validate18.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.metric !== void 0) {
          let data0 = data.metric;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs5 = errors;
                if (typeof data0[key0] !== "string") {
                  validate18.errors = [{ instancePath: instancePath + "/metric/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs5 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate18.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/definitions/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.values !== void 0) {
            let data2 = data.values;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data2)) {
                var valid3 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data3 = data2[i0];
                  const _errs9 = errors;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data3)) {
                      if (data3.length < 2) {
                        validate18.errors = [{ instancePath: instancePath + "/values/" + i0, schemaPath: "#/definitions/point/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                        return false;
                      } else {
                        const len1 = data3.length;
                        if (!(len1 <= 2)) {
                          validate18.errors = [{ instancePath: instancePath + "/values/" + i0, schemaPath: "#/definitions/point/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                          return false;
                        } else {
                          const len2 = data3.length;
                          if (len2 > 0) {
                            const _errs12 = errors;
                            if (!(typeof data3[0] == "number")) {
                              validate18.errors = [{ instancePath: instancePath + "/values/" + i0 + "/0", schemaPath: "#/definitions/point/items/0/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid5 = _errs12 === errors;
                          }
                          if (valid5) {
                            if (len2 > 1) {
                              const _errs14 = errors;
                              if (typeof data3[1] !== "string") {
                                validate18.errors = [{ instancePath: instancePath + "/values/" + i0 + "/1", schemaPath: "#/definitions/point/items/1/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs14 === errors;
                            }
                          }
                        }
                      }
                    } else {
                      validate18.errors = [{ instancePath: instancePath + "/values/" + i0, schemaPath: "#/definitions/point/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid3 = _errs9 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate18.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status !== void 0) {
      if ("success" !== data.status) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.data === void 0 && (missing0 = "data")) {
        validate15.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate15.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.status === void 0 && (missing1 = "status")) {
        validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.status !== void 0) {
          let data1 = data.status;
          const _errs5 = errors;
          if (!(data1 === "success" || data1 === "error")) {
            validate15.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema20.properties.status.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid2 = _errs5 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.error !== void 0) {
            const _errs6 = errors;
            if (typeof data.error !== "string") {
              validate15.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs6 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.errorType !== void 0) {
              const _errs8 = errors;
              if (typeof data.errorType !== "string") {
                validate15.errors = [{ instancePath: instancePath + "/errorType", schemaPath: "#/properties/errorType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs8 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.data !== void 0) {
                let data4 = data.data;
                const _errs10 = errors;
                const _errs12 = errors;
                const _errs13 = errors;
                let valid4 = true;
                const _errs14 = errors;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  if (data4.resultType !== void 0) {
                    if ("vector" !== data4.resultType) {
                      const err2 = {};
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                  }
                }
                var _valid1 = _errs14 === errors;
                errors = _errs13;
                if (vErrors !== null) {
                  if (_errs13) {
                    vErrors.length = _errs13;
                  } else {
                    vErrors = null;
                  }
                }
                if (_valid1) {
                  const _errs16 = errors;
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.result !== void 0) {
                      let data6 = data4.result;
                      if (Array.isArray(data6)) {
                        var valid7 = true;
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs18 = errors;
                          if (!validate16(data6[i0], { instancePath: instancePath + "/data/result/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
                            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                            errors = vErrors.length;
                          }
                          var valid7 = _errs18 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      }
                    }
                  }
                  var _valid1 = _errs16 === errors;
                  valid4 = _valid1;
                }
                if (!valid4) {
                  const err3 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate15.errors = vErrors;
                  return false;
                }
                var valid3 = _errs12 === errors;
                if (valid3) {
                  const _errs19 = errors;
                  const _errs20 = errors;
                  let valid8 = true;
                  const _errs21 = errors;
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.resultType !== void 0) {
                      if ("matrix" !== data4.resultType) {
                        const err4 = {};
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                    }
                  }
                  var _valid2 = _errs21 === errors;
                  errors = _errs20;
                  if (vErrors !== null) {
                    if (_errs20) {
                      vErrors.length = _errs20;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (_valid2) {
                    const _errs23 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      if (data4.result !== void 0) {
                        let data9 = data4.result;
                        if (Array.isArray(data9)) {
                          var valid11 = true;
                          const len1 = data9.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs25 = errors;
                            if (!validate18(data9[i1], { instancePath: instancePath + "/data/result/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
                              vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                              errors = vErrors.length;
                            }
                            var valid11 = _errs25 === errors;
                            if (!valid11) {
                              break;
                            }
                          }
                        }
                      }
                    }
                    var _valid2 = _errs23 === errors;
                    valid8 = _valid2;
                  }
                  if (!valid8) {
                    const err5 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                    validate15.errors = vErrors;
                    return false;
                  }
                  var valid3 = _errs19 === errors;
                }
                if (errors === _errs10) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let missing2;
                    if (data4.resultType === void 0 && (missing2 = "resultType") || data4.result === void 0 && (missing2 = "result")) {
                      validate15.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                      return false;
                    } else {
                      if (data4.resultType !== void 0) {
                        let data11 = data4.resultType;
                        const _errs26 = errors;
                        if (!(data11 === "vector" || data11 === "matrix")) {
                          validate15.errors = [{ instancePath: instancePath + "/data/resultType", schemaPath: "#/properties/data/properties/resultType/enum", keyword: "enum", params: { allowedValues: schema20.properties.data.properties.resultType.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid12 = _errs26 === errors;
                      } else {
                        var valid12 = true;
                      }
                      if (valid12) {
                        if (data4.result !== void 0) {
                          const _errs27 = errors;
                          if (!Array.isArray(data4.result)) {
                            validate15.errors = [{ instancePath: instancePath + "/data/result", schemaPath: "#/properties/data/properties/result/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                          var valid12 = _errs27 === errors;
                        } else {
                          var valid12 = true;
                        }
                      }
                    }
                  } else {
                    validate15.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs10 === errors;
              } else {
                var valid2 = true;
              }
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var validatePrometheusSeries = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
              const _errs5 = errors;
              if (typeof data0[key0] !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs5 === errors;
              if (!valid2) {
                break;
              }
            }
          } else {
            validate20.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var validateSamples = validate21;
var schema30 = { "type": "object", "required": ["namespace", "pod", "container", "ts", "workingSetBytes"], "properties": { "namespace": { "$ref": "#/definitions/name" }, "pod": { "$ref": "#/definitions/name" }, "podUid": { "type": "string" }, "container": { "$ref": "#/definitions/name" }, "image": { "type": "string" }, "ts": { "type": ["string", "number"], "description": "RFC 3339 time, or Unix seconds" }, "workingSetBytes": { "$ref": "#/definitions/bytes" }, "usageBytes": { "$ref": "#/definitions/bytes" }, "peakBytes": { "$ref": "#/definitions/bytes" }, "limitBytes": { "$ref": "#/definitions/bytes" }, "oomKilled": { "type": "boolean" }, "workload": { "$ref": "#/definitions/name", "description": "owning workload, when known (wins over the pod-name guess)" }, "workloadKind": { "$ref": "#/definitions/name" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.namespace === void 0 && (missing0 = "namespace") || data.pod === void 0 && (missing0 = "pod") || data.container === void 0 && (missing0 = "container") || data.ts === void 0 && (missing0 = "ts") || data.workingSetBytes === void 0 && (missing0 = "workingSetBytes")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.namespace !== void 0) {
          let data0 = data.namespace;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func2(data0) < 1) {
                validate22.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.pod !== void 0) {
            let data1 = data.pod;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                  validate22.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.podUid !== void 0) {
              const _errs7 = errors;
              if (typeof data.podUid !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/podUid", schemaPath: "#/properties/podUid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.container !== void 0) {
                let data3 = data.container;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      validate22.errors = [{ instancePath: instancePath + "/container", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/container", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.image !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.image !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ts !== void 0) {
                    let data5 = data.ts;
                    const _errs14 = errors;
                    if (typeof data5 !== "string" && !(typeof data5 == "number")) {
                      validate22.errors = [{ instancePath: instancePath + "/ts", schemaPath: "#/properties/ts/type", keyword: "type", params: { type: schema30.properties.ts.type }, message: "must be string,number" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.workingSetBytes !== void 0) {
                      let data6 = data.workingSetBytes;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data6 == "number") {
                          if (data6 < 0 || isNaN(data6)) {
                            validate22.errors = [{ instancePath: instancePath + "/workingSetBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate22.errors = [{ instancePath: instancePath + "/workingSetBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.usageBytes !== void 0) {
                        let data7 = data.usageBytes;
                        const _errs19 = errors;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (typeof data7 == "number") {
                            if (data7 < 0 || isNaN(data7)) {
                              validate22.errors = [{ instancePath: instancePath + "/usageBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/usageBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.peakBytes !== void 0) {
                          let data8 = data.peakBytes;
                          const _errs22 = errors;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (typeof data8 == "number") {
                              if (data8 < 0 || isNaN(data8)) {
                                validate22.errors = [{ instancePath: instancePath + "/peakBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/peakBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                          }
                          var valid0 = _errs22 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.limitBytes !== void 0) {
                            let data9 = data.limitBytes;
                            const _errs25 = errors;
                            const _errs26 = errors;
                            if (errors === _errs26) {
                              if (typeof data9 == "number") {
                                if (data9 < 0 || isNaN(data9)) {
                                  validate22.errors = [{ instancePath: instancePath + "/limitBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate22.errors = [{ instancePath: instancePath + "/limitBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.oomKilled !== void 0) {
                              const _errs28 = errors;
                              if (typeof data.oomKilled !== "boolean") {
                                validate22.errors = [{ instancePath: instancePath + "/oomKilled", schemaPath: "#/properties/oomKilled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.workload !== void 0) {
                                let data11 = data.workload;
                                const _errs30 = errors;
                                const _errs31 = errors;
                                if (errors === _errs31) {
                                  if (typeof data11 === "string") {
                                    if (func2(data11) < 1) {
                                      validate22.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.workloadKind !== void 0) {
                                  let data12 = data.workloadKind;
                                  const _errs33 = errors;
                                  const _errs34 = errors;
                                  if (errors === _errs34) {
                                    if (typeof data12 === "string") {
                                      if (func2(data12) < 1) {
                                        validate22.errors = [{ instancePath: instancePath + "/workloadKind", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/workloadKind", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs33 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.labels !== void 0) {
                                    let data13 = data.labels;
                                    const _errs36 = errors;
                                    if (errors === _errs36) {
                                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        for (const key0 in data13) {
                                          const _errs39 = errors;
                                          if (typeof data13[key0] !== "string") {
                                            validate22.errors = [{ instancePath: instancePath + "/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid10 = _errs39 === errors;
                                          if (!valid10) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate22.errors = [{ instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs36 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.samples === void 0 && (missing0 = "samples")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.$schema !== void 0) {
          const _errs1 = errors;
          if (typeof data.$schema !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.version !== void 0) {
            const _errs3 = errors;
            if (1 !== data.version) {
              validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.samples !== void 0) {
              let data2 = data.samples;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors;
                    if (!validate22(data2[i0], { instancePath: instancePath + "/samples/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validateSample = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.namespace === void 0 && (missing0 = "namespace") || data.pod === void 0 && (missing0 = "pod") || data.container === void 0 && (missing0 = "container") || data.ts === void 0 && (missing0 = "ts") || data.workingSetBytes === void 0 && (missing0 = "workingSetBytes")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.namespace !== void 0) {
          let data0 = data.namespace;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func2(data0) < 1) {
                validate24.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate24.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.pod !== void 0) {
            let data1 = data.pod;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                  validate24.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate24.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.podUid !== void 0) {
              const _errs7 = errors;
              if (typeof data.podUid !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/podUid", schemaPath: "#/properties/podUid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.container !== void 0) {
                let data3 = data.container;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      validate24.errors = [{ instancePath: instancePath + "/container", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/container", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.image !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.image !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ts !== void 0) {
                    let data5 = data.ts;
                    const _errs14 = errors;
                    if (typeof data5 !== "string" && !(typeof data5 == "number")) {
                      validate24.errors = [{ instancePath: instancePath + "/ts", schemaPath: "#/properties/ts/type", keyword: "type", params: { type: schema30.properties.ts.type }, message: "must be string,number" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.workingSetBytes !== void 0) {
                      let data6 = data.workingSetBytes;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data6 == "number") {
                          if (data6 < 0 || isNaN(data6)) {
                            validate24.errors = [{ instancePath: instancePath + "/workingSetBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate24.errors = [{ instancePath: instancePath + "/workingSetBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.usageBytes !== void 0) {
                        let data7 = data.usageBytes;
                        const _errs19 = errors;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (typeof data7 == "number") {
                            if (data7 < 0 || isNaN(data7)) {
                              validate24.errors = [{ instancePath: instancePath + "/usageBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          } else {
                            validate24.errors = [{ instancePath: instancePath + "/usageBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.peakBytes !== void 0) {
                          let data8 = data.peakBytes;
                          const _errs22 = errors;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (typeof data8 == "number") {
                              if (data8 < 0 || isNaN(data8)) {
                                validate24.errors = [{ instancePath: instancePath + "/peakBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            } else {
                              validate24.errors = [{ instancePath: instancePath + "/peakBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                          }
                          var valid0 = _errs22 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.limitBytes !== void 0) {
                            let data9 = data.limitBytes;
                            const _errs25 = errors;
                            const _errs26 = errors;
                            if (errors === _errs26) {
                              if (typeof data9 == "number") {
                                if (data9 < 0 || isNaN(data9)) {
                                  validate24.errors = [{ instancePath: instancePath + "/limitBytes", schemaPath: "#/definitions/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate24.errors = [{ instancePath: instancePath + "/limitBytes", schemaPath: "#/definitions/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.oomKilled !== void 0) {
                              const _errs28 = errors;
                              if (typeof data.oomKilled !== "boolean") {
                                validate24.errors = [{ instancePath: instancePath + "/oomKilled", schemaPath: "#/properties/oomKilled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.workload !== void 0) {
                                let data11 = data.workload;
                                const _errs30 = errors;
                                const _errs31 = errors;
                                if (errors === _errs31) {
                                  if (typeof data11 === "string") {
                                    if (func2(data11) < 1) {
                                      validate24.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.workloadKind !== void 0) {
                                  let data12 = data.workloadKind;
                                  const _errs33 = errors;
                                  const _errs34 = errors;
                                  if (errors === _errs34) {
                                    if (typeof data12 === "string") {
                                      if (func2(data12) < 1) {
                                        validate24.errors = [{ instancePath: instancePath + "/workloadKind", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/workloadKind", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs33 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.labels !== void 0) {
                                    let data13 = data.labels;
                                    const _errs36 = errors;
                                    if (errors === _errs36) {
                                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        for (const key0 in data13) {
                                          const _errs39 = errors;
                                          if (typeof data13[key0] !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid10 = _errs39 === errors;
                                          if (!valid10) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate24.errors = [{ instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs36 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}

// src/audit/schemas.ts
var VALIDATORS = {
  "kubelet-summary": validateKubeletSummary,
  prometheus: validatePrometheus,
  "prometheus-series": validatePrometheusSeries,
  samples: validateSamples,
  sample: validateSample
};
var SCHEMA_FILES = {
  "kubelet-summary": "schemas/audit-kubelet-summary.schema.json",
  prometheus: "schemas/audit-prometheus.schema.json",
  "prometheus-series": "schemas/audit-prometheus.schema.json#/definitions/seriesData",
  samples: "schemas/audit-samples.schema.json",
  sample: "schemas/audit-samples.schema.json#/definitions/sample"
};
function checkShape(name, data, file, prefix = "", line) {
  const validate = VALIDATORS[name];
  if (validate(data)) return;
  const error = pickError(validate.errors ?? []);
  if (!error) throw new AuditInputError(file, prefix, `does not match ${SCHEMA_FILES[name]}`, line);
  const { pointer, expected } = describe(error, data);
  throw new AuditInputError(file, prefix + pointer, expected, line);
}
var WRAPPERS = /* @__PURE__ */ new Set(["if", "then", "anyOf", "allOf", "oneOf", "$ref"]);
function pickError(errors) {
  return errors.find((e) => !WRAPPERS.has(e.keyword)) ?? errors[0];
}
function describe(error, data) {
  const at = error.instancePath;
  const got = valueAt(data, at);
  const gotText = got.found ? ` (got ${show(got.value)})` : "";
  switch (error.keyword) {
    case "required":
      return {
        pointer: `${at}/${escapePointer(String(error.params.missingProperty))}`,
        expected: "is required but missing"
      };
    case "type": {
      const types = String(error.params.type).split(",");
      return { pointer: at, expected: `must be ${types.map(article).join(" or ")}${gotText}` };
    }
    case "enum":
      return {
        pointer: at,
        expected: `must be one of ${error.params.allowedValues.map(show).join(", ")}${gotText}`
      };
    case "const":
      return { pointer: at, expected: `must be ${show(error.params.allowedValue)}${gotText}` };
    case "pattern":
      return {
        pointer: at,
        expected: error.schemaPath.includes("/time") ? `must be an RFC 3339 time like "2025-01-31T12:00:00Z"${gotText}` : `${error.message ?? "is invalid"}${gotText}`
      };
    case "minItems":
    case "maxItems":
    case "additionalItems":
      return { pointer: at, expected: `must be a [timestamp, "value"] pair${gotText}` };
    default:
      return { pointer: at, expected: `${error.message ?? "is invalid"}${gotText}` };
  }
}
function article(type) {
  return type === "object" || type === "array" || type === "integer" ? `an ${type}` : type === "null" ? "null" : `a ${type}`;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function valueAt(data, pointer) {
  let current = data;
  if (pointer === "") return { found: true, value: current };
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return { found: false };
    current = current[key];
  }
  return { found: true, value: current };
}
function show(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "[]" : "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}\u2026` : text;
}

export {
  checkShape
};
