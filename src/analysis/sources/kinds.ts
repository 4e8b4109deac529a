import type { SourceMention } from '../../engine/model.js'
import { phraseIndex } from '../phrase-index.js'
import { NounPhrases } from './noun-phrases.js'
import { isCapitalized } from './words.js'
import { isDigitCode } from '../digits.js'

/** The number of a verb of saying, which its subject agrees with. */
export type VerbNumber = 'singular' | 'plural'

// Whether a noun phrase names a source or leaves it vague, and whether it names a source at all.

/** How many last letters heads are grouped by: a word that ends in a head ends in its last letters. */
const ENDING = 3
/** The group of heads shorter than `ENDING`, which any word may end in. */
const SHORT = -1
/** The heads of each list by a number read from their last letters (see `endingKey`), built once per list. */
const headsByEnding = new WeakMap<ReadonlySet<string>, Map<number, string[]>>()

/**
 * The heads a word of at least `ENDING` letters may end in: those whose last letters give the same
 * number, and the short ones; the caller still tests each. A compound is tested against these few,
 * where it was tested against every head.
 */
function headsEndingLike(lower: string, heads: ReadonlySet<string>): readonly string[] {
  let byEnding = headsByEnding.get(heads)
  if (!byEnding) {
    byEnding = new Map([[SHORT, []]])
    for (const head of heads) {
      const key = head.length < ENDING ? SHORT : endingKey(head)
      const list = byEnding.get(key)
      if (list) list.push(head)
      else byEnding.set(key, [head])
    }
    headsByEnding.set(heads, byEnding)
  }
  const short = byEnding.get(SHORT)!
  // No last letters to read: `endingKey` read before the word's start, out of bounds, and was deoptimised.
  if (lower.length < ENDING) return short
  const ending = byEnding.get(endingKey(lower))
  return ending === undefined ? short : short.length === 0 ? ending : [...short, ...ending]
}

/** A small integer from a word's last three letters, read as char codes: no string is sliced for it. Words with the same letters get the same number. */
function endingKey(word: string): number {
  const n = word.length
  return (word.charCodeAt(n - 3) * 961 + word.charCodeAt(n - 2) * 31 + word.charCodeAt(n - 1)) & 0xfffff
}

export class SourceKinds extends NounPhrases {
  /**
   * Vague when the head is an unidentifiable group ("Experten", "Beamten", "Berichten"), an
   * anonymous informant ("ORF-Quelle"), or a quantified or partitive group ("einige Piloten",
   * "einer der Propagandisten"), and nothing after it names an institution.
   */
  kindOf(from: number, to: number, verbNumber?: VerbNumber, byForm = true): SourceMention['kind'] {
    const lexicon = this.lexicon
    const head = this.headOf(from, to)
    if (head === undefined) return 'named'
    // "Böse Zungen behaupten": a fixed vague phrase as the speaker.
    if (this.vaguePhraseAt(from, head)) return 'vague'
    const lower = this.tokens[head].lower
    if (this.isAnonymous(lower)) return 'vague'
    // "meinen Mann", "mehrere seiner Gemeinderäte", "laut Polizeiangaben": someone's named before, a body the compound names.
    if (this.followsPossessive(from, to) || this.ownerCompound(lower) || this.pointsBackAtOne(from, head)) return 'named'
    if (this.isUnnamedGroup(from, head, to, verbNumber, byForm) || this.speaksForUnnamedBody(head)) return 'vague'
    // "BA-Volkswirte", "DNA-Schätzungen": the body is named by its initials in the compound ("Museums-Experten" names none).
    if (this.compoundWithName(head) && this.initialsBeforeHyphen(head)) return 'named'
    const firstWord = this.tokens[from].lower
    const partitive = lexicon.partitives.has(firstWord) && lexicon.nameLinks.has(this.lower(from + 1) ?? '')
    const grouped =
      partitive ||
      lexicon.vagueQuantifiers.has(firstWord) ||
      (lexicon.determiners.has(firstWord) && this.quantifiesUnknown(firstWord, this.lower(from + 1) ?? ''))
    const info = lexicon.infoHeads.has(lower)
    // "nach diesen Angaben", "den Informationen zufolge": an information noun after a definite article
    // or a demonstrative, with no owner after it, is the statement the text gave before.
    if (info && head > from && lexicon.definite.has(this.tokens[from].lower) && !lexicon.ownerLinks.has(this.lower(head + 1) ?? ''))
      return 'named'
    if (!grouped && !info && !this.isVagueHead(lower)) return this.ownedByUnnamed(head, to) ? 'vague' : 'named'
    // A name inside the compound or before the head: "STANDARD-Infos", "Atletico Norte officials".
    if (this.capitalizedModifiers(from, head) >= (lexicon.lang === 'en' ? 2 : 1) && !grouped) return 'named'
    const links = info ? lexicon.ownerLinks : lexicon.institutionLinks
    for (let k = head + 1; k < to && !lexicon.conjunctions.has(this.tokens[k].lower); k++)
      if (links.has(this.tokens[k].lower)) return 'named'
    return 'vague'
  }

