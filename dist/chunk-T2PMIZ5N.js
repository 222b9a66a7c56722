#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/audit/workloads.ts
var SAFE = "[bcdfghjklmnpqrstvwxz2456789]";
var DEPLOYMENT = new RegExp(`^(.+)-(${SAFE}{1,10})-(${SAFE}{5})$`);
var KNATIVE = new RegExp(`^(.+)-\\d{5}-deployment-${SAFE}{1,10}-${SAFE}{5}$`);
var SUFFIXED = new RegExp(`^(.+)-(${SAFE}{5})$`);
var ORDINAL = /^(.+)-(0|[1-9]\d{0,5})$/;
var CRON_JOB = /^(.+)-(\d{8,})$/;
var DEPLOYMENT_KINDS = ["Deployment", "Rollout", "DeploymentConfig"];
var SUFFIXED_KINDS = ["DaemonSet", "Job", "CloneSet", "ReplicaSet", "ReplicationController"];
var KNOWN_KINDS = /* @__PURE__ */ new Set([
  ...DEPLOYMENT_KINDS,
  ...SUFFIXED_KINDS,
  "StatefulSet",
  "CronJob",
  "Pod",
  "Service",
  "Configuration"
]);
function workloadCandidates(pod, hint) {
  if (hint) {
    const kind = hint.kind ? canonicalKind(hint.kind) : void 0;
    if (kind === "ReplicaSet") {
      const m = new RegExp(`^(.+)-${SAFE}{1,10}$`).exec(hint.name);
      if (m)
        return [
          { name: m[1], kinds: DEPLOYMENT_KINDS, label: "Deployment" },
          { name: hint.name, kinds: ["ReplicaSet"], label: "ReplicaSet" }
        ];
    }
    if (kind === "Job") {
      const m = CRON_JOB.exec(hint.name);
      if (m)
        return [
          { name: m[1], kinds: ["CronJob"], label: "CronJob" },
          { name: hint.name, kinds: ["Job"], label: "Job" }
        ];
    }
    return [{ name: hint.name, kinds: kind ? kindsFor(kind) : [...KNOWN_KINDS], label: kind ?? "workload" }];
  }
  const out = [];
  const knative = KNATIVE.exec(pod);
  if (knative) out.push({ name: knative[1], kinds: ["Service", "Configuration"], label: "Service" });
  const deployment = DEPLOYMENT.exec(pod);
  if (deployment) out.push({ name: deployment[1], kinds: DEPLOYMENT_KINDS, label: "Deployment" });
  const suffixed = SUFFIXED.exec(pod);
  if (suffixed) {
    const job = suffixed[1];
    const cron = CRON_JOB.exec(job);
    if (cron) out.push({ name: cron[1], kinds: ["CronJob"], label: "CronJob" });
  }
  const ordinal = ORDINAL.exec(pod);
  if (ordinal) out.push({ name: ordinal[1], kinds: ["StatefulSet"], label: "StatefulSet" });
  if (suffixed) out.push({ name: suffixed[1], kinds: SUFFIXED_KINDS, label: "DaemonSet/Job" });
  if (deployment) out.push({ name: `${deployment[1]}-${deployment[2]}`, kinds: ["ReplicaSet"], label: "ReplicaSet" });
  out.push({ name: pod, kinds: ["Pod"], label: "Pod" });
  return out;
}
function kindFits(candidate, kind) {
  if (kind === void 0 || !KNOWN_KINDS.has(kind)) return true;
  return candidate.kinds.includes(kind);
}
function hintFromLabels(pod, labels) {
  if (!labels) return void 0;
  const hash = labels["pod-template-hash"];
  if (hash) {
    const m = new RegExp(`^(.+)-${escapeRegExp(hash)}-[^-]+$`).exec(pod);
    if (m) return { kind: "Deployment", name: m[1] };
  }
  const stsPod = labels["statefulset.kubernetes.io/pod-name"];
  if (stsPod) {
    const m = ORDINAL.exec(stsPod);
    if (m) return { kind: "StatefulSet", name: m[1] };
  }
  const job = labels["job-name"] ?? labels["batch.kubernetes.io/job-name"];
  if (job) return { kind: "Job", name: job };
  return void 0;
}
function hintFromPromLabels(labels) {
  const workload = labels.workload;
  if (workload) return { kind: labels.workload_type, name: workload };
  const owner = labels.created_by_name ?? labels.owner_name;
  const ownerKind = labels.created_by_kind ?? labels.owner_kind;
  if (owner && ownerKind && ownerKind !== "<none>") return { kind: ownerKind, name: owner };
  return void 0;
}
function canonicalKind(kind) {
  const lower = kind.toLowerCase();
  for (const known of KNOWN_KINDS) if (known.toLowerCase() === lower) return known;
  return kind;
}
function kindsFor(kind) {
  if (kind === "Deployment") return DEPLOYMENT_KINDS;
  return [kind];
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  workloadCandidates,
  kindFits,
  hintFromLabels,
  hintFromPromLabels
};
