#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  IN_FLIGHT,
  checkPath,
  jobOf,
  mapLimited
} from "./chunk-ZSQBFDS3.js";
import {
  ConfigResolver
} from "./chunk-JQOKJY3Y.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-PYA2A7PI.js";
import "./chunk-7V4ZG3AY.js";
import "./chunk-CZD67XWB.js";
import "./chunk-4Z6CYX76.js";
import "./chunk-OY5U4RUJ.js";
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