  /** A possessive right before the phrase or inside it before its noun ("viele ihrer Berichte"), not in an owner after it. */
  followsPossessive(from: number, to: number): boolean {
    for (let k = Math.max(0, from - 1); k <= to; k++) {
      if (this.lexicon.possessives.has(this.tokens[k].lower)) return true
      if (k > from && isCapitalized(this.tokens[k])) return false
    }
    return false
  }

  /**
   * "Der Beamte bekennt sich nicht schuldig", "…, so der Experte.": one person after a singular
   * definite article, as a speaker, is the one the text introduced before. Not a group's owner
   * after a noun ("Schätzungen der Beobachter"), nor a plural ("der befragten Experten").
   */
  private pointsBackAtOne(from: number, head: number): boolean {
    const before = this.tokens[from - 1]
    const owned = before !== undefined && before.kind === 'word' && isCapitalized(before) && from - 1 > 0
    return this.lexicon.singularDefinite.has(this.tokens[from].lower) && !owned && !this.tokens[head].lower.endsWith('n')
  }

  /** "Polizeiangaben", "Armeeberichten": an information noun compounded with the body that gives it. */
  private ownerCompound(lower: string): boolean {
    const { ownerPrefixes, infoHeads } = this.lexicon
    if (!ownerPrefixes.some((prefix) => lower.startsWith(prefix))) return false
    for (const info of infoHeads) if (lower.length > info.length && lower.endsWith(info)) return true
    return false
  }

  /**
   * "einige", "die meisten": a part of a group no one names; "die zahlreichen Lücken", a quantifier
   * inflected after its definite article, are all of a group the text names ("sehen das zahlreiche
   * Aktivisten": "das" is the object).
   */
  private quantifiesUnknown(determiner: string, quantifier: string): boolean {
    const { vagueQuantifiers, definite, partOfAll } = this.lexicon
    const all = definite.has(determiner) && quantifier.endsWith('en') && !partOfAll.has(quantifier)
    return vagueQuantifiers.has(quantifier) && !all
  }

  /** A fixed vague phrase starts within `from`…`to`. */
  private vaguePhraseAt(from: number, to: number): boolean {
    const vaguePhrases = phraseIndex(this.lexicon.vaguePhrases)
    for (let i = from; i <= to; i++) if (vaguePhrases.firstAt(this.tokens, i)) return true
    return false
  }

  isAnonymous(word: string): boolean {
    // "ORF-Quelle": the last part of a hyphenated compound heads it.
    const lower = word.slice(word.lastIndexOf('-') + 1)
    if (this.lexicon.notVague.has(lower)) return false
    if (this.lexicon.anonymousHeads.has(lower)) return true
    return this.lexicon.lang === 'de' && lower.length > 9 && lower.endsWith('kreisen')
  }

