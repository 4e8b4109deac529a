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
  const fill = (template: string) => {
    let filled = ''
    for (const part of templateParts(template)) {
      if (typeof part === 'string') filled += part
      else filled += text.data && Object.hasOwn(text.data, part.slot) ? value(part.slot) : part.whole
    }
    return filled.trimEnd()
  }
  return { message: fill(entry.message), ...(entry.detail ? { detail: fill(entry.detail) } : {}) }
}

/** A placeholder of a template: its name and the text it replaces. */
interface Slot {
  slot: string
  whole: string
}

const PLACEHOLDER = /\{(\w+)\}/g
/** Each template's text and placeholders, read once: a finding is worded without a regular expression. */
const templates = new Map<string, Array<string | Slot>>()

function templateParts(template: string): Array<string | Slot> {
  let parts = templates.get(template)
  if (!parts) {
    parts = []
    let at = 0
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > at) parts.push(template.slice(at, match.index))
      parts.push({ slot: match[1], whole: match[0] })
      at = match.index + match[0].length
    }
    if (at < template.length) parts.push(template.slice(at))
    templates.set(template, parts)
  }
  return parts
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
