import type { AnalyzeOptions } from '../engine/analyze.js'

/** A list option of a rule as configured (the config checked its type), or an empty list. */
export function ruleOptionList(options: AnalyzeOptions, ruleId: string, name: string): string[] {
  const value = options.ruleOptions?.get(ruleId)?.[name]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
