import { franc } from 'franc-min'
import type { Lang } from './model.js'

const CODES: Record<string, Lang> = { deu: 'de', eng: 'en' }

// Below this many letters trigram statistics say little; short blocks take the article's language.
const MIN_DETECT_LENGTH = 60

/** Detect German or English, or undefined when the text is too short or neither. */
export function detectLanguage(text: string): Lang | undefined {
  if (text.length < MIN_DETECT_LENGTH) return undefined
  return CODES[franc(text, { only: ['deu', 'eng'], minLength: MIN_DETECT_LENGTH })]
}

export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.toLowerCase().slice(0, 2)
  return code === 'de' || code === 'en' ? code : undefined
}
