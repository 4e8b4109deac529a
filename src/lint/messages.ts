import { lexicon } from '../engine/lexicon.js'
import type { Lang } from '../engine/model.js'

// What findings say lives in one catalogue per language (`lexicons/<lang>/messages.yaml`), so a
// desk reads them in its own language and a translator edits data, not code. A rule reports a key
// and its parameters; the locale (config `locale`, else the article's language) picks the text.

/** A catalogue key (`group.case`) with the values its `{placeholders}` take; a value may be a message itself (a word in the locale). */
export interface Message {
  key: string
  data?: Record<string, string | number | Message>
}

export interface Rendered {
  /** The first line: the problem and what fixes it, short. */
  message: string
  /** Why: the claim, the cue, the source that stopped carrying over. */
  detail?: string
}

interface Entry {
  message: string
  detail?: string
}

export type Catalogue = Record<string, Record<string, Entry>>

export function catalogue(locale: Lang): Catalogue {
  return lexicon<Catalogue>(locale, 'messages')
}

/** A message in the locale's words; an unknown key is a bug in a rule, so it throws. */
export function renderMessage(text: Message, locale: Lang): Rendered {
  const entry = lookup(catalogue(locale), text.key)
  if (!entry) throw new Error(`no message "${text.key}" in the ${locale} catalogue`)
  const value = (slot: string) => {
    const given = text.data?.[slot]
    return typeof given === 'object' ? renderMessage(given, locale).message : String(given)
  }
  // A placeholder may be filled with nothing (a reason that does not apply): no space is left behind.
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, slot: string) => (text.data && Object.hasOwn(text.data, slot) ? value(slot) : whole)).trimEnd()
  return { message: fill(entry.message), ...(entry.detail ? { detail: fill(entry.detail) } : {}) }
}

/** `group.case` in the catalogue; own properties only, so no key reaches Object's. */
function lookup(messages: Catalogue, key: string): Entry | undefined {
  const dot = key.indexOf('.')
  const group = key.slice(0, dot)
  const name = key.slice(dot + 1)
  return dot > 0 && Object.hasOwn(messages, group) && Object.hasOwn(messages[group], name) ? messages[group][name] : undefined
}

/** Shortens a quoted phrase so the first line stays short: a long one keeps its start. */
export function clip(text: string, max = 32): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