  /**
   * "Ein US-Vertreter", "Aktivisten", "zwei Studien": people, groups or reports nothing identifies.
   * Named after a definite article ("so die Forscher" points back), in a compound with a name
   * other than a place ("Boku-Studie"), or with an institution or a person after the head.
   */
  private isUnnamedGroup(from: number, head: number, to: number, verbNumber?: VerbNumber, byForm = true): boolean {
    const lexicon = this.lexicon
    const { value, lower } = this.tokens[head]
    const definite = lexicon.definite.has(this.tokens[from].lower) || lexicon.definite.has(this.lower(from - 1) ?? '')
    const collective = this.isHeadOrCompound(lower, lexicon.collectiveHeads, 5)
    const group = this.isHeadOrCompound(lower, lexicon.groupHeads, 5) || (byForm && this.isUnnamedPerson(from, head, to, verbNumber))
    if (!collective && (definite || !group)) return false
    if (this.namedReport(from, head)) return false
    const prefix = value.slice(0, Math.max(0, value.indexOf('-')))
    if (prefix !== prefix.toLowerCase() && !lexicon.placePrefixes.has(prefix.toLowerCase())) return false
    if (this.capitalizedModifiers(from, head) > 0) return false
    for (let k = head + 1; k <= to + 1 && k < this.tokens.length; k++) if (this.namesInstitution(k)) return false
    return true
  }

  /**
   * "Demonstranten", "Augenzeugen", "zwei Anwohnerinnen", "ein Betroffener", "britischer Forscher":
   * people by their trade, role or lot, known by the noun's form rather than by a list. A plural
   * form ("-isten", "-enten", "-logen", "-innen", "-iker") is people wherever it stands as a source; an
   * agent noun in "-er" could be a surname ("sagte Müller"), so it counts only after an indefinite
   * article, a number or an adjective ("ein Anwohner", "drei Augenzeugen", "betroffene Anrainer") or in
   * the dative plural ("Anwohnern zufolge"), or alone before a plural verb of saying ("Sanitäter
   * berichteten", "sagten Anwohner"). As a verb's subject (`verbNumber`) it agrees with the verb: "zeigt
   * getötete Ausländer" has them as its object, and only "ein", "eine" open a subject. Where the noun
   * stands is the finder's: this is asked only of a source.
   */
  private isUnnamedPerson(from: number, head: number, to: number, verbNumber?: VerbNumber): boolean {
    const persons = this.lexicon.personNouns
    const lower = this.tokens[head].lower
    if (!persons || lower.length < 6 || persons.except.some((word) => lower.endsWith(word))) return false
    const before = head > from ? this.tokens[head - 1] : undefined
    const word = before?.kind === 'word' ? before : undefined
    // "Nur 45 Migranten zeigten sich bereit": people counted in digits are the story's count, not a voice.
    if (word !== undefined && isDigitCode(word.value.charCodeAt(0))) return false
    // "vier Teilnehmer einer Befragung der AKNÖ": a genitive after them says whose they are.
    if (this.lexicon.partitives.has(this.lower(head + 1) ?? '') && this.isNameWord(head + 2)) return false
    const counted = word !== undefined && this.lexicon.numerals.has(word.lower)
    // An adjective with no article before it: "getötete Ausländer" (plural), "britischer Forscher" (a genitive or one person).
    // Capitalised where it opens the sentence ("Westliche Minister") or after a place ("US-amerikanische Forscher").
    const capitalAdjective =
      word !== undefined &&
      ((this.opensSentence(head - 1) && this.opensWithAdjective(head - 1)) ||
        (this.lexicon.placePrefixes.has(word.lower.split('-')[0]) && word.lower.includes('-') && /(e|en|er)$/.test(word.lower)))
    const adjective =
      word !== undefined &&
      (capitalAdjective || (!isCapitalized(word) && !this.lexicon.relativePronouns.has(word.lower) && this.isAttributive(head - 1)))
    const bareAdjective = adjective && !this.lexicon.determiners.has(this.lower(head - 2) ?? '') && word.lower.endsWith('e')
    const indefinite = word !== undefined && (verbNumber ? persons.subjectIndefinite : persons.indefinite).has(word.lower)
    // "mit einem lauten Chinakracher": an object's article before the adjective opens no subject.
    const objectArticle = adjective && this.lexicon.objectDeterminers.has(this.lower(head - 2) ?? '')
    if (verbNumber && objectArticle) return false
    if (verbNumber === 'singular' && (counted || bareAdjective)) return false
    if (verbNumber === 'plural' && indefinite) return false
    if (persons.pluralEndings.some((ending) => lower.endsWith(ending))) return verbNumber !== 'singular'
    if (!persons.endings.some((ending) => lower.endsWith(ending))) return false
    if (persons.dativeEndings.some((ending) => lower.endsWith(ending))) return true
    // Alone: "Mitterlehner und Co sehen sich" coordinates names.
    if (verbNumber === 'plural' && from === head && head === to) return true
    return counted || indefinite || adjective
  }

