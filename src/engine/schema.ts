import { LANGS } from './model.js'

// The shapes of data newslint reads: rule options (declared in rule meta, checked when the config
// is read, so that no rule meets an option it cannot use), a config's vocabulary and the lexicons
// (checked when the build stores them). Written by hand rather than with ajv: a few shapes and one
// message style ("unexpected X, expected Y" with the key), at no start-up cost for the bundled CLI.

export type Schema =
  | { type: 'boolean' }
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number'; min: number; max: number }
  | { type: 'strings' }
  /** A list of words or phrases: none empty, none longer than `maxLength` characters, at most `maxItems` of them. */
  | { type: 'words'; maxLength: number; maxItems?: number }
  | { type: 'list'; of: Schema }
  /** A mapping of any keys to values of one shape. */
  | { type: 'record'; of: Schema }
  | { type: 'byLanguage'; of: Schema }
  /** A mapping with these keys, each optional, and no others. */
  | { type: 'fields'; fields: Readonly<Record<string, Schema>> }

export interface SchemaProblem {
  /** Where inside the option the problem lies (`.de`, `[2]`), empty for the option itself. */
  at: string
  message: string
}

/** Why `value` does not fit `schema`, or undefined when it does. */
export function schemaProblem(schema: Schema, value: unknown): SchemaProblem | undefined {
  const problem = (message: string, at = ''): SchemaProblem => ({ at, message })
  switch (schema.type) {
    case 'boolean':
    case 'string':
      return typeof value === schema.type ? undefined : problem(`unexpected ${describe(value)}, expected a ${schema.type}`)
    case 'enum':
      return typeof value === 'string' && schema.values.includes(value)
        ? undefined
        : problem(`unexpected ${describe(value)}, expected one of ${schema.values.map((item) => `"${item}"`).join(', ')}`)
    case 'number':
      return typeof value === 'number' && value >= schema.min && value <= schema.max
        ? undefined
        : problem(`unexpected ${describe(value)}, expected a number from ${schema.min} to ${schema.max}`)
    case 'strings':
      return listProblem(value, { type: 'string' }, 'a list of strings')
    case 'words': {
      const notStrings = listProblem(value, { type: 'string' }, 'a list of strings')
      if (notStrings) return notStrings
      const words = value as string[]
      if (schema.maxItems !== undefined && words.length > schema.maxItems)
        return problem(`unexpected ${words.length} words or phrases, expected at most ${schema.maxItems}`)
      const at = words.findIndex((word) => word.trim() === '' || word.length > schema.maxLength)
      if (at < 0) return undefined
      const word = words[at]
      return problem(
        word.trim() === ''
          ? `unexpected empty string, expected a word or phrase`
          : `unexpected ${word.length} characters, expected at most ${schema.maxLength} for a word or phrase`,
        `[${at}]`
      )
    }
    case 'list':
      return listProblem(value, schema.of, 'a list')
    case 'record':
      return isMapping(value)
        ? mappingProblem(value, 'key', Object.fromEntries(Object.keys(value).map((key) => [key, schema.of])))
        : problem(`unexpected ${describe(value)}, expected a mapping`)
    case 'byLanguage':
      return mappingProblem(value, 'language', Object.fromEntries(LANGS.map((lang) => [lang, schema.of])))
    case 'fields':
      return mappingProblem(value, 'key', schema.fields)
  }
}

function listProblem(value: unknown, of: Schema, expected: string): SchemaProblem | undefined {
  if (!Array.isArray(value)) return { at: '', message: `unexpected ${describe(value)}, expected ${expected}` }
  for (let index = 0; index < value.length; index++) {
    const problem = schemaProblem(of, value[index])
    if (problem) return { at: `[${index}]${problem.at}`, message: problem.message }
  }
  return undefined
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function mappingProblem(value: unknown, what: string, fields: Readonly<Record<string, Schema>>): SchemaProblem | undefined {
  const known = Object.keys(fields).join(', ')
  if (!isMapping(value)) return { at: '', message: `unexpected ${describe(value)}, expected a mapping of ${what}s (${known})` }
  for (const [key, inner] of Object.entries(value)) {
    if (!Object.hasOwn(fields, key)) return { at: `.${key}`, message: `unexpected ${what} "${key}", expected one of ${known}` }
    const problem = schemaProblem(fields[key], inner)
    if (problem) return { at: `.${key}${problem.at}`, message: problem.message }
  }
  return undefined
}

/** A value as a message names it: its type and, when short, itself. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (value === null) return 'null'
  const shown = shortJson(value)
  return shown !== undefined ? `${typeof value} ${shown}` : typeof value
}

/**
 * A config value as JSON when that is short, else undefined: a value from a config may run to
 * megabytes, or nest so deep that writing it out overflows the stack.
 */
export function shortJson(value: unknown): string | undefined {
  // JSON writes a number too large for a double ("1e400" in a config) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  let shown: string | undefined
  try {
    shown = JSON.stringify(value)
  } catch {
    return undefined
  }
  return shown !== undefined && shown.length <= 40 ? shown : undefined
}
