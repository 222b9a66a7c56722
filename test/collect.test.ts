// `headroom collect` end to end with the real kubectl (/usr/bin/kubectl) against a small fake API server
// on 127.0.0.1 (loopback only): discovery (/api, /apis, /api/v1), the node list and each node's
// /proxy/stats/summary. node-b answers 503 like a kubelet that is down; its error is reported and the
// other nodes are still written.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {collect, parseDuration} from '../src/audit/collect.js'
import {loadAudit} from '../src/audit/data.js'
import {removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const KUBECTL = '/usr/bin/kubectl'
const MI = 1048576

interface Fake {
  requests: string[]
  nodesForbidden: boolean
}

const fake: Fake = {requests: [], nodesForbidden: false}
let server: http.Server
let dir: string
let kubeconfig: string
let env: NodeJS.ProcessEnv

function summary(node: string, at: string) {
  return {
    node: {nodeName: node, memory: {time: at, workingSetBytes: 4000 * MI}},
    pods: [
      {
        podRef: {
          name: `checkout-7d4b9c8f6-${node === 'node-a' ? 'x2z9k' : 'q8w2n'}`,
          namespace: 'shop',
          uid: `uid-${node}-1`
        },
        containers: [
          {
            name: 'istio-proxy',
            startTime: at,
            cpu: {usageNanoCores: 1},
            memory: {time: at, workingSetBytes: 150 * MI, usageBytes: 190 * MI, rssBytes: 120 * MI}
          },
          {name: 'checkout', memory: {time: at, workingSetBytes: 400 * MI, usageBytes: 500 * MI}}
        ]
      },
      {
        podRef: {
          name: `fluent-bit-${node === 'node-a' ? 'b7n4c' : 'k2m5p'}`,
          namespace: 'logging',
          uid: `uid-${node}-2`
        },
        containers: [{name: 'fluent-bit', memory: {time: at, workingSetBytes: 60 * MI}}]
      }
    ]
  }
}

function send(res: http.ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, {'content-type': 'application/json'})
  res.end(JSON.stringify(body))
}

const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  code
})

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    fake.requests.push(url.pathname)
    const summaryPath = /^\/api\/v1\/nodes\/([^/]+)\/proxy\/stats\/summary$/.exec(url.pathname)
    if (summaryPath) {
      const node = decodeURIComponent(summaryPath[1] ?? '')
      if (node === 'node-b')
        return send(
          res,
          503,
          status(
            503,
            'ServiceUnavailable',
            'error trying to reach service: dial tcp 10.0.0.2:10250: connect: connection refused'
          )
        )
      return send(res, 200, summary(node, new Date().toISOString()))
    }
    switch (url.pathname) {
      case '/version':
        return send(res, 200, {major: '1', minor: '32', gitVersion: 'v1.32.0'})
      case '/api':
        return send(res, 200, {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [{clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1'}]
        })
      case '/apis':
        return send(res, 200, {kind: 'APIGroupList', apiVersion: 'v1', groups: []})
      case '/api/v1':
        return send(res, 200, {
          kind: 'APIResourceList',
          groupVersion: 'v1',
          resources: [
            {
              name: 'nodes',
              singularName: 'node',
              namespaced: false,
              kind: 'Node',
              verbs: ['get', 'list'],
              shortNames: ['no']
            },
            {name: 'nodes/proxy', singularName: '', namespaced: false, kind: 'NodeProxyOptions', verbs: ['get']}
          ]
        })
      case '/api/v1/nodes':
        if (fake.nodesForbidden)
          return send(
            res,
            403,
            status(
              403,
              'Forbidden',
              'nodes is forbidden: User "system:serviceaccount:x:y" cannot list resource "nodes" in API group "" at the cluster scope'
            )
          )
        return send(res, 200, {
          kind: 'NodeList',
          apiVersion: 'v1',
          metadata: {resourceVersion: '1'},
          items: ['node-a', 'node-b', 'node-c'].map((name) => ({
            kind: 'Node',
            apiVersion: 'v1',
            metadata: {name, uid: `uid-${name}`}
          }))
        })
      default:
        return send(res, 404, status(404, 'NotFound', 'the server could not find the requested resource'))
    }
  })
  // Loopback only.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  dir = tempDir('headroom-collect-')
  kubeconfig = path.join(dir, 'kubeconfig')
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
clusters:
  - name: fake
    cluster: {server: "http://127.0.0.1:${port}"}
users:
  - name: tester
    user: {token: not-a-secret}
contexts:
  - name: fake
    context: {cluster: fake, user: tester}
