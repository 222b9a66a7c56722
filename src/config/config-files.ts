// Config lookup on disk: the nearest .headroomrc* or package.json `headroom` field above a manifest wins
// (no cascading, like unified-engine's rc files). Only data formats are read: a config can never run code.
// Shared by the CLI, its worker threads and the GitHub Action.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseData} from '../parse/yaml-adapter.js'
import {ConfigError, settingsFrom, validateConfig} from './validate.js'
import {SettingsError, type HeadroomConfig, type Settings} from './settings.js'
import {withEvidence} from '../audit/attach.js'
import {configFromConfigMap, isConfigMap} from '../audit/configmap.js'
import type {AuditData} from '../audit/data.js'

export const RC_NAMES = ['.headroomrc', '.headroomrc.json', '.headroomrc.yaml', '.headroomrc.yml'] as const
export const PACKAGE_FIELD = 'headroom'

export interface ResolvedConfig {
  readonly settings: Settings
  /** the config file used, if any */
  readonly source: string | undefined
}

export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>()
  private readonly explicit: ResolvedConfig | undefined

  constructor(
    private readonly cwd: string,
    private readonly overrides: HeadroomConfig,
    explicitPath?: string | undefined,
    /** audit data (`--audit FILE…`), loaded once; every resolved config gets evidence from it */
    private readonly audit?: AuditData | undefined
  ) {
    if (explicitPath !== undefined) {
      const file = path.resolve(cwd, explicitPath)
      this.explicit = this.load(file, this.display(file))
    }
  }

  /** Settings for a manifest at `filePath` (throws ConfigError for a bad config file). */
  forFile(filePath: string | undefined): ResolvedConfig {
    if (this.explicit) return this.explicit
    return this.forDir(filePath ? path.dirname(path.resolve(this.cwd, filePath)) : this.cwd)
  }

  private forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir)
    if (cached) return cached
    let resolved: ResolvedConfig | undefined
    for (const name of RC_NAMES) {
      const candidate = path.join(dir, name)
      if (existsSync(candidate)) {
        resolved = this.load(candidate, this.display(candidate))
        break
      }
    }
    if (!resolved) {
      const pkg = path.join(dir, 'package.json')
      const field = existsSync(pkg) ? packageField(pkg, this.display(pkg)) : undefined
      if (field !== undefined) resolved = this.resolve(field, `${this.display(pkg)}#${PACKAGE_FIELD}`)
    }
    if (!resolved) {
      const parent = path.dirname(dir)
      resolved = parent === dir ? this.resolve(undefined, undefined) : this.forDir(parent)
    }
    this.byDir.set(dir, resolved)
    return resolved
  }

  private load(file: string, shown: string): ResolvedConfig {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new ConfigError(
        shown,
        '',
        `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
    const parsed = parseData(text)
    if (!parsed.ok)
      throw new ConfigError(
        `${shown}:${parsed.problem.line}:${parsed.problem.col}`,
        '',
        `is not valid YAML/JSON: ${parsed.problem.message}`
      )
    if (isConfigMap(parsed.data)) {
      // deploy/headroom-configmap.yaml: the config is the text under data[".headroomrc.yaml"] (or similar).
      const inner = configFromConfigMap(parsed.data, shown)
      if (!inner.ok) throw new ConfigError(inner.source, inner.pointer, inner.detail)
      return this.resolve(inner.data, inner.source)
    }
    return this.resolve(parsed.data ?? {}, shown)
  }

  /** `source` undefined: no config file applies, only the built-in defaults (and the flags). */
  private resolve(data: unknown, source: string | undefined): ResolvedConfig {
    // An empty config needs no schema check, so a run without a config file never runs the validator.
    const config = source === undefined ? {} : validateConfig(data, source)
    const settings = settingsFrom(config, source ?? 'defaults', this.overrides)
    try {
      return {settings: withEvidence(settings, config, this.audit), source}
    } catch (error) {
      if (error instanceof SettingsError) throw new ConfigError(source ?? 'defaults', error.pointer, error.message)
      throw error
    }
  }

  private display(file: string): string {
    const relative = path.relative(this.cwd, file)
    return relative.startsWith('..') ? file : relative
  }
}

function packageField(file: string, shown: string): unknown {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return data[PACKAGE_FIELD]
  } catch (error) {
    throw new ConfigError(shown, '', `is not valid JSON: ${(error as Error).message}`)
  }
}
