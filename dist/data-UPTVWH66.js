#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  AuditCollector,
  MAX_AUDIT_FILES,
  MAX_AUDIT_FILE_BYTES,
  auditFromTexts,
  loadAudit
} from "./chunk-FIMTELJK.js";
import "./chunk-J6OMOTEQ.js";
import "./chunk-XQOLTO4U.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-7SZVRMJ5.js";
export {
  AuditCollector,
  MAX_AUDIT_FILES,
  MAX_AUDIT_FILE_BYTES,
  auditFromTexts,
  loadAudit
};
