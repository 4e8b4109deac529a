import type { Sentence, Token } from '../../engine/model.js'
import { addTo, firstIndex } from '../../engine/arrays.js'
import { separableParticles } from '../german-verbs.js'
import type { SourceLexicon } from './lexicon.js'

// The words of one sentence and the clause tests every step of the source finder reads them with.

export const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '(', ')', '–', '—', '.', '!', '?'])
export const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', "'", '‚', '‘', '’'])
export const INNER_JOINERS = new Set(['-', '/', '.', '&'])
export const DASHES = new Set(['—', '–', '―', '-'])
const REFLEXIVE = 'sich'
const INFINITIVE_MARKER = 'zu'
/** Tokens of a clause read, for each word sought, before the words are looked up where they stand instead. */
const LOOKED_UP_PER_WORD = 8
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern'])
/** A dateline is a few names ("Klosterneuburg/Wien", "Berlin (dpa)") before its dash. */
const MAX_DATELINE = 8
const DATELINE_MARKS = new Set(['/', '(', ')', '.'])

/** The first words of the phrase lists a step reads at each token (see `phraseOpenings`); `anywhere` where one holds an empty phrase. */
interface PhraseOpeners {
  words: Set<string>
  anywhere: boolean
}

const openersByLexicon = new WeakMap<SourceLexicon, PhraseOpeners>()

/**
 * The phrase lists the finder's steps match at each token (source prepositions and postpositions,
 * back-references, stated intentions, vague phrases, the endings of heard sayings, placed sayings,
 * public venues), read once per lexicon.
 */
function phraseOpeners(lexicon: SourceLexicon): PhraseOpeners {
  let openers = openersByLexicon.get(lexicon)
  if (!openers) {
    const lists = [
      lexicon.before,
      lexicon.after,
      lexicon.backReferences,
      lexicon.intentionPhrases,
      lexicon.vaguePhrases,
      ...lexicon.heardSayings.map((saying) => saying.endings),
      lexicon.placedSayings.impersonal,
      lexicon.publicVenues.venues
    ]
    const phrases = lists.flat()
    openers = { words: new Set(phrases.map((phrase) => phrase[0])), anywhere: phrases.some((phrase) => phrase.length === 0) }
    openersByLexicon.set(lexicon, openers)
  }
  return openers
}

/** The words and punctuation of a sentence, without whitespace. */
export function contentTokens(sentence: Sentence): Token[] {
  return sentence.tokens.filter((token) => token.kind !== 'whitespace')
}

export function isCapitalized(token: Token): boolean {
  const first = token.value.charAt(0)
  return first !== first.toLowerCase()
}

export class SentenceWords {
  readonly tokens: Token[]

  constructor(
    readonly sentence: Sentence,
    readonly lexicon: SourceLexicon
  ) {
    this.tokens = contentTokens(sentence)
  }

  lower(i: number): string | undefined {
    return this.tokens[i]?.lower
  }

  private openings?: number[]

  /**
   * Where a word stands that opens a phrase of the lists `phraseOpeners` names, in order: the steps
   * matching those phrases read only these places, where each read every token, one list after another.
   */
  phraseOpenings(): readonly number[] {
    if (!this.openings) {
      const { words, anywhere } = phraseOpeners(this.lexicon)
      this.openings = []
      for (let i = 0; i < this.tokens.length; i++) if (anywhere || words.has(this.tokens[i].lower)) this.openings.push(i)
    }
    return this.openings
  }

  /**
   * The first of the phrases whose words match at token `i`. A loop, not `phrases.find(…)`: it runs
   * at every token of every sentence, and a callback that closes over `i` is allocated each time.
   */
  firstMatch(i: number, phrases: readonly string[][]): string[] | undefined {
    for (const phrase of phrases) if (this.matches(i, phrase)) return phrase
    return undefined
  }

  /** The phrase's words match at token `i` (outside direct quotes). */
  matches(i: number, phrase: string[]): boolean {
    for (let k = 0; k < phrase.length; k++) {
      const token = this.tokens[i + k]
      if (!token || token.quoted || token.lower !== phrase[k]) return false
    }
    return true
  }

  /** Clause starts and ends found so far, by token (-1: not yet): each token is read for them once, however many ask. */
  private starts?: Int32Array
  private ends?: Int32Array

