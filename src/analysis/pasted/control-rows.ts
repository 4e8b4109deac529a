import type { PastedLexicon } from './lexicon.js'
import { MAX_BUTTON_ROW } from './sizes.js'

// A row of the page's controls on one line: share buttons ("Teilen Twittern Mailen Drucken",
// "Teilen | Facebook | WhatsApp"), a player or the reading time with its duration ("▶ Artikel
// anhören · 3:52 Min.", "Vorlesen 04:12 · Merken · Teilen", "Lesezeit 3 Minuten", "5 min read ·
// 16 November 2024, 17:42"), a live ticker's switches ("LIVE · Neueste Einträge oben ▾ ·
// Automatisch aktualisieren: an"). Prose never is such a row; a timetable's "Vorlesen 15:30 ·
// Basteln 16:30" is not one either, since "Basteln" is no control.

/** A duration beside a control: "3:52", "04:12 Min.", "3 Minuten", "5 min". */
const DURATION =
  /(?<![\p{L}\p{N}])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?Min\.?)?|\d{1,3}\s?(?:Min\.?|Minuten|Minute|min|mins|minutes|Sek\.?|Sekunden|sec|secs|seconds))(?![\p{L}\p{N}])/giu

/**
 * What the row shows beside its controls: a date ("16 November 2024", "12.03.2024"), a time, when it
 * was updated ("Updated 3 minutes ago"), a live page's badge.
 */
const SHOWN =
  /^(?:\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\p{L}{3,9} \d{1,2}|\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}[:.]\d{2}(?: Uhr)?|(?:Updated|Published|Aktualisiert|Veröffentlicht)\b.{1,30}|live)$/iu

/** A switch's state after its label: "Automatisch aktualisieren: an", "Auto-refresh on". */
const SWITCH_STATE = /:?\s(?:an|aus|ein|on|off)$/iu

/** A mark around a control: "▶ Artikel anhören", "↓ Ältere Einträge laden", "Neueste Einträge oben ▾". */
const MARK = /[‹›«»<>←→↑↓▶►▸▾▴\s]/u

/**
 * One line of the page's controls: two or more parts that are each a control of the lexicon
 * (`boilerplate.is`, a network or outlet, a timed label with its duration) or what a row shows
 * beside them (a date, a time, a duration), at least one of them a control; or a timed label with
 * its duration alone ("Lesezeit 3 Minuten").
 */
export function isControlRow(text: string, lexicon: PastedLexicon): boolean {
  if (text.length > MAX_BUTTON_ROW) return false
  const button = (part: string) => lexicon.kinds.boilerplate.is.equals(part.toLowerCase()) !== undefined
  const place = (part: string) => lexicon.ctaPlaces.equals(part.toLowerCase()) !== undefined
  const timed = (part: string) => {
    const label = withoutMarks(part.replace(DURATION, ' '))
    return label !== withoutMarks(part) && lexicon.timedLabels.equals(label.toLowerCase().replace(/\s+/g, ' ')) !== undefined
  }
  const control = (part: string) => button(part) || button(part.replace(SWITCH_STATE, '')) || place(part) || timed(part)
  const shown = (part: string) => SHOWN.test(part) || part.replace(DURATION, '').trim() === ''
  // A control or place of more words stands between separators ("… | E-Mail | Link kopieren"); one-word controls may stand in a row of spaces.
  const parts = text
    .split(/[|·•/,]/)
    .map(withoutMarks)
    .filter((part) => part !== '')
    .flatMap((segment) => (control(segment) || shown(segment) ? [segment] : segment.split(/\s+/)))
  // Every part first: prose fails at its first word, where looking for a control would read them all.
  if (!parts.every((part) => control(part) || shown(part)) || !parts.some(control)) return false
  return parts.length >= 2 || timed(parts[0])
}

/** `text` without the marks and blanks around it (a scan from each end: a pattern anchored at the end retries from every start). */
function withoutMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && MARK.test(text[start])) start++
  while (end > start && MARK.test(text[end - 1])) end--
  return text.slice(start, end)
}