  /**
   * "laut Bericht", "laut Vorausbericht": a report with no article at all is the one the text
   * named ("Myce.com berichtet …"), unless its compound leaves it ownerless ("laut Medienbericht").
   */
  private namedReport(from: number, head: number): boolean {
    const lower = this.tokens[head].lower
    const bare = from === head && this.lexicon.before.some(([link, ...rest]) => rest.length === 0 && link === this.lower(head - 1))
    return bare && !this.lexicon.reportHeads.has(lower) && this.isHeadOrCompound(lower, this.lexicon.articlelessReports)
  }

  /** Capitalised words in the head's own run before it, not counting the sentence's first word. */
  private capitalizedModifiers(from: number, head: number): number {
    let count = 0
    for (let i = head - 1; i >= from && (this.isNameWord(i) || this.joins(i)); i--) {
      const word = this.tokens[i]
      // "US-amerikanische Forscher": a place names no body.
      const place = this.lexicon.placePrefixes.has(word.lower.split('-')[0])
      if (word.kind === 'word' && isCapitalized(word) && !this.opensSentence(i) && !place && !this.isVagueHead(word.lower)) count++
    }
    return count
  }

  /** An institution link at `k` that names a body: not a time ("Studien der vergangenen Jahre", "sagte ein Polizeisprecher am Dienstag"). */
  private namesInstitution(k: number): boolean {
    if (!this.lexicon.institutionLinks.has(this.tokens[k].lower)) return false
    const after = this.nounPhraseAfter(k + 1)
    const head = after && this.headOf(after[0], after[1])
    return head === undefined || !this.lexicon.timeNouns.has(this.tokens[head].lower)
  }

  /** "Ein Sprecher einer Interessensgemeinschaft": a role whose body is itself left indefinite. */
  private speaksForUnnamedBody(head: number): boolean {
    return this.isHeadOrCompound(this.tokens[head].lower, this.lexicon.roleHeads) && this.lexicon.partitives.has(this.lower(head + 1) ?? '')
  }

  /** "Wifo-Experten", "GPA-djp-Experten": an institution joined to the head by a hyphen (a place, "US-Forscher", is none). */
  compoundWithName(i: number): boolean {
    const value = this.tokens[i].value
    const cut = value.lastIndexOf('-')
    return (
      cut > 0 &&
      value.slice(0, cut) !== value.slice(0, cut).toLowerCase() &&
      !this.lexicon.placePrefixes.has(value.slice(0, value.indexOf('-')).toLowerCase())
    )
  }

  /** Two or more capitals before the compound's last hyphen: initials ("BA-", "DNA-"), not a noun ("Museums-"). */
  private initialsBeforeHyphen(i: number): boolean {
    const value = this.tokens[i].value
    return (value.slice(0, Math.max(0, value.lastIndexOf('-'))).match(/\p{Lu}/gu)?.length ?? 0) >= 2
  }

  private isVagueHead(lower: string): boolean {
    // Short heads ("medien") would end too many other words.
    return this.isHeadOrCompound(lower, this.lexicon.vagueHeads, 5)
  }

  /** The word is one of the heads, or a German compound of one ("Sicherheitsexperten", "Regierungsbeamte"). */
  isHeadOrCompound(lower: string, heads: ReadonlySet<string>, shortestCompounded = 0): boolean {
    if (this.lexicon.notVague.has(lower)) return false
    if (heads.has(lower)) return true
    if (this.lexicon.lang !== 'de') return false
    // The dative plural adds an -n: "von Bürgerrechtlern", "Forschern zufolge".
    if (lower.endsWith('ern') && heads.has(lower.slice(0, -1))) return true
    for (const head of headsEndingLike(lower, heads))
      if (head.length >= shortestCompounded && lower.length > head.length + 2 && lower.endsWith(head)) return true
    return false
  }