current-context: fake
`
  )
  // kubectl keeps its discovery cache under $HOME/.kube; keep it out of the real home.
  env = {...process.env, HOME: dir, KUBECONFIG: kubeconfig, NO_COLOR: '1'}
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  removeTree(dir)
})

const run = (args: readonly string[]) => headroomIn(args, {cwd: dir, env})

describe.skipIf(!existsSync(KUBECTL))('headroom collect with the real kubectl', () => {
  it('collects every node that answers, reports the one that does not, and --audit reads the result', async () => {
    const lines: string[] = []
    const log: string[] = []
    const result = await collect(
      {
        kubectl: KUBECTL,
        kubeconfig,
        namespaces: [],
        samples: 2,
        intervalMs: 50,
        full: false,
        requestTimeout: '10s',
        concurrency: 2,
        env
      },
      {write: async (l) => void lines.push(...l)},
      (m) => log.push(m)
    )
    expect(result).toMatchObject({nodes: ['node-a', 'node-b', 'node-c'], snapshots: 4, fatal: false})
    expect(result.errors.map((e) => [e.node, e.round])).toEqual([
      ['node-b', 1],
      ['node-b', 2]
    ])
    expect(log[0]).toMatch(
      /^node node-b \(sample 1\): Error from server \(ServiceUnavailable\): error trying to reach service/
    )
    expect(fake.requests).toEqual(
      expect.arrayContaining(['/api', '/api/v1/nodes', '/api/v1/nodes/node-a/proxy/stats/summary'])
    )
    const first = JSON.parse(lines[0] ?? '{}')
    expect(Object.keys(first)).toEqual(['collectedAt', 'node', 'pods'])
    expect(first.pods[0].containers[0]).toEqual({
      name: 'istio-proxy',
      startTime: expect.any(String),
      memory: {time: expect.any(String), workingSetBytes: 150 * MI, usageBytes: 190 * MI, rssBytes: 120 * MI}
    })
    const file = path.join(dir, 'in-process.ndjson')
    writeFileSync(file, `${lines.join('\n')}\n`)
    const data = await loadAudit([file], {cwd: dir})
    expect(data.files[0]).toMatchObject({format: 'kubelet-summary', records: 4})
    expect(data.instances.filter((i) => i.container === 'istio-proxy').map((i) => i.points)).toEqual([2, 2])
  })

  it('the CLI: --kubeconfig, --namespace, --samples, --interval, --out; exit 1 when a node failed', async () => {
    const out = await run([
      'collect',
      '--kubeconfig',
      kubeconfig,
      '--namespace',
      'shop',
      '--samples',
      '2',
      '--interval',
      '100ms',
      '--out',
      'data/summaries.ndjson',
      '--kubectl',
      KUBECTL
    ])
    expect(out.code, out.stderr).toBe(1)
    expect(out.stderr).toMatch(/^headroom collect: node node-b \(sample 1\): Error from server \(ServiceUnavailable\)/m)
    expect(out.stderr).toMatch(
      /headroom collect: 4 snapshots \(4 pod entries\) from 2 of 3 nodes to data\/summaries\.ndjson; 2 failed requests \(node-b\)/
    )
    const written = readFileSync(path.join(dir, 'data/summaries.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(written).toHaveLength(4)
    expect(written.map((s) => s.node.nodeName).sort()).toEqual(['node-a', 'node-a', 'node-c', 'node-c'])
    for (const snapshot of written) {
      expect(Number.isNaN(Date.parse(snapshot.collectedAt))).toBe(false)
      expect(snapshot.pods.map((p: {podRef: {namespace: string}}) => p.podRef.namespace)).toEqual(['shop'])
    }
    const audit = await run(['audit', 'data/summaries.ndjson', '--format', 'json'])
    expect(audit.code, audit.stderr).toBe(0)
    const report = JSON.parse(audit.stdout)
    expect(report.containers.find((c: {container: string}) => c.container === 'istio-proxy')).toMatchObject({
      namespace: 'shop',
      workload: 'checkout',
      instances: 2,
      points: 4
    })
  })

  it('no access to nodes: exit 2 and says why; nothing is written', async () => {
    fake.nodesForbidden = true
    try {
      const out = await run(['collect', '--kubeconfig', kubeconfig, '--out', 'forbidden.ndjson', '--kubectl', KUBECTL])
      expect(out.code).toBe(2)
      expect(out.stderr).toMatch(
        /^headroom collect: cannot list nodes: Error from server \(Forbidden\): nodes is forbidden/m
      )
      expect(existsSync(path.join(dir, 'forbidden.ndjson'))).toBe(false)
    } finally {
      fake.nodesForbidden = false
    }
  })

  it('usage errors and a missing kubectl', async () => {
    expect((await run(['collect', '--interval', 'soon'])).stderr).toMatch(/--interval must be a duration like 30s/)
    expect((await run(['collect', '--samples', '0'])).code).toBe(2)
    const missing = await run(['collect', '--kubectl', path.join(dir, 'no-kubectl')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no-kubectl not found; install kubectl or pass --kubectl PATH/)
  })
})

describe('durations', () => {
  it('parses 30s, 1m, 500ms, 2h', () => {
    expect([
      parseDuration('30s'),
      parseDuration('1m'),
      parseDuration('500ms'),
      parseDuration('2h'),
      parseDuration('1.5s'),
      parseDuration('soon')
    ]).toEqual([30_000, 60_000, 500, 7_200_000, 1500, undefined])
  })
})
