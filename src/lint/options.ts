import { LANGS } from '../engine/model.js'

// The shapes a rule option can take, declared in the rule's meta and checked when the config is
// read, so that no rule meets an option it cannot use. Written by hand rather than with ajv: five
// shapes and one message style, at no start-up cost for the bundled command line.

export type OptionSchema =
  | { type: 'boolean' }
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number'; min: number; max: number }
  | { type: 'strings' }
  | { type: 'byLanguage'; of: OptionSchema }
  /** A mapping with these keys, each optional, and no others. */
  | { type: 'fields'; fields: Readonly<Record<string, OptionSchema>> }

export interface OptionProblem {
  /** Where inside the option the problem lies (`.de`, `[2]`), empty for the option itself. */
  at: string
  message: string
}

/** Why `value` does not fit `schema`, or undefined when it does. */
export function optionProblem(schema: OptionSchema, value: unknown): OptionProblem | undefined {
  const problem = (message: string, at = ''): OptionProblem => ({ at, message })
  switch (schema.type) {
    case 'boolean':
    case 'string':
      return typeof value === schema.type ? undefined : problem(`unexpected ${describe(value)}, expected a ${schema.type}`)
    case 'enum':
      return typeof value === 'string' && schema.values.includes(value) ? undefined : problem(`unexpected ${describe(value)}, expected one of ${schema.values.map((item) => `"${item}"`).join(', ')}`)
    case 'number':
      return typeof value === 'number' && value >= schema.min && value <= schema.max ? undefined : problem(`unexpected ${describe(value)}, expected a number from ${schema.min} to ${schema.max}`)
    case 'strings': {
      if (!Array.isArray(value)) return problem(`unexpected ${describe(value)}, expected a list of strings`)
      const wrong = value.findIndex((item) => typeof item !== 'string')
      return wrong < 0 ? undefined : problem(`unexpected ${describe(value[wrong])}, expected a string`, `[${wrong}]`)
    }
    case 'byLanguage':
      return mappingProblem(value, 'language', Object.fromEntries(LANGS.map((lang) => [lang, schema.of])))
    case 'fields':
      return mappingProblem(value, 'key', schema.fields)
  }
}

function mappingProblem(value: unknown, what: string, fields: Readonly<Record<string, OptionSchema>>): OptionProblem | undefined {
  const known = Object.keys(fields).join(', ')
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { at: '', message: `unexpected ${describe(value)}, expected a mapping of ${what}s (${known})` }
  for (const [key, inner] of Object.entries(value)) {
    if (!Object.hasOwn(fields, key)) return { at: `.${key}`, message: `unexpected ${what} "${key}", expected one of ${known}` }
    const problem = optionProblem(fields[key], inner)
    if (problem) return { at: `.${key}${problem.at}`, message: problem.message }
  }
  return undefined
}

/** A value as a message names it: its type and, when short, itself. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (value === null) return 'null'
  const shown = JSON.stringify(value)
  return shown !== undefined && shown.length <= 40 ? `${typeof value} ${shown}` : typeof value
}
