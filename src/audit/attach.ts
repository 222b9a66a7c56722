// Settings + loaded audit data -> settings whose rules see the evidence. Called once per resolved config
// (the config's `audit` section decides how the data is weighed), never per manifest.
import {SettingsError, type HeadroomConfig, type Settings} from '../config/settings.js'
import type {AuditData} from './data.js'
import {createEvidence} from './estimate.js'
import {resolveAuditOptions} from './options.js'

export function withEvidence(settings: Settings, config: HeadroomConfig, data: AuditData | undefined): Settings {
  // Validate the section even without data, so a bad audit config fails the same way every time.
  const options = resolveAuditOptions(config.audit)
  if (!data) return settings
  return {...settings, evidence: createEvidence(data, settings, options)}
}

export {SettingsError}