  clauseStart(v: number): number {
    const starts = (this.starts ??= new Int32Array(this.tokens.length).fill(-1))
    const kept = (k: number) => (k >= 0 && k < starts.length ? starts[k] : -1)
    let i = v
    while (i > 0 && kept(i) < 0 && !this.endsClause(i - 1) && !this.tokens[i - 1].quoted) i--
    const start = kept(i) >= 0 ? kept(i) : i
    for (let k = Math.max(i, 0); k <= Math.min(v, starts.length - 1); k++) starts[k] = start
    return start
  }

  /** The last token of the clause of token `i`, before the boundary that ends it. */
  clauseEnd(i: number): number {
    const ends = (this.ends ??= new Int32Array(this.tokens.length).fill(-1))
    const kept = (k: number) => (k >= 0 && k < ends.length ? ends[k] : -1)
    let end = i
    while (end + 1 < this.tokens.length && kept(end) < 0 && !this.endsClause(end + 1)) end++
    const last = kept(end) >= 0 ? kept(end) : end
    for (let k = Math.max(i, 0); k <= Math.min(end, ends.length - 1); k++) ends[k] = last
    return last
  }

  /** `clauseEnd(i) === end`, read over the tokens from `i` to `end` only, not on to the clause's end. */
  endsClauseOf(i: number, end: number): boolean {
    if (end < i) return false
    for (let k = i + 1; k <= end; k++) if (this.endsClause(k)) return false
    return end + 1 >= this.tokens.length || this.endsClause(end + 1)
  }

  /** A clause boundary, but not the commas around a weekday after a day ("heute, Dienstag, mitteilte"). */
  private endsClause(i: number): boolean {
    return CLAUSE_BOUNDARIES.has(this.tokens[i].value) && !this.isDateComma(i)
  }

  private isDateComma(i: number): boolean {
    if (this.tokens[i].value !== ',') return false
    const weekday = (k: number) => this.lexicon.timeNouns.has(this.lower(k) ?? '') && isCapitalized(this.tokens[k])
    const day = (k: number) => this.lexicon.dayAdverbs.has(this.lower(k) ?? '')
    return (day(i - 1) && weekday(i + 1)) || (weekday(i - 1) && this.tokens[i - 2]?.value === ',' && day(i - 3))
  }

  /** One of the words stands in the clause of token `i`. */
  clauseHolds(i: number, words: ReadonlySet<string>): boolean {
    const [start, end] = [this.clauseStart(i), this.clauseEnd(i)]
    // A long clause is not read for each verb in it: each word is looked up where it stands.
    if (end - start > LOOKED_UP_PER_WORD * words.size) {
      for (const word of words) {
        const at = firstAfter(this.wordPlaces().get(word) ?? [], start - 1)
        if (at !== undefined && at <= end) return true
      }
      return false
    }
    for (let k = start; k <= end; k++) if (words.has(this.tokens[k].lower)) return true
    return false
  }

  hasParticle(v: number, particles: Set<string>): boolean {
    // The clause runs to the next boundary; a parenthesis inside it ("Katzian (SPÖ)") is skipped.
    const { end, lastAt } = this.particleClause(v)
    const last = lastAt > v ? this.tokens[lastAt].lower : undefined
    // A particle at the clause end that makes another verb: "findet … statt", "sagte … ab"; an
    // adverb there ("sagte Kyritsis weiter") goes on with the speaker.
    if (
      last !== undefined &&
      !particles.has(last) &&
      !this.lexicon.adverbs.has(last) &&
      this.lexicon.otherParticles(this.tokens[v].lower).has(last)
    )
      return false
    if (particles.has('')) return true
    for (const particle of particles) {
      // The particle's first place after the verb where it is no infinitive's "zu" ...
      const at = firstAfter(this.particlePlaces(particle), v)
      if (at === undefined || at >= end) continue
      // ... with no coordinated verb between them that takes it.
      const taker = firstAfter(this.coordinatedTakers(particle), v + 1)
      if (taker === undefined || taker >= at) return true
    }
    // "hatte sich dazu bekannt": the reflexive of a compound tense stands after its auxiliary, before the participle.
    if (particles.has(REFLEXIVE)) {
      const at = firstAfter(this.reflexivesAfterAuxiliaries(), this.clauseStart(v))
      if (at !== undefined && at < v) return true
    }
    // "wird … infrage gestellt", "hat … zu bedenken gegeben": the phrase word before the participle;
    // "Von der Variante hält er nichts": the one opening the clause, unless a reflexive makes
    // another verb ("Für seinen Rekordversuch hielt sich der Hobbit an ein Regelwerk").
    const before = this.lower(v - 1) ?? ''
    const opening = this.lower(v + 1) === REFLEXIVE ? '' : (this.lower(this.clauseStart(v)) ?? '')
    return [before, opening].some((word) => this.lexicon.phraseWords.has(word) && particles.has(word))
  }

