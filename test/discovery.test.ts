// What a folder walk takes as a manifest (issue 13 point 2 and 5): JSON that is not a Kubernetes object
// and chainsaw/kuttl assertion files are skipped quietly; an explicitly named file is always taken; an
// explicitly named folder that .gitignore excludes is checked with a note; an empty folder is a usage error.
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {discover} from '../src/discover/discover.js'
import {removeTree, ROOT, tempDir, treeOf} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web\n'

describe('discovery', () => {
  it('a walked .json is a manifest only with apiVersion and kind at its top', async () => {
    const dir = treeOf({
      'deploy/web.yaml': DEPLOYMENT,
      'deploy/svc.json': '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}}',
      '.vscode/launch.json': '{\n  // JSONC with comments\n  "version": "0.2.0", "configurations": []\n}\n',
      'tsconfig.json': '{"compilerOptions": {"strict": true}}',
      'package-lock.json': '{"name": "x", "lockfileVersion": 3, "packages": {"": {"kind": "not k8s"}}}',
      'schema.json': '{"apiVersion": {"type": "string"}, "kind": {"type": "string"}}'
    })
    try {
      const found = await discover(['.'], dir)
      expect(found.files).toEqual(['deploy/svc.json', 'deploy/web.yaml'])
      expect(found.skipped?.map((s) => s.file)).toEqual([
        '.vscode/launch.json',
        'package-lock.json',
        'schema.json',
        'tsconfig.json'
      ])
      // Named explicitly, a file stays strict: it is read and its problems reported.
      expect((await discover(['tsconfig.json'], dir)).files).toEqual(['tsconfig.json'])
    } finally {
      removeTree(dir)
    }
  })

  it('chainsaw assertion files beside a Test are skipped by default; --test-asserts takes them', async () => {
    const dir = tempDir()
    try {
      const test = path.join(dir, 'tests/smoke')
      mkdirSync(test, {recursive: true})
      for (const name of ['chainsaw-test.yaml', '01-assert.yaml', '01-install-app.yaml'])
        copyFileSync(path.join(ROOT, 'fixtures/discovery', name), path.join(test, name))
      writeFileSync(path.join(dir, 'other-assert.yaml'), DEPLOYMENT)
      const found = await discover(['.'], dir)
      expect(found.files).toEqual([
        'other-assert.yaml',
        'tests/smoke/01-install-app.yaml',
        'tests/smoke/chainsaw-test.yaml'
      ])
      expect(found.skipped?.map((s) => s.file)).toEqual(['tests/smoke/01-assert.yaml'])
      expect((await discover(['.'], dir, {testAsserts: true})).files).toContain('tests/smoke/01-assert.yaml')
      const run = await headroomIn(['check', '.', '--verbose'], {cwd: dir})
      expect(run.stderr).toContain(
        'headroom: skipped tests/smoke/01-assert.yaml: a chainsaw/kuttl test assertion, not a manifest (--test-asserts checks them)'
      )
    } finally {
      removeTree(dir)
    }
  })

  it('CLI: JSON that is not a manifest does not fail the run; a clean run prints one summary line', async () => {
    const dir = treeOf({'web.yaml': DEPLOYMENT, 'tsconfig.json': '{\n  // comment\n  "compilerOptions": {}\n}\n'})
    try {
      const run = await headroomIn(['check', '.'], {cwd: dir})
      expect(run.code).toBe(0)
      expect(run.stderr).toBe(
        'headroom: skipped 1 file that is not a manifest (--verbose lists them)\n1 manifest, 1 workload, 0 findings\n'
      )
    } finally {
      removeTree(dir)
    }
  })

  it('CLI: an explicitly named folder that .gitignore excludes is checked, with a note; an empty folder is exit 2', async () => {
    const dir = treeOf({
      '.gitignore': 'rendered/\n',
      'rendered/web.yaml': DEPLOYMENT,
      'empty/README.md': 'nothing here\n'
    })
    try {
      mkdirSync(path.join(dir, '.git'))
      const run = await headroomIn(['check', 'rendered'], {cwd: dir})
      expect(run.code).toBe(0)
      expect(run.stderr).toBe(
        'headroom: rendered is excluded by .gitignore; checking it because it was named explicitly\n1 manifest, 1 workload, 0 findings\n'
      )
      const empty = await headroomIn(['check', 'empty'], {cwd: dir})
      expect(empty.code).toBe(2)
      expect(empty.stderr).toContain('no manifests found in empty')
      expect(empty.stderr).not.toContain('no such file')
    } finally {
      removeTree(dir)
    }
  })
})
