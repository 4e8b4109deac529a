import { lexicon } from '../../engine/lexicon.js'
import type { Lang } from '../../engine/model.js'

// The hedge lexicons (`lexicons/<lang>/hedges.yaml`) compiled once into sets for token look-ups.

export type HedgeKind = 'reportative' | 'epistemic'

/** A multi-word cue: one set of alternatives per word, in order. */
export interface Phrase {
  words: Array<Set<string>>
  kind: HedgeKind
  /** How options name it: the first alternative of each word ("berichten zufolge"). */
  lemma: string
  notAfter: Set<string>
  notBefore: Set<string>
  /** When given, the cue counts only where the next clause opens with one of these ("so aus, als …"). */
  thenClause: Set<string>
  /** How many words may stand between two of the phrase's words ("Medien in Skopje meldeten"); none of them from `notBefore`. */
  gap: number
}

export interface RawPhrase {
  cue: string
  kind: HedgeKind
  notAfter?: string[]
  notBefore?: string[]
  thenClause?: string[]
  gap?: number
}

interface RawLexicon {
  words: Array<{ cue: string; kind: HedgeKind; inflects?: boolean; notAfter?: string[] }>
  presumption: string[]
  phrases: RawPhrase[]
  headlinePrefixes: string[]
  esHeisst?: { verbs: string[]; sourceWords: string[]; definite: string[] }
  wohl?: { notAfter: string[]; notBefore: string[]; notInSentence: string[] }
  scheinen?: { forms: string[]; lightSources: string[]; past?: string[] }
  mag?: { forms: string[]; infinitives: string[] }
  inference?: { verbs: string[]; lassen: string[] }
  concessive?: { cues: string[]; contrasts: string[] }
  notInQuestions?: string[]
  reputed?: { words: string[]; candidates: string[] }
  expected?: RawParticipleCue
  touted?: RawParticipleCue
  speculative?: {
    forms: string[]
    notNextTo: string[]
    conditions: string[]
    hypothetical: string[]
    framed: string[]
    notAfter: string[]
    reportedSpeech: string[]
    speechTagged?: string[]
    supposing?: string[]
    deniedBy?: string[]
    notInSentence?: string[]
    timeClauses?: string[]
    adviceVerbs?: string[]
    dassFrames?: string[]
  }
  modal?: RawModal
}

/** A participle that hedges in the passive: "wird … erwartet", "wird … gehandelt". */
interface RawParticipleCue {
  participle: string
  passive: string[]
  /** Words right before the participle that rule it out ("als erwartet"). */
  notAfter?: string[]
  /** Words one of which the clause needs before the participle ("als … gehandelt"). */
  needs?: string[]
  /** Words that rule it out anywhere before it in its clause ("mit Spannung … erwartet"). */
  notInClause?: string[]
  /** Links before a bare name right before the participle that make it a destination ("werden in Sizilien erwartet"). */
  destinations?: string[]
}

export interface ParticipleCue {
  participle: string
  passive: Set<string>
  notAfter: Set<string>
  needs?: Set<string>
  notInClause: Set<string>
  destinations: Set<string>
}

interface RawModal {
  soll: string[]
  will: string[]
  counterfactual: string[]
  stateVerbs: string[]
  reportMarkers: { words: string[]; afterNach: string[]; weak: string[] }
  normativeSources: string[]
  presentMarkers: string[]
  futureMarkers: string[]
  deadlineWords: string[]
  timeWords: string[]
  demandVerbs: string[]
  questionWords: string[]
  purposeWords: string[]
  conditionWords: string[]
  relativeWords: string[]
  separablePrefixes: string[]
  inseparablePrefixes: string[]
  notParticiples: string[]
  planAdjectives: string[]
}

/** The word lists behind the reading of `sollen`/`wollen`, as sets. */
export type ModalLexicon = { [K in keyof RawModal]: RawModal[K] extends string[] ? Set<string> : { [L in keyof RawModal[K]]: Set<string> } }

export interface HedgeLexicon {
  /** Written form (every inflection) → entry; not after the words in `notAfter` ("für wahrscheinlich halten"). */
  words: Map<string, { lemma: string; kind: HedgeKind; notAfter: Set<string> }>
  presumption: Set<string>
  phrases: Phrase[]
  headlinePrefixes: Set<string>
  esHeisst?: { verbs: Set<string>; sourceWords: Set<string>; definite: Set<string> }
  wohl?: { notAfter: Set<string>; notBefore: Set<string>; notInSentence: Set<string> }
  /** `past`: forms that tell how things looked then ("schien"). */
  scheinen?: { forms: Set<string>; lightSources: Set<string>; past: Set<string> }
  mag?: { forms: Set<string>; infinitives: Set<string> }
  inference?: { verbs: Set<string>; lassen: Set<string> }
  /** Cues that concede a point before a contrast ("vielleicht nicht im Detail, aber …"). */
  concessive?: { cues: Set<string>; contrasts: Set<string> }
  /** Words that hedge nothing in a question. */
  notInQuestions: Set<string>
  /** "gilt als … Kandidat", "als Nachfolger im Gespräch": a touted candidate. */
  reputed?: { words: Set<string>; candidates: Set<string> }
  /** Passive participle cues: "erwartet", "gehandelt". */
  participles: ParticipleCue[]
  speculative?: {
    forms: Set<string>
    notNextTo: Set<string>
    conditions: Set<string>
    hypothetical: Set<string>
    framed: Set<string>
    notAfter: Set<string>
    reportedSpeech: Set<string>
    /** Forms read as the speaker's only where a source tags their clause from behind ("…, sagte Böhmdorfer"). */
    speechTagged: Set<string>
    /** Verbs of supposing or fearing whose content "könnten" speculates about even in reported speech. */
    supposing: Set<string>
    deniedBy: Set<string>
    notInSentence: Set<string>
    timeClauses: Set<string>
    adviceVerbs: Set<string>
    /** Nouns of fear or assumption under which a "dass" clause's "könnte" speculates ("die Gefahr, dass …"). */
    dassFrames: Set<string>
  }
  modal?: ModalLexicon
  /**
   * Every word some cue is read from (the fixed words and each reading's forms): the hedge stage
   * skips any other word with one look-up, where it asked each list in turn for every word.
   */
  cueWords: Set<string>
}

