import { franc } from 'franc-min'
import type { Lang } from './model.js'

const CODES: Record<string, Lang> = { deu: 'de', eng: 'en' }

// Below this many letters trigram statistics say little; short blocks take the article's language.
const MIN_DETECT_LENGTH = 60
const MAX_DETECT_LENGTH = 600

/** Detect German or English, or undefined when the text is too short or neither. */
export function detectLanguage(text: string): Lang | undefined {
  // Trigram statistics settle within a few hundred characters; more only costs time (franc's
  // trigram counting was a quarter of the whole pipeline on real articles before this cap).
  const sample = text.slice(0, 20 * MAX_DETECT_LENGTH).replace(/\s+/g, ' ').trim().slice(0, MAX_DETECT_LENGTH)
  if (sample.length < MIN_DETECT_LENGTH) return undefined
  return CODES[franc(sample, { only: ['deu', 'eng'], minLength: MIN_DETECT_LENGTH })]
}

export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.toLowerCase().slice(0, 2)
  return code === 'de' || code === 'en' ? code : undefined
}
