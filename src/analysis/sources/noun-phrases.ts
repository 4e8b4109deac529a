import { INNER_JOINERS, QUOTE_MARKS, SentenceWords } from './words.js'

// Noun phrases of a sentence read forwards and backwards from a token, and their head nouns.

/** A number on its own ("500", "2,5"): after a link it is an amount ("laut Medienberichten für 500 Millionen Dollar"), no part of a name. */
const AMOUNT = /^\d[\d.,]*$/

export class NounPhrases extends SentenceWords {
  /** The noun phrase starting at `from`: determiners, adjectives, names, "der"/"von" links. */
  nounPhraseAfter(from: number): [number, number] | undefined {
    let last = -1
    // Adjectives stand before their noun, never right after a name.
    let afterName = false
    for (let i = from; i < this.tokens.length && i - from < 12; i++) {
      const lower = this.tokens[i].lower
      if (this.joins(i)) continue
      // The lower-case part of a hyphenated name ("GPA-djp") belongs to it.
      const name =
        this.isNameWord(i) ||
        (last === i - 2 && this.tokens[i].kind === 'word' && INNER_JOINERS.has(this.tokens[i - 1].value) && this.joins(i - 1))
      // "teilte der börsennotierte Konzern Mittwochabend mit": a time after a name is none of it (a
      // clause's first word may be an adjective capitalised by its place: "Wenige Wochen vor …").
      if (name && last >= 0 && this.clauseStart(last) !== last && this.isTime(lower)) break
      // "mehrere Anrainer Kritik geübt": what the speaker voices follows the speaker's noun, no name of it.
      if (name && last === i - 1 && this.lexicon.voicedNouns.has(lower)) break
      if (name) last = i
      else if (this.lexicon.determiners.has(lower) && last < 0) {
        // an opening determiner
      } else if (
        last >= 0 &&
        this.lexicon.nameLinks.has(lower) &&
        ((this.isNameWord(i + 1) && !AMOUNT.test(this.tokens[i + 1].value)) ||
          this.lexicon.determiners.has(this.lower(i + 1) ?? '') ||
          this.joins(i + 1) ||
          this.isAttributive(i + 1))
      ) {
        // a link inside a name ("Angaben des bahrainischen Innenministeriums")
      } else if (
        this.lexicon.degreeWords.has(lower) &&
        last < 0 &&
        (this.isAttributive(i + 1) || this.lexicon.degreeWords.has(this.lower(i + 1) ?? ''))
      ) {
        // "nicht näher präzisierten Infos"
      } else if (!(this.isAttributive(i) && !afterName)) break
      afterName = name
    }
    if (last < 0) return undefined
    // A closing quote mark belongs to the name ("der „New York Times“").
    while (
      last + 1 < this.tokens.length &&
      QUOTE_MARKS.has(this.tokens[last + 1].value) &&
      this.tokens[last + 1].start === this.tokens[last].end
    )
      last++
    return [from, last]
  }

  /** "Montag", "Montagabend": a time noun, alone or as the first part of a compound with a time of day. */
  isTime(lower: string): boolean {
    const { timeNouns } = this.lexicon
    return timeNouns.has(lower) || [...timeNouns].some((day) => lower.startsWith(day) && timeNouns.has(lower.slice(day.length)))
  }

  /** The noun phrase ending at `to`, read backwards ("Berichten", "der Polizei"). */
  nounPhraseBefore(to: number): [number, number] | undefined {
    let first = -1
    for (let i = to; i >= 0 && to - i < 12; i--) {
      const lower = this.tokens[i].lower
      if (this.isNameWord(i) || this.joins(i)) first = i
      else if (this.lexicon.determiners.has(lower) || this.isAttributive(i)) first = i
      else if (first >= 0 && this.lexicon.nameLinks.has(lower)) continue
      else break
    }
    if (first < 0) return undefined
    while (first <= to && this.lexicon.nameLinks.has(this.tokens[first].lower) && !this.lexicon.determiners.has(this.tokens[first].lower))
      first++
    return first <= to ? [first, to] : undefined
  }

  /** The head noun: the last word of the first run of name words ("ORF-Quelle" → Quelle, "Anton Gerashchenko" → Gerashchenko). */
  headOf(from: number, to: number): number | undefined {
    let head: number | undefined
    for (let i = from; i <= to; i++) {
      if (this.isNameWord(i) || (this.lexicon.lang === 'de' && head === undefined && this.isVaguePronoun(i))) {
        // English adjectives follow a group noun too ("sources familiar with …"): the group noun heads.
        if (this.lexicon.lang === 'en' && head !== undefined && this.lexicon.vagueHeads.has(this.tokens[head].lower)) break
        head = i
      } else if (
        head === from &&
        this.opensSentence(head) &&
        this.lexicon.conjunctions.has(this.tokens[i].lower) &&
        this.opensWithAdjective(head)
      ) {
        // "Israelische und US-amerikanische Forscher": an adjective capitalised by its place, coordinated with the next, heads nothing.
        head = undefined
      } else if (head !== undefined && !this.joins(i)) break
    }
    return head
  }

  /** Where the determiners and adjectives before the noun at `i` begin ("die befragten Experten"). */
  modifiersBefore(i: number): number {
    let from = i
    while (from > 0 && !this.lexicon.determiners.has(this.lower(from) ?? '') && this.isAttributive(from - 1)) from--
    // A determiner opens the phrase: the word before it ("sorgen die Berichte") is none of it.
    if (from > 0 && this.lexicon.determiners.has(this.lower(from - 1) ?? '')) return from - 1
    // The sentence's first word is capitalised, an adjective too: "Griechische Medien veröffentlichten".
    return from > 0 && this.opensSentence(from - 1) && this.opensWithAdjective(from - 1) ? from - 1 : from
  }

  /** The sentence opens with an inflected adjective, capitalised as its first word ("Griechische", "Westliche"), after a dateline too. */
  opensWithAdjective(at: number): boolean {
    const first = this.tokens[at]
    const lower = first.lower
    return (
      this.lexicon.lang === 'de' &&
      first.kind === 'word' &&
      /(ische|ischen|liche|lichen)$/.test(lower) &&
      !this.lexicon.determiners.has(lower) &&
      !this.lexicon.notSubjects.has(lower)
    )
  }
}
