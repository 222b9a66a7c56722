#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  IN_FLIGHT,
  checkPath,
  jobOf,
  mapLimited
} from "./chunk-TN4OT6N4.js";
import {
  ConfigResolver
} from "./chunk-USSQMUOT.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-QIGK5DEA.js";
import "./chunk-QATR52OM.js";
import "./chunk-R55COTBL.js";
import "./chunk-E2A6QGZ5.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
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
  void mapLimited(request.files, IN_FLIGHT, (file) => checkPath(file, current), (outcome, i) => outcomes[i] = outcome).then(() => {
    parentPort?.postMessage({ start: request.start, outcomes });
  });
});