  /**
   * The clause `hasParticle` reads after the verb at `v`: the token that ends it and its last word
   * outside brackets. A verb inside the clause of the one before shares its end, so many verbs in one
   * clause read it once: the latest reading is kept with the tokens it read outside brackets.
   */
  private particleClause(v: number): { end: number; lastAt: number } {
    const scan = this.scan
    if (scan && scan.from <= v + 1 && v + 1 <= scan.end && scan.topLevel[v + 1] === 1) return scan
    const topLevel = scan?.topLevel ?? new Uint8Array(this.tokens.length + 1)
    let end = v + 1
    let lastAt = -1
    for (let depth = 0; end < this.tokens.length; end++) {
      topLevel[end] = depth === 0 ? 1 : 0
      const value = this.tokens[end].value
      if (value === '(') depth++
      else if (value === ')' && depth > 0) depth--
      else if (depth === 0 && this.endsClause(end) && !this.continuesEnumeration(end)) break
      else if (depth === 0 && this.tokens[end].kind === 'word') lastAt = end
      if (end + 1 === this.tokens.length) topLevel[end + 1] = depth === 0 ? 1 : 0
    }
    this.scan = { from: v + 1, end, lastAt, topLevel }
    return this.scan
  }

  private scan?: { from: number; end: number; lastAt: number; topLevel: Uint8Array }
  private places?: Map<string, number[]>
  private readonly particleLists = new Map<string, number[]>()
  private readonly takerLists = new Map<string, number[]>()
  private reflexives?: number[]

  /** Where each word stands in the sentence, lower-cased, in order. */
  private wordPlaces(): Map<string, number[]> {
    if (!this.places) {
      this.places = new Map()
      this.tokens.forEach((token, i) => addTo(this.places!, token.lower, i))
    }
    return this.places
  }

  /** Where `particle` stands, in order, except as the "zu" of an infinitive ("gibt es nur online zu kaufen" is no "zugeben"). */
  private particlePlaces(particle: string): number[] {
    let list = this.particleLists.get(particle)
    if (!list) {
      const infinitive = (i: number) => {
        const next = this.tokens[i + 1]
        return particle === INFINITIVE_MARKER && next?.kind === 'word' && next.value === next.lower
      }
      list = (this.wordPlaces().get(particle) ?? []).filter((i) => this.lexicon.lang !== 'de' || !infinitive(i))
      this.particleLists.set(particle, list)
    }
    return list
  }

  /**
   * Where a verb of a coordinated clause that takes `particle` stands, in order: "gewann das Duell
   * und gab damit die Rote Laterne ab" is no "abgewinnen"; an adverb that looks like a verb ("schon
   * lange … hin") takes none.
   */
  private coordinatedTakers(particle: string): number[] {
    let list = this.takerLists.get(particle)
    if (!list) {
      list = []
      if (this.lexicon.lang === 'de')
        for (let k = 1; k < this.tokens.length; k++) {
          const token = this.tokens[k]
          const coordinated = COORDINATORS.has(this.tokens[k - 1].lower)
          if (coordinated && token.kind === 'word' && token.value === token.lower && separableParticles(token.lower).has(particle))
            list.push(k)
        }
      this.takerLists.set(particle, list)
    }
    return list
  }

  /** Where a reflexive stands right after an auxiliary ("hatte sich"), in order. */
  private reflexivesAfterAuxiliaries(): number[] {
    this.reflexives ??= (this.wordPlaces().get(REFLEXIVE) ?? []).filter(
      (i) => i > 0 && this.lexicon.auxiliaries.has(this.tokens[i - 1].lower)
    )
    return this.reflexives
  }

  /** A comma before a name goes on listing ("teilten Scholz, Habeck und Lindner … mit"); a new clause opens in lower case ("…, dass"). */
  private continuesEnumeration(comma: number): boolean {
    const next = this.tokens[comma + 1]
    return (
      this.tokens[comma].value === ',' &&
      next !== undefined &&
      next.kind === 'word' &&
      isCapitalized(next) &&
      !this.lexicon.notSubjects.has(next.lower)
    )
  }

