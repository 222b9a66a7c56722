// `headroom check -` / `fix -` share the guarded parse and analysis of files (src/engine/analyze-source.ts):
// a bug is an `internal` finding with the same words, exit 2, and `fix -` passes the stream through unchanged.
// A bug cannot be triggered from outside on purpose, so the engine is replaced in this process.
import {describe, expect, it} from 'vitest'
import {withCrashingAnalysis} from './helpers/crash.js'

const STREAM = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.24.0
      resources:
        requests: {memory: 128Mi}
        limits: {memory: 100Mi}
`

describe('stdin: an internal error', () => {
  it('is reported as `internal` (exit 2); fix - writes the input back unchanged', async () => {
    await withCrashingAnalysis(
      () => true,
      async () => {
        const {runFilter} = await import('../src/cli/stdin.js')
        const {parseCli} = await import('../src/cli/options.js')
        const {resolveSettings} = await import('../src/config/settings.js')
        const settings = resolveSettings({})
        const check = runFilter(STREAM, settings, parseCli(['check', '--format', 'json', '-']), '0.0.0')
        expect(check.code).toBe(2)
        const report = JSON.parse(check.stderr) as {files: {findings: {ruleId: string; message: string}[]}[]}
        expect(report.files[0]?.findings.map((f) => f.ruleId)).toEqual(['internal'])
        expect(report.files[0]?.findings[0]?.message).toMatch(
          /^internal error while checking this file \(Cannot read properties of undefined \(reading 'pairs'\)\); file left unchanged/
        )
        const fix = runFilter(STREAM, settings, parseCli(['fix', '-']), '0.0.0')
        expect(fix.code).toBe(2)
        expect(fix.stdout).toBe(STREAM)
      }
    )
  })
})
