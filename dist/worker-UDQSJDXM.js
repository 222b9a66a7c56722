#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  IN_FLIGHT,
  checkPath,
  jobOf,
  mapLimited
} from "./chunk-Z6PAK2RV.js";
import {
  ConfigResolver
} from "./chunk-SQEB3G2T.js";
import "./chunk-2G3HYGBX.js";
import "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";

// src/run/worker.ts
import { parentPort } from "node:worker_threads";
var job;
parentPort?.on("message", (request) => {
  if ("setup" in request) {
    const { setup } = request;
    job = jobOf(setup, new ConfigResolver(setup.cwd, setup.overrides, setup.explicitConfig, setup.audit));
    return;
  }
  const current = job;
  if (!current) throw new Error("a batch of files arrived before the setup");
  const outcomes = [];
  void mapLimited(
    request.files,
    IN_FLIGHT,
    (file) => checkPath(file, current),
    (outcome, i) => outcomes[i] = outcome
  ).then(() => {
    parentPort?.postMessage({ start: request.start, outcomes });
  });
});
