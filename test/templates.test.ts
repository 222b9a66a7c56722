// Template detection is structural (src/parse/templates.ts): string scalars are data; only a document
// whose structure holds template syntax is left out, and the rest of the file or stream is checked.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {resolveSettings} from '../src/config/settings.js'
import {analyzeText} from '../src/engine/analyze.js'
import {parseManifest} from '../src/parse/templates.js'
import {runFilter} from '../src/cli/stdin.js'
import {parseCli} from '../src/cli/options.js'

const sidecar = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: web
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
            requests:
              memory: 128Mi
            limits:
              memory: 128Mi
`

const check = (text: string) => analyzeText({path: 'x.yaml', text}, resolveSettings({}), {fix: false})
const rules = (text: string) => check(text).findings.map((f) => f.ruleId)

describe('template detection', () => {
  it('reads template syntax inside quoted, multi-line and block scalars as data', () => {
    const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  quoted: "project: {{PROJECT_ID}}
    and more {{ .Values.x }}"
  block: |
    {{- with secret "db" -}}
    {{ .Data.password }}
    {{- end }}
---
`
    expect(rules(configMap + sidecar)).toEqual(['sidecar-memory-headroom'])
  })

  it('reads a Vault agent template annotation as data', () => {
    const vault = sidecar.replace(
      '    spec:\n      containers',
      '    metadata:\n      annotations:\n        vault.hashicorp.com/agent-inject-template-db: |\n          {{- with secret "database/creds/app" -}}\n          postgres://{{ .Data.username }}@db\n          {{- end }}\n    spec:\n      containers'
    )
    expect(rules(vault)).toEqual(['sidecar-memory-headroom'])
  })

  it('leaves out a document whose plain value is an action, and checks the others', () => {
    const templated = sidecar.replace('image: web', 'image: {{ .Values.image }}')
    const result = check(`${templated}---\n${sidecar}`)
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['template', 10],
      ['sidecar-memory-headroom', 35]
    ])
    expect(result.findings[0]?.message).toMatch(
      /^a document \(line 10\) contains Go\/Helm template syntax and is not checked; the other documents are/
    )
  })

  it('leaves out a document whose key is a template, `${VAR}` included', () => {
    const keyed = sidecar.replace('  name: web\n', '  name: web\n  ${LABEL}: x\n')
    expect(rules(`${keyed}---\n${sidecar}`)).toEqual(['template', 'sidecar-memory-headroom'])
  })

  it('reads `${VAR}` in a value as data (the value, not the document, is unknown)', () => {
    expect(rules(sidecar.replace('image: web', 'image: ${IMAGE}'))).toEqual(['sidecar-memory-headroom'])
    expect(
      rules(sidecar.replace('memory: 128Mi\n            limits', 'memory: ${MEM}\n            limits'))
    ).not.toContain('template')
  })

  it('leaves out a document that fails to parse because of chart actions, and fixes the others in place', () => {
    const chart = `{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    {{- include "labels" . | nindent 4 }}\n{{- end }}\n`
    const text = `${chart}---\n${sidecar}`
    expect(rules(text)).toEqual(['template', 'sidecar-memory-headroom'])
    const fixed = analyzeText({path: 'x.yaml', text}, resolveSettings({}), {fix: true})
    expect(fixed.output?.startsWith(chart)).toBe(true)
    // (raised to istio-proxy's class floor, Istio's default limit)
    expect(fixed.output).toContain('memory: 1Gi')
  })

  it('reports a document that fails for another reason as invalid YAML, even with template text in a string', () => {
    const broken = `apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |\n    project: {{PROJECT_ID}}\napiVersion: v2\n`
    expect(rules(broken)).toEqual(['yaml-syntax'])
  })

  it('skips a whole chart file with one finding', () => {
    const chart = `{{- if .Values.a }}\napiVersion: v1\nkind: Service\n{{- end }}\n---\n{{- if .Values.b }}\napiVersion: v1\nkind: Service\n{{- end }}\n`
    const result = check(chart)
    expect(result.skipped).toBe(true)
    expect(result.findings.map((f) => f.ruleId)).toEqual(['template'])
  })

  it('never takes a document for a template because of what a double-quoted string holds', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('{', '}', '$', ' ', '-', 'x', '.', '%', '\n')}), (body) => {
        const quoted = JSON.stringify(body)
        const parsed = parseManifest({path: 'x.yaml', text: `apiVersion: v1\nkind: ConfigMap\ndata:\n  a: ${quoted}\n`})
        expect(parsed.ok && parsed.templates).toEqual([])
      })
    )
  })

  it('checks the rest of a stdin stream', () => {
    const chart = `{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\n{{- end }}\n`
    const outcome = runFilter(`${chart}---\n${sidecar}`, resolveSettings({}), parseCli(['check', '-']), '0.0.0')
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('sidecar-memory-headroom')
  })
})