// Adjective endings, comparative and superlative: angeblich-e, wahrscheinlich-sten.
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em', 'ere', 'eren', 'erer', 'eres', 'erem', 'ste', 'sten', 'ster', 'stes', 'stem']

const compiled = new Map<Lang, HedgeLexicon>()

export function hedgeLexicon(lang: Lang): HedgeLexicon {
  let result = compiled.get(lang)
  if (!result) {
    result = compile(lexicon<RawLexicon>(lang, 'hedges'))
    compiled.set(lang, result)
  }
  return result
}

/** Compile a cue written as in the lexicon ("laut|nach berichten zufolge") into a phrase. */
export function compilePhrase(raw: RawPhrase): Phrase {
  return {
    words: raw.cue
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => new Set(word.split('|'))),
    kind: raw.kind,
    // The first alternative of each word: "laut|nach berichten" is named "laut berichten".
    lemma: raw.cue
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word.split('|')[0])
      .join(' '),
    notAfter: new Set(raw.notAfter ?? []),
    notBefore: new Set(raw.notBefore ?? []),
    thenClause: new Set(raw.thenClause ?? []),
    gap: raw.gap ?? 0
  }
}

function compile(raw: RawLexicon): HedgeLexicon {
  const words: HedgeLexicon['words'] = new Map()
  for (const entry of raw.words) {
    const entryValue = { lemma: entry.cue, kind: entry.kind, notAfter: new Set(entry.notAfter) }
    words.set(entry.cue, entryValue)
    if (entry.inflects) for (const ending of ADJECTIVE_ENDINGS) words.set(entry.cue + ending, entryValue)
  }
  const compiled = readings(raw, words)
  return { ...compiled, cueWords: cueWords(compiled) }
}

/** The words `sentenceHedges` reads a cue from: keep in step with its branches. */
function cueWords(lex: Omit<HedgeLexicon, 'cueWords'>): Set<string> {
  return new Set([
    ...lex.words.keys(),
    ...(lex.modal?.soll ?? []),
    ...(lex.modal?.will ?? []),
    ...(lex.speculative?.forms ?? []),
    ...(lex.wohl ? ['wohl'] : []),
    ...(lex.mag?.forms ?? []),
    ...(lex.inference?.verbs ?? []),
    ...lex.participles.map((cue) => cue.participle),
    ...(lex.reputed?.words ?? []),
    ...(lex.scheinen?.forms ?? []),
    ...(lex.esHeisst?.verbs ?? []),
    ...lex.headlinePrefixes
  ])
}

function readings(raw: RawLexicon, words: HedgeLexicon['words']): Omit<HedgeLexicon, 'cueWords'> {
  return {
    words,
    presumption: new Set(raw.presumption),
    phrases: raw.phrases.map(compilePhrase),
    headlinePrefixes: new Set(raw.headlinePrefixes),
    ...(raw.esHeisst ? { esHeisst: sets(raw.esHeisst) } : {}),
    ...(raw.wohl ? { wohl: sets(raw.wohl) } : {}),
    ...(raw.scheinen ? { scheinen: sets({ past: [], ...raw.scheinen }) } : {}),
    ...(raw.speculative
      ? {
          speculative: sets({
            speechTagged: [],
            supposing: [],
            deniedBy: [],
            notInSentence: [],
            timeClauses: [],
            adviceVerbs: [],
            dassFrames: [],
            ...raw.speculative
          })
        }
      : {}),
    ...(raw.mag ? { mag: sets(raw.mag) } : {}),
    ...(raw.inference ? { inference: sets(raw.inference) } : {}),
    ...(raw.concessive ? { concessive: sets(raw.concessive) } : {}),
    notInQuestions: new Set(raw.notInQuestions),
    ...(raw.reputed ? { reputed: sets(raw.reputed) } : {}),
    participles: [raw.expected, raw.touted].filter((cue) => cue !== undefined).map(participleCue),
    ...(raw.modal ? { modal: modalSets(raw.modal) } : {})
  }
}

function participleCue(raw: RawParticipleCue): ParticipleCue {
  return {
    participle: raw.participle,
    passive: new Set(raw.passive),
    notAfter: new Set(raw.notAfter ?? []),
    ...(raw.needs ? { needs: new Set(raw.needs) } : {}),
    notInClause: new Set(raw.notInClause),
    destinations: new Set(raw.destinations)
  }
}

function sets<T extends Record<string, string[]>>(raw: T): { [K in keyof T]: Set<string> } {
  const out = {} as { [K in keyof T]: Set<string> }
  for (const key of Object.keys(raw) as Array<keyof T>) out[key] = new Set(raw[key])
  return out
}

function modalSets(raw: RawModal): ModalLexicon {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) out[key] = Array.isArray(value) ? new Set(value) : sets(value as Record<string, string[]>)
  return out as ModalLexicon
}