  isNameWord(i: number): boolean {
    const token = this.tokens[i]
    if (!token || token.kind !== 'word') return false
    if (this.lexicon.notSubjects.has(token.lower) || this.lexicon.pronouns.has(token.lower) || this.lexicon.determiners.has(token.lower))
      return false
    if (this.namesNoOne(i)) return false
    if (isCapitalized(token) || /^\d/.test(token.value) || this.hasNamePrefix(token)) return true
    // English noun phrases hold lower-case nouns ("the ministry", "officials").
    return this.lexicon.lang === 'en' && (!this.lexicon.verbForms.has(token.lower) || this.lexicon.vagueHeads.has(token.lower))
  }

  /**
   * "Uns mögen …", "Natürlich unterstützt …", "Könnte jemand …": an object pronoun, or a word whose
   * capital only opens the sentence: an adverb by its ending, a verb.
   */
  private namesNoOne(i: number): boolean {
    const { words, openingEndings } = this.lexicon.notNames
    const lower = this.tokens[i].lower
    if (words.has(lower)) return true
    if (i !== 0) return false
    // A verb form may be a noun too ("Berichten zufolge"): only an auxiliary before a word in lower
    // case ("Könnte jemand …"), or an infinitive before its auxiliary ("Ausschließen möchte er …").
    const next = this.tokens[1]
    const verb =
      next?.kind === 'word' &&
      !isCapitalized(next) &&
      (this.lexicon.auxiliaries.has(lower) || (this.lexicon.infinitives.has(lower) && this.lexicon.auxiliaries.has(next.lower)))
    return verb || openingEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending))
  }

  /**
   * The first word of the sentence, or the first after a dateline ("Kabul – Afghanische Behörden
   * teilten mit", "Klosterneuburg/Wien – …"): its capital only opens the sentence.
   */
  opensSentence(i: number): boolean {
    if (i === 0) return true
    if (i > MAX_DATELINE || !DASHES.has(this.tokens[i - 1]?.value ?? '') || this.joins(i - 1)) return false
    for (let k = 0; k < i - 1; k++) {
      const token = this.tokens[k]
      if (token.kind === 'word' ? !isCapitalized(token) : !DATELINE_MARKS.has(token.value)) return false
    }
    return true
  }

  /** "al-Assad": a lower-case prefix of the lexicon's, a hyphen, and a capital. */
  private hasNamePrefix(token: Token): boolean {
    const hyphen = token.value.indexOf('-')
    const rest = token.value.charAt(hyphen + 1)
    return hyphen > 0 && rest !== rest.toLowerCase() && this.lexicon.namePrefixes.has(token.value.slice(0, hyphen))
  }

  protected joins(i: number): boolean {
    const token = this.tokens[i]
    const before = this.tokens[i - 1]
    const after = this.tokens[i + 1]
    if (!token || !before || !after) return false
    if (QUOTE_MARKS.has(token.value)) return true
    return INNER_JOINERS.has(token.value) && before.end === token.start && token.end === after.start
  }

  /** A German inflected adjective before a noun ("der nordkoreanischen Regierung"). */
  isAttributive(i: number): boolean {
    const token = this.tokens[i]
    // "gibt es Kritik", "haben Schätzungen zufolge": a function word or an auxiliary is no adjective, however it ends.
    if (
      this.lexicon.lang !== 'de' ||
      !token ||
      token.kind !== 'word' ||
      isCapitalized(token) ||
      this.lexicon.verbForms.has(token.lower) ||
      this.lexicon.notSubjects.has(token.lower) ||
      this.lexicon.auxiliaries.has(token.lower)
    )
      return false
    return /(e|en|er|es|em)$/.test(token.lower) && (this.isNameWord(i + 1) || this.isAttributive(i + 1))
  }

  isFiniteSlot(i: number): boolean {
    const token = this.tokens[i]
    return (
      token !== undefined && token.kind === 'word' && !isCapitalized(token) && !token.quoted && !this.lexicon.notSubjects.has(token.lower)
    )
  }

  /** "glaubt niemand", "erklärte man": a pronoun that names nobody. */
  isVaguePronoun(i: number): boolean {
    const token = this.tokens[i]
    return (
      token !== undefined && token.kind === 'word' && !token.quoted && !isCapitalized(token) && this.lexicon.vagueHeads.has(token.lower)
    )
  }
}

/** The first number in the ascending `list` above `after`. */
function firstAfter(list: number[], after: number): number | undefined {
  return list[firstIndex(list, (place) => place > after)]
}
