#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotationFor,
  describe,
  escapeData,
  escapeProperty,
  formatGithub,
  githubFormat,
  literalBlock,
  plainLine,
  rankFindings,
  repoPath,
  selectAnnotations,
  shortfall,
  workflowCommand
} from "./chunk-WHQYEYKH.js";
import "./chunk-7SZVRMJ5.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotationFor,
  describe,
  escapeData,
  escapeProperty,
  formatGithub,
  githubFormat,
  literalBlock,
  plainLine,
  rankFindings,
  repoPath,
  selectAnnotations,
  shortfall,
  workflowCommand
};
