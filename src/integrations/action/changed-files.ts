// Which files a pull request changed. On the PR merge commit that actions/checkout checks out by default,
// the PR's changes are exactly `HEAD^1..HEAD` (the first parent is the base branch tip), which a
// depth-2 checkout already has. With the PR head checked out and full history, the merge base is used:
// `base...head` (three dots). Never the two-dot diff against the event's base sha: when main moved on
// after the branch point, that diff also lists every file main changed since.
import {execFileSync} from 'node:child_process'
import path from 'node:path'

export type ChangedFiles =
  | {readonly ok: true; readonly files: ReadonlySet<string>; readonly how: string}
  | {readonly ok: false; readonly reason: string}

export interface PullRequestShas {
  readonly base?: string | undefined
  readonly head?: string | undefined
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', [...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  })
}

function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args)
  } catch {
    return undefined
  }
}

/** Absolute paths of the files (not deletions) the pull request changed. */
export function changedFiles(workspace: string, shas: PullRequestShas): ChangedFiles {
  const top = tryGit(workspace, ['rev-parse', '--show-toplevel'])?.trim()
  if (!top) return {ok: false, reason: `${workspace} is not a git checkout`}
  const parents = (tryGit(workspace, ['rev-list', '--parents', '-n', '1', 'HEAD']) ?? '').trim().split(/\s+/)
  const [, firstParent, secondParent] = parents
  // The merge commit GitHub made for the PR: its second parent is the PR head.
  if (firstParent && secondParent && parents.length === 3 && (!shas.head || secondParent === shas.head)) {
    const files = diff(workspace, top, ['HEAD^1', 'HEAD'])
    if (files) return {ok: true, files, how: 'git diff HEAD^1 HEAD (the PR merge commit)'}
  }
  if (shas.base && shas.head) {
    const mergeBase = tryGit(workspace, ['merge-base', shas.base, shas.head])?.trim()
    if (mergeBase) {
      const files = diff(workspace, top, [`${shas.base}...${shas.head}`])
      if (files)
        return {
          ok: true,
          files,
          how: `git diff ${shas.base.slice(0, 7)}...${shas.head.slice(0, 7)} (from the merge base)`
        }
    }
  }
  return {
    ok: false,
    reason:
      'cannot tell which files the pull request changed: HEAD is not the PR merge commit and the base/head history is missing ' +
      '(use the default actions/checkout ref with fetch-depth: 2, or fetch-depth: 0)'
  }
}

function diff(workspace: string, top: string, range: readonly string[]): Set<string> | undefined {
  const out = tryGit(workspace, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-ext-diff',
    '--name-only',
    '-z',
    '--diff-filter=d',
    ...range,
    '--'
  ])
  if (out === undefined) return undefined
  return new Set(
    out
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => path.resolve(top, f))
  )
}

/** The base and head shas of a pull_request / pull_request_target event payload. */
export function pullRequestShas(event: unknown): PullRequestShas {
  const pr = (event as {pull_request?: {base?: {sha?: unknown}; head?: {sha?: unknown}}} | null)?.pull_request
  const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{7,64}$/i.test(v) ? v : undefined)
  return {base: sha(pr?.base?.sha), head: sha(pr?.head?.sha)}
}
