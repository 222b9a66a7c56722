// Staged rollout: `--namespace` / `--resource` decide which workloads a run reports and fixes; the rest
// is counted, never reported, never written.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkSelection, selects, SelectionError, type Selection} from '../src/engine/selection.js'
import {headroom, copyTree, ROOT} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const deploy = {apiVersion: 'apps/v1', kind: 'Deployment', name: 'checkout', namespace: 'shop-canary'}
const sel = (namespaces: string[], resources: string[] = []): Selection => ({namespaces, resources})

describe('selection', () => {
  it('matches namespaces by glob; a manifest without a namespace is outside any --namespace', () => {
    expect(selects(sel(['shop-*']), deploy)).toBe(true)
    expect(selects(sel(['shop']), deploy)).toBe(false)
    expect(selects(sel(['payments', 'shop-canary']), deploy)).toBe(true)
    expect(selects(sel(['*']), {...deploy, namespace: undefined})).toBe(false)
    expect(selects(undefined, deploy)).toBe(true)
  })

  it('reads --resource as kubectl does: kind, plural or short name, .group, /name glob', () => {
    for (const resource of [
      'deploy',
      'Deployment',
      'deployments',
      'deploy/checkout',
      'deployments.apps/check*',
      'DEPLOY/checkout'
    ]) {
      expect(selects(sel([], [resource]), deploy), resource).toBe(true)
    }
    for (const resource of ['sts', 'deploy/cart', 'deployments.extensions/checkout', 'ds']) {
      expect(selects(sel([], [resource]), deploy), resource).toBe(false)
    }
    expect(
      selects(sel([], ['ro/web']), {apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web', namespace: 'x'})
    ).toBe(true)
    expect(
      selects(sel([], ['ksvc']), {apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'hello', namespace: 'x'})
    ).toBe(true)
    expect(
      selects(sel([], ['cronjobs']), {apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', namespace: 'x'})
    ).toBe(true)
  })

  it('narrows by namespace and resource together', () => {
    expect(selects(sel(['shop-canary'], ['sts']), deploy)).toBe(false)
    expect(selects(sel(['shop-canary'], ['sts', 'deploy']), deploy)).toBe(true)
  })

  it('refuses what kubectl would not read', () => {
    for (const resource of ['', '/x', 'deploy/', 'a/b/c'])
      expect(() => checkSelection(sel([], [resource])), resource).toThrow(SelectionError)
  })
})

describe('check and fix with a selection (dist/cli.js)', () => {
  it('fixes only the canary namespace, says how many findings it left out, and the rest stays for a wider run', async () => {
    const dir = copyTree(path.join(ROOT, 'examples/gitops-repo'))
    const before = readFileSync(path.join(dir, 'base/payments/ledger.yaml'), 'utf8')
    const fixed = await headroomIn(['fix', '--namespace', 'shop', '.'], {cwd: dir})
    expect(fixed.stderr).toMatch(
      /headroom: 2 findings outside the selection \(--namespace shop\) left out, neither reported nor fixed/
    )
    expect(fixed.stderr).not.toMatch(/cloud-sql-proxy/)
    expect(readFileSync(path.join(dir, 'base/payments/ledger.yaml'), 'utf8')).toBe(before)
    const check = await headroomIn(['check', '.'], {cwd: dir})
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(/1 error, 1 warning/)
    expect(check.stderr).not.toMatch(/istio-proxy|oauth2-proxy/)
    const widened = await headroomIn(['check', '--namespace', 'shop', '.'], {cwd: dir})
    expect(widened.code).toBe(0)
    expect(widened.stderr).toMatch(/2 findings outside the selection/)
  })

  it('selects by kind/name, in machine formats and on stdin too', async () => {
    const dir = copyTree(path.join(ROOT, 'examples/gitops-repo'))
    const json = await headroomIn(['check', '--resource', 'deploy/checkout', '--format', 'json', '.'], {cwd: dir})
    expect(json.code).toBe(1)
    expect(json.stdout.match(/"ruleId"/g)).toHaveLength(1)
    expect((JSON.parse(json.stdout) as {summary: {errors: number; leftOut: number}}).summary).toMatchObject({
      errors: 1,
      leftOut: 3
    })
    expect(json.stderr).toMatch(/3 findings outside the selection \(--resource deploy\/checkout\)/)
    const text = readFileSync(path.join(dir, 'base/shop/checkout.yaml'), 'utf8')
    const piped = headroom(['check', '--namespace', 'payments', '-'], {cwd: dir, input: text})
    expect(piped.code).toBe(0)
    expect(piped.stderr).toMatch(/1 finding outside the selection \(--namespace payments\) left out/)
  })

  it('rejects a selection with baseline, and a malformed --resource (exit 2)', async () => {
    expect((await headroomIn(['baseline', '--namespace', 'x', 'examples/gitops-repo'])).code).toBe(2)
    const bad = await headroomIn(['check', '--resource', 'deploy/a/b', 'examples/gitops-repo'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--resource must be TYPE or TYPE\/NAME/)
  })
})
