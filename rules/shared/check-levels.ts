import { parseSeverity, type Report, type Severity, SEVERITIES, SEVERITY_CHOICES } from '../../src/lint/rule.js'

// Rules whose checks (or kinds of finding) are configured one by one take, per check, "on" (the
// rule's own severity) or a severity of its own.

export type CheckSetting = 'on' | Severity

/** The option schema of such a setting. */
export const CHECK_SETTING = { type: 'enum', values: ['on', ...SEVERITIES] } as const

/** A check's configured setting; a wrong one fails the rule with a message naming the option. */
export function checkSetting(value: unknown, option: string): CheckSetting {
  if (value === 'on') return value
  const severity = parseSeverity(value)
  if (severity) return severity
  throw new Error(`option "${option}" is ${JSON.stringify(value)}, expected "on", ${SEVERITY_CHOICES}`)
}

/** The report at the check's level ("on" keeps the rule's); undefined when the check is off. */
export function atLevel(report: Report, setting: CheckSetting): Report | undefined {
  if (setting === 'off') return undefined
  return setting === 'on' ? report : { ...report, severity: setting }
}