  /**
   * "laut einer Klage von Bürgerrechtlern", "nach Vorwürfen kurdischer Medien": a document or a
   * statement whose owner, right after it, is itself an unnamed group identifies no one either.
   */
  private ownedByUnnamed(head: number, to: number): boolean {
    const link = head + 1
    if (link > to) return false
    if (this.lexicon.ownerLinks.has(this.tokens[link].lower)) {
      const owner = this.nounPhraseAfter(this.lexicon.determiners.has(this.tokens[link].lower) ? link : link + 1)
      return owner !== undefined && owner[1] <= to && this.isUnnamedOwner(owner[0], owner[1])
    }
    return false
  }

  /** The owner's own head is an unnamed group: not followed by a further owner of its own (no recursion). */
  private isUnnamedOwner(from: number, to: number): boolean {
    const head = this.headOf(from, to)
    if (head === undefined) return false
    const lower = this.tokens[head].lower
    return this.isAnonymous(lower) || this.isUnnamedGroup(from, head, to) || (this.isVagueHead(lower) && this.kindOf(from, to) === 'vague')
  }

  /** A place a saying comes from: vague as a collective voice ("hieß es in den Hauptstädten"), else as its noun phrase reads. */
  placeKind(link: number, [from, to]: [number, number]): SourceMention['kind'] {
    return this.isCollectiveVoice(link, from, to) ? 'vague' : this.kindOf(from, to)
  }

  /**
   * "in den Hauptstädten", "bei den Einsatzkräften": after a link, a plural of bodies or people
   * speaks through no one a reader could ask. A time is no place ("in den vergangenen Tagen").
   */
  isCollectiveVoice(link: number, from: number, to: number): boolean {
    const { links, plurals } = this.lexicon.collectiveVoices
    const head = this.headOf(from, to)
    if (!links.has(this.lower(link) ?? '') || head === undefined || !plurals.has(this.tokens[from].lower)) return false
    return !this.lexicon.timeNouns.has(this.tokens[head].lower)
  }

  /**
   * "die Drohung", "52. Minute", "den Menschen": an abstract noun, a number, an amount, a time or an object
   * names no one who speaks, unless a body after it owns it ("die Erhebung des Bundeskriminalamts").
   */
  namesNoSource(from: number, to: number): boolean {
    // "von den Freiheitlichen dementiert": a passive's agent stands in the dative and speaks, as does
    // an origin or a holder after its preposition ("aus dem Büro", "Für den Wissenschafter ist").
    const before = this.lower(from - 1) ?? ''
    const linked =
      this.lexicon.agentLinks.has(before) ||
      this.lexicon.placedSayings.places.has(before) ||
      this.lexicon.viewHolders.prepositions.has(before)
    if (!linked && this.lexicon.objectDeterminers.has(this.tokens[from].lower)) return true
    // "mit einem Anstieg von 0,5 Prozent gerechnet": the digits after a decimal comma open no clause.
    const comma = this.tokens[from - 1]
    if (comma?.value === ',' && comma.end === this.tokens[from].start && /\d$/.test(this.tokens[from - 2]?.value ?? '')) return true
    const head = this.headOf(from, to)
    if (head === undefined || !this.isAbstract(head)) return false
    const owner = this.lexicon.ownerLinks.has(this.lower(head + 1) ?? '') ? this.headOf(head + 2, to) : undefined
    return owner === undefined || this.isAbstract(owner)
  }

  private isAbstract(i: number): boolean {
    const lower = this.tokens[i].lower
    const { words, endings, except } = this.lexicon.notSources
    // "Schalke 04", "Hannover 96": two digits after a name belong to a club's name.
    const before = this.tokens[i - 1]
    if (/^\d{2}$/.test(lower) && before?.kind === 'word' && isCapitalized(before) && !this.lexicon.determiners.has(before.lower))
      return false
    if (/^[\d.,/]+$/.test(lower) || words.has(lower) || this.lexicon.timeNouns.has(lower)) return true
    return endings.some((ending) => lower.endsWith(ending)) && !except.some((body) => lower.endsWith(body))
  }
}
