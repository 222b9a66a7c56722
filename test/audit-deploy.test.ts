// The deploy templates for in-cluster audits parse, fit together and pass our own check; the ConfigMap is
// a valid config and `--config` takes it like an rc file.
import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import {configFromConfigMap} from '../src/audit/configmap.js'
import {validateConfig} from '../src/config/validate.js'
import {ROOT, removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const FIXTURES = path.join(ROOT, 'fixtures/audit')
const DEPLOY = path.join(ROOT, 'deploy')

function workspace(): string {
  const dir = tempDir('headroom-audit-')
  cpSync(FIXTURES, dir, {recursive: true})
  return dir
}

describe('deploy templates', () => {
  const docs = (file: string) => {
    const parsed = parseAllDocuments(readFileSync(path.join(DEPLOY, file), 'utf8'))
    for (const doc of parsed) expect(doc.errors, file).toEqual([])
    // biome-ignore lint/suspicious/noExplicitAny: arbitrary manifests, read by path in the assertions
    return parsed.map((d) => d.toJS() as Record<string, any>)
  }

  it('audit-cronjob.yaml: ServiceAccount, ClusterRole (list nodes, get nodes/proxy), binding, PVC and a CronJob running headroom collect', () => {
    const objects = docs('audit-cronjob.yaml')
    const byKind = (kind: string) => objects.filter((o) => o.kind === kind)
    expect(objects.map((o) => o.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'PersistentVolumeClaim',
      'CronJob'
    ])
    const [role] = byKind('ClusterRole')
    expect(role?.rules).toEqual([
      {apiGroups: [''], resources: ['nodes'], verbs: ['list']},
      {apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get']}
    ])
    const [binding] = byKind('ClusterRoleBinding')
    const [account] = byKind('ServiceAccount')
    expect(binding?.roleRef).toMatchObject({kind: 'ClusterRole', name: role?.metadata.name})
    expect(binding?.subjects).toEqual([
      {kind: 'ServiceAccount', name: account?.metadata.name, namespace: account?.metadata.namespace}
    ])
    const [cron] = byKind('CronJob')
    const pod = cron?.spec.jobTemplate.spec.template.spec
    expect(pod.serviceAccountName).toBe(account?.metadata.name)
    const script = String(pod.containers[0].args[0])
    expect(script).toMatch(/headroom collect .*--out "\$out"/)
    expect(script).toContain('out="/data/summaries-')
    const data = pod.containers[0].volumeMounts.find((m: {mountPath: string}) => m.mountPath === '/data')
    const volume = pod.volumes.find((v: {name: string}) => v.name === data.name)
    expect(volume.persistentVolumeClaim.claimName).toBe(byKind('PersistentVolumeClaim')[0]?.metadata.name)
    const config = pod.volumes.find((v: {configMap?: unknown}) => v.configMap)
    expect(config.configMap.name).toBe(docs('headroom-configmap.yaml')[0]?.metadata.name)
  })

  it('headroom-configmap.yaml holds a config that passes the config schema', () => {
    const [configMap] = docs('headroom-configmap.yaml')
    const inner = configFromConfigMap(configMap ?? {}, 'deploy/headroom-configmap.yaml')
    expect(inner.ok).toBe(true)
    if (inner.ok) expect(() => validateConfig(inner.data, inner.source)).not.toThrow()
  })

  it('our own templates pass our own check', async () => {
    const run = await headroomIn(['check', 'deploy'])
    expect(run.code, run.stderr).toBe(0)
  })

  it('--config accepts the ConfigMap manifest as well as an rc file', async () => {
    const dir = workspace()
    try {
      const run = await headroomIn(
        [
          'check',
          '--config',
          path.join(DEPLOY, 'headroom-configmap.yaml'),
          'manifests',
          '--audit',
          'samples-oom.json',
          '--format',
          'json'
        ],
        {cwd: dir}
      )
      expect(run.code).toBe(1)
      expect(JSON.parse(run.stdout).files[0].findings.length).toBeGreaterThan(0)
      // A broken config inside a ConfigMap names the ConfigMap key.
      writeFileSync(
        path.join(dir, 'cm.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  .headroomrc.yaml: |\n    audit: {k: 1.5}\n'
      )
      const bad = await headroomIn(['check', '--config', 'cm.yaml', 'manifests'], {cwd: dir})
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/cm\.yaml#data\/\.headroomrc\.yaml: \/audit\/k must be integer/)
      writeFileSync(
        path.join(dir, 'cm2.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {other: "1"}\n'
      )
      expect((await headroomIn(['check', '--config', 'cm2.yaml', 'manifests'], {cwd: dir})).stderr).toMatch(
        /cm2\.yaml: \/data has none of the keys \.headroomrc/
      )
    } finally {
      removeTree(dir)
    }
  })
})
