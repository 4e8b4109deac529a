import { append } from '../engine/arrays.js'
import { PROSE_KINDS, type Article, type Sentence, type SourceMention, type Token } from '../engine/model.js'
import { type AnalyzeOptions, type Stage, inSentence } from '../engine/stage.js'
import { vocabularyWords } from '../engine/vocabulary.js'
import { acceptedSourceNames, applyAcceptedSources } from './accepted-sources.js'
import { hasKonjunktivI } from './german-verbs.js'
import { phraseIndex } from './phrase-index.js'
import { newsroomSourceLexicon, sourceLexicon, type SourceLexicon } from './source-lexicon.js'

// Finds who is cited in each sentence of the article's prose: the subject of a verb of saying
// ("sagte Katzian", "teilte die Polizei mit", "Officials said"), the noun phrase after a source
// preposition ("laut X", "nach Angaben der X", "according to X") or before a postposition
// ("der Polizei zufolge"), clausal sources ("wie X berichtet", "wie aus einem Bericht der X
// hervorgeht", "…, so X"), a speaker before a colon and a quote, and fixed vague phrases ("es
// heißt", "wie zu hören war"). Each mention is named or vague: vague when its head is an
// unidentifiable group ("Experten", "Beamte", "Berichten") with no institution or name beside it.
// Words come from `lexicons/<lang>/sources.yaml`; verb forms from the morphology lexicon.

const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '(', ')', '–', '—', '.', '!', '?'])
const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', "'", '‚', '‘', '’'])
const APPOSITION_MARKS = new Set([',', '–', '—', '('])
const NOT_SPEAKING_BEFORE = new Set(['zu', 'sich'])
const INNER_JOINERS = new Set(['-', '/', '.', '&'])
const RELATIVE_DATIVES = new Set(['dem', 'denen'])
/** How far back from a group of experts the estimate they own may stand ("Schätzungen der von der APA befragten Experten"). */
const VIEW_REACH = 6

export const sourcesStage: Stage = { id: 'sources', reads: ['blockKinds'], writes: ['sources'], run: findArticleSources }

function findArticleSources(article: Article, options: AnalyzeOptions): void {
  const { vocabulary } = options
  const mentions: SourceMention[] = []
  for (const block of article.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue
    const lexicon = newsroomSourceLexicon(block.lang, vocabulary)
    const accepted = acceptedSourceNames(vocabularyWords(vocabulary, block.lang, 'acceptedSources'))
    for (const index of block.sentences) {
      const sentence = article.sentences[index]
      // The lexicon and accepted names come from the block's language and the vocabulary (which the memo keys on).
      append(
        mentions,
        inSentence(options, sourcesStage.id, sentence, block.lang, () =>
          applyAcceptedSources(sentence, findSources(sentence, lexicon), accepted)
        )
      )
    }
  }
  article.annotations.sources = withoutCarriedSayings(mentions, article)
}

/**
 * A bare "hieß es" right after a sentence that names its source goes on with that source ("Die
 * Polizei teilte mit … . Man sei zuversichtlich, hieß es."): no vague source of its own.
 */
function withoutCarriedSayings(mentions: SourceMention[], article: Article): SourceMention[] {
  const namedIn = new Set(mentions.filter((mention) => mention.kind === 'named').map((mention) => mention.sentence))
  return mentions.filter((mention) => {
    if (mention.kind !== 'vague' || !namedIn.has(mention.sentence - 1)) return true
    const lexicon = sourceLexicon(article.blocks[article.sentences[mention.sentence].block].lang)
    const words = mention.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
    return !lexicon.placedSayings.impersonal.some(
      (saying) => words.length === saying.length && saying.every((word) => words.includes(word))
    )
  })
}

const DASHES = new Set(['—', '–', '―', '-'])

/** Where the dash of a quote's attribution line stands ("— GDL-Chef Claus Weselsky"), after any blockquote marker. */
function attributionDash(tokens: Token[]): number | undefined {
  let i = 0
  while (i < tokens.length && tokens[i].kind === 'symbol') i++
  return DASHES.has(tokens[i]?.value ?? '') ? i : undefined
}

/** A line under a quote that names its speaker: "— GDL-Chef Claus Weselsky". */
export function isAttributionLine(sentence: Sentence): boolean {
  return attributionDash(contentTokens(sentence)) !== undefined
}

/** The source mentions of each sentence, by sentence index. */
export function mentionsBySentence(mentions: SourceMention[]): Map<number, SourceMention[]> {
  const map = new Map<number, SourceMention[]>()
  for (const mention of mentions) {
    const list = map.get(mention.sentence)
    if (list) list.push(mention)
    else map.set(mention.sentence, [mention])
  }
  return map
}

/** The words and punctuation of a sentence, without whitespace. */
export function contentTokens(sentence: Sentence): Token[] {
  return sentence.tokens.filter((token) => token.kind !== 'whitespace')
}

/** Every source cited in one sentence, in order, without overlaps. */
function findSources(sentence: Sentence, lexicon: SourceLexicon): SourceMention[] {
  const finder = new SentenceSources(sentence, lexicon)
  return finder.find()
}

class SentenceSources {
  private readonly tokens: Token[]
  private readonly found: SourceMention[] = []
  /** Where each found mention's name stands: a verb's mention runs from its subject to the verb over the words between. */
  private readonly names: Array<{ start: number; end: number }> = []

  constructor(
    private readonly sentence: Sentence,
    private readonly lexicon: SourceLexicon
  ) {
    this.tokens = contentTokens(sentence)
  }

  find(): SourceMention[] {
    this.phrases()
    // A quantifier right before its verb speaks ("Nicht wenige bezeichnen die Vorlage als …"), not the object after the verb.
    this.quantifiedSpeakers()
    this.ellipticalSpeakers()
    this.verbs()
    this.colonSpeakers()
    this.unnamedViewHolders()
    this.viewHolders()
    this.soClauses()
    this.emergingFrom()
    this.placedSayings()
    this.impersonalVoices()
    this.publicVenues()
    this.bareInformationSources()
    this.vaguePhrases()
    this.unnamedExperts()
    this.attributionLine()
    return this.joinedVague(this.found.sort((a, b) => a.start - b.start))
  }

  /** "nach Angaben aus Bankenkreisen": two vague mentions joined by a link are one source, reported once. */
  private joinedVague(mentions: SourceMention[]): SourceMention[] {
    const joined: SourceMention[] = []
    for (const mention of mentions) {
      const last = joined.at(-1)
      const between =
        last &&
        this.sentence.text
          .slice(last.end - this.sentence.start, mention.start - this.sentence.start)
          .trim()
          .toLowerCase()
      if (last?.kind === 'vague' && mention.kind === 'vague' && between !== undefined && this.lexicon.institutionLinks.has(between)) {
        const name = this.sentence.text.slice(last.start - this.sentence.start, mention.end - this.sentence.start)
        joined[joined.length - 1] = { ...last, end: mention.end, name }
      } else joined.push(mention)
    }
    return joined
  }

  private lower(i: number): string | undefined {
    return this.tokens[i]?.lower
  }

  /** The phrase's words match at token `i` (outside direct quotes). */
  private matches(i: number, phrase: string[]): boolean {
    for (let k = 0; k < phrase.length; k++) {
      const token = this.tokens[i + k]
      if (!token || token.quoted || token.lower !== phrase[k]) return false
    }
    return true
  }

  private taken(start: number, end: number, spans: Array<{ start: number; end: number }> = this.found): boolean {
    return spans.some((span) => span.start < end && start < span.end)
  }

  /** A mention, unless it overlaps one found before (with `besideNames`, only another's name: "Leitl hat einen Zeitungsbericht dementiert"). */
  private add(from: number, to: number, nameFrom: number, nameTo: number, kind: SourceMention['kind'], besideNames = false): void {
    const start = this.tokens[from].start
    const end = this.tokens[to].end
    if (this.taken(start, end, besideNames ? this.names : this.found)) return
    const name = this.sentence.text.slice(this.tokens[nameFrom].start - this.sentence.start, this.tokens[nameTo].end - this.sentence.start)
    this.found.push({ start, end, name, kind, sentence: this.sentence.index })
    this.names.push({ start: this.tokens[nameFrom].start, end: this.tokens[nameTo].end })
  }

  private phrases(): void {
    const [backReferences, before, after] = [this.lexicon.backReferences, this.lexicon.before, this.lexicon.after].map(phraseIndex)
    // Back-references first: "unter Berufung auf eigene Recherchen" is the outlet's own research, not an unnamed one.
    for (let i = 0; i < this.tokens.length; i++) {
      for (const phrase of backReferences.startingWith(this.tokens[i].lower)) {
        if (this.matches(i, phrase)) this.add(i, i + phrase.length - 1, i, i + phrase.length - 1, 'named')
      }
    }
    for (let i = 0; i < this.tokens.length; i++) {
      const word = this.tokens[i].lower
      for (const phrase of before.startingWith(word)) {
        if (!this.matches(i, phrase)) continue
        const last = i + phrase.length - 1
        if (this.lexicon.infoHeads.has(this.tokens[last].lower)) {
          // "nach Schätzungen 15.000 Menschen": no owner follows, the estimate is nobody's. Where
          // it comes from ("nach Infos aus dem ORF") is judged with the information noun below.
          const owner = this.ownerAfter(last + 1)
          if (owner) this.add(i, owner[1], owner[0], owner[1], this.kindOf(owner[0], owner[1]))
          else if (!this.lexicon.institutionLinks.has(this.lower(last + 1) ?? '')) this.add(i, last, i, last, 'vague')
          continue
        }
        const name = this.nounPhraseAfter(i + phrase.length)
        if (name) this.add(i, name[1], name[0], name[1], this.placeKind(i + phrase.length - 1, name))
      }
      for (const phrase of after.startingWith(word)) {
        if (!this.matches(i, phrase)) continue
        const name = this.nounPhraseBefore(i - 1)
        if (name) this.add(name[0], i + phrase.length - 1, name[0], name[1], this.kindOf(name[0], name[1]))
      }
    }
  }

  /**
   * The owner of an estimate or a statement after "nach Angaben": a genitive or "von" ("der
   * Polizei", "von Ärzten", "Moskaus") or genitive adjectives before their noun ("unabhängiger
   * Experten", which ends there: the next noun opens the clause's subject).
   */
  private ownerAfter(from: number): [number, number] | undefined {
    const first = this.tokens[from]
    if (!first || first.quoted) return undefined
    if (this.lexicon.ownerLinks.has(first.lower)) return this.nounPhraseAfter(this.lexicon.determiners.has(first.lower) ? from : from + 1)
    if (this.isAttributive(from) && first.lower.endsWith('er')) {
      let noun = from
      while (this.isAttributive(noun)) noun++
      return this.isNameWord(noun) ? [from, noun] : undefined
    }
    const name = this.nounPhraseAfter(from)
    return name && isCapitalized(first) && first.lower.endsWith('s') ? name : undefined
  }

  /** "In dem Bericht der Kommission heißt es": the place named before an impersonal saying. */
  private placedSayings(): void {
    const { impersonal, places } = this.lexicon.placedSayings
    const index = phraseIndex(impersonal)
    for (let i = 1; i < this.tokens.length; i++) {
      const phrase = index.startingWith(this.tokens[i].lower).find((words) => this.matches(i, words))
      if (!phrase) continue
      const start = this.clauseStart(i)
      if (!places.has(this.lower(start) ?? '')) continue
      const name = this.nounPhraseAfter(start + 1)
      if (name && name[1] === i - 1) this.add(start, i + phrase.length - 1, name[0], name[1], this.placeKind(start, name))
    }
  }

  /** A place a saying comes from: vague as a collective voice ("hieß es in den Hauptstädten"), else as its noun phrase reads. */
  private placeKind(link: number, [from, to]: [number, number]): SourceMention['kind'] {
    return this.isCollectiveVoice(link, from, to) ? 'vague' : this.kindOf(from, to)
  }

  /**
   * "in den Hauptstädten", "bei den Einsatzkräften": after a link, a plural of bodies or people
   * speaks through no one a reader could ask. A time is no place ("in den vergangenen Tagen").
   */
  private isCollectiveVoice(link: number, from: number, to: number): boolean {
    const { links, plurals } = this.lexicon.collectiveVoices
    const head = this.headOf(from, to)
    if (!links.has(this.lower(link) ?? '') || head === undefined || !plurals.has(this.tokens[from].lower)) return false
    return !this.lexicon.timeNouns.has(this.tokens[head].lower)
  }

  /**
   * "In Wien hofft man", "Man war bei den Einsatzkräften zuversichtlich": an impersonal subject
   * holding a view, placed in a collective voice or a bare place, names no one. The place opens
   * the clause or follows "man" and its verb; elsewhere it is what the view is about ("während
   * man bei den Kandidaten davon ausgehen kann").
   */
  private impersonalVoices(): void {
    const { impersonal } = this.lexicon.collectiveVoices
    for (let m = 0; m < this.tokens.length; m++) {
      if (this.tokens[m].quoted || !impersonal.has(this.tokens[m].lower) || !this.holdsView(m)) continue
      const start = this.clauseStart(m)
      const k = start === m ? m + 2 : start
      const place = k < this.clauseEnd(m) ? this.nounPhraseAfter(k + 1) : undefined
      if (!place) continue
      if (this.isBarePlace(k, place) || this.isCollectiveVoice(k, place[0], place[1]))
        this.add(Math.min(k, m), Math.max(place[1], m), k, place[1], 'vague')
    }
  }

  /** "In Wien": a lone name after a place link, with no body placed elsewhere in the clause ("In Nummerntafelfragen verweist man beim Land"). */
  private isBarePlace(link: number, [from, to]: [number, number]): boolean {
    if (!this.lexicon.collectiveVoices.placeLinks.has(this.tokens[link].lower) || from !== to || !isCapitalized(this.tokens[from]))
      return false
    for (let k = to + 1, end = this.clauseEnd(link); k <= end; k++)
      if (this.lexicon.placedSayings.places.has(this.tokens[k].lower)) return false
    return true
  }

  /** "wie auf Social Media oft verbreitet wird", "Im Internet kursierende Fotos": something passed on in an unnamed public. */
  private publicVenues(): void {
    const { venues, passOn } = this.lexicon.publicVenues
    const index = phraseIndex(venues)
    for (let i = 0; i < this.tokens.length; i++) {
      const venue = index.startingWith(this.tokens[i].lower).find((words) => this.matches(i, words))
      if (!venue || this.clauseHasSource(i)) continue
      const last = i + venue.length - 1
      const clause = this.tokens.slice(this.clauseStart(i), this.clauseEnd(i) + 1)
      if (clause.some((token) => passOn.some((start) => token.lower.startsWith(start)))) this.add(i, last, i, last, 'vague')
    }
  }

  /** The clause of token `i` holds a verb of saying or believing, or a stance ("hofft", "war … zuversichtlich"), not a wish for something. */
  private holdsView(i: number): boolean {
    for (let v = this.clauseStart(i), end = this.clauseEnd(i); v <= end; v++) {
      const token = this.tokens[v]
      const particles = token.kind === 'word' && !isCapitalized(token) ? this.lexicon.verbForms.get(token.lower) : undefined
      if (!particles || !this.hasParticle(v, particles)) continue
      if (!(this.lexicon.wishForms.has(token.lower) && this.clauseHolds(v, this.lexicon.wishLinks))) return true
    }
    return false
  }

  /** Fixed vague phrases and anonymous informants last, so that the named readings above win where they overlap. */
  private vaguePhrases(): void {
    this.anonymousAndQuantified()
    this.heardSayings()
    this.agentlessHearsay()
    const vaguePhrases = phraseIndex(this.lexicon.vaguePhrases)
    for (let i = 0; i < this.tokens.length; i++) {
      for (const phrase of vaguePhrases.startingWith(this.tokens[i].lower)) {
        if (!this.matches(i, phrase)) continue
        // A trailing comma or full stop only anchors the phrase at the clause edge.
        const last = i + phrase.length - 1
        const end = this.tokens[last].kind === 'punctuation' ? last - 1 : last
        // "verlautete am Montag aus Sicherheitskreisen": the clause gives the vague source itself, one
        // finding. Beside a named actor ("Dem Vernehmen nach wirft die JG … vor") and where the phrase
        // names its group ("vertraute Personen") it is a source of its own.
        if (isCapitalized(this.tokens[end]) || !this.clauseHasSource(i, 'vague')) this.add(i, end, i, end, 'vague')
      }
    }
  }

  /** "war aus dem Sender zu hören", "war von drei Attentätern die Rede": impersonal hearsay around a gap. */
  private heardSayings(): void {
    for (const saying of this.lexicon.heardSayings) this.heardSaying(saying)
  }

  private heardSaying({ opens, links, endings, notAfter }: SourceLexicon['heardSayings'][number]): void {
    for (let i = 1; i < this.tokens.length; i++) {
      const ending = endings.find((phrase) => this.matches(i, phrase))
      if (!ending || notAfter.has(this.tokens[i - 1].lower)) continue
      // The link may open the clause before the verb ("Von einer Versachlichung war oft die Rede").
      let opener: number | undefined
      let linked = links.size === 0
      for (let k = i - 1; k >= 0 && !CLAUSE_BOUNDARIES.has(this.tokens[k].value); k--) {
        if (links.has(this.tokens[k].lower)) linked = true
        else if (opener === undefined && opens.has(this.tokens[k].lower)) opener = k
      }
      // Its clause may give the source itself ("In ägyptischen Justizkreisen war … die Rede"): one finding.
      // A closing comma or full stop only anchors the ending at the clause edge ("Zweifel laut,").
      const last = i + ending.length - 1
      const end = this.tokens[last].kind === 'punctuation' ? last - 1 : last
      if (opener !== undefined && linked && !this.clauseHasSource(i)) this.add(opener, end, opener, end, 'vague')
    }
  }

  /**
   * "Ihrem Kamerateam wird vorgeworfen, …", "der nachgesagt wurde": a passive of hearsay with no
   * agent and no source in its clause leaves unsaid who claims it.
   */
  private agentlessHearsay(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]
      if (token.quoted || !this.lexicon.hearsayPassiveForms.has(token.lower) || this.clauseHasSource(i)) continue
      const words = this.tokens.slice(this.clauseStart(i), this.clauseEnd(i) + 1).map((word) => word.lower)
      const passive = words.some((word) => this.lexicon.passiveAuxiliaries.has(word))
      if (passive && !words.some((word) => this.lexicon.agentLinks.has(word))) this.add(i, i, i, i, 'vague')
    }
  }

  /** A fixed vague phrase starts within `from`…`to`. */
  private vaguePhraseAt(from: number, to: number): boolean {
    const vaguePhrases = phraseIndex(this.lexicon.vaguePhrases)
    for (let i = from; i <= to; i++)
      if (vaguePhrases.startingWith(this.tokens[i].lower).some((phrase) => this.matches(i, phrase))) return true
    return false
  }

  /** A source already found in the clause of token `i`. */
  private clauseHasSource(i: number, kind?: SourceMention['kind']): boolean {
    const from = this.tokens[this.clauseStart(i)].start
    const to = this.tokens[this.clauseEnd(i)].end
    return this.taken(from, to, kind ? this.found.filter((mention) => mention.kind === kind) : this.found)
  }

  /**
   * Anonymous informants and ownerless reports anywhere, and unnamed experts a quantifier leaves
   * unnamed ("bei einigen Beobachtern"). Other quantified groups are vague only where they are a
   * source: elsewhere they are the people the story is about ("Wie viele Beamte haben Sie
   * entlassen?", "bat mehrere Beamten").
   */
  private anonymousAndQuantified(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]
      if (token.quoted || token.kind !== 'word' || !isCapitalized(token)) continue
      const quantified =
        this.lexicon.vagueQuantifiers.has(this.lower(i - 1) ?? '') && this.isHeadOrCompound(token.lower, this.lexicon.expertHeads)
      const report = !quantified && this.isOwnerlessReport(i)
      if (!quantified && !report && !this.isAnonymous(token.lower)) continue
      // A report is its words alone ("am Freitag Berichte"); an informant may carry a name before it ("ORF-Quelle").
      const name = report ? [this.modifiersBefore(i), i] : (this.nounPhraseBefore(i) ?? [i, i])
      // "die genaue Quelle des Reizes": after a definite article the word is a thing, not an informant.
      if (!report && [name[0], i - 1].some((k) => this.lexicon.definite.has(this.lower(k) ?? ''))) continue
      this.add(name[0], i, name[0], i, 'vague', report)
    }
  }

  /** "Berichte, wonach …", "einen britischen Pressebericht": a report no one owns. */
  private isOwnerlessReport(i: number): boolean {
    const lexicon = this.lexicon
    if (!(lexicon.reportHeads.has(this.tokens[i].lower) || this.isClaimWithContent(i)) || this.compoundWithName(i)) return false
    const from = this.modifiersBefore(i)
    const opener = [this.tokens[from].lower, this.lower(from - 1) ?? '']
    // "die Berichte" points back at reports named before; "keine Berichte" passes nothing on.
    if (opener.some((word) => lexicon.definite.has(word) || lexicon.negations.has(word))) return false
    const next = this.tokens[i + 1]
    return !(next && lexicon.ownerLinks.has(next.lower) && (this.isNameWord(i + 2) || lexicon.determiners.has(this.lower(i + 2) ?? '')))
  }

  /** "Kritik, wonach …": a claim noun followed by what is claimed, passed on like a report. */
  private isClaimWithContent(i: number): boolean {
    return (
      this.lexicon.claimNouns.has(this.tokens[i].lower) && this.lower(i + 1) === ',' && this.lexicon.claimLinks.has(this.lower(i + 2) ?? '')
    )
  }

  /**
   * "Sicherheitsexperten geben Tipps", "Die Schätzungen der befragten Experten": unnamed experts
   * are a source not only as the subject of a verb of saying but as the subject of any statement
   * and as the owners of an estimate or a view. Elsewhere ("ein Weckruf von Raumfahrtexperten",
   * "als Fremdenrechtsexperte") they are people the story is about. A name or an institution
   * beside them identifies them ("Experten des Wifo", "Wifo-Experten").
   */
  private unnamedExperts(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]
      if (
        token.quoted ||
        token.kind !== 'word' ||
        !this.isHeadOrCompound(token.lower, this.lexicon.expertHeads) ||
        this.compoundWithName(i)
      )
        continue
      const from = this.modifiersBefore(i)
      if (!this.opensStatement(from, i) && !this.ownsView(from)) continue
      // "Experten des Wifo", "der Experte Franz Huber": named after the head.
      if (this.kindOf(from, this.nounPhraseAfter(i)?.[1] ?? i) === 'vague') this.add(from, i, from, i, 'vague')
    }
  }

  /**
   * "Viele befürchten, dass …", "wie manche behaupteten": a quantifier standing alone as the
   * subject of a verb of saying, right before it at the clause start (or after "wie").
   */
  private quantifiedSpeakers(): void {
    for (let v = 1; v < this.tokens.length; v++) {
      const q = v - 1
      const token = this.tokens[q]
      if (
        token.quoted ||
        !this.lexicon.vagueQuantifiers.has(token.lower) ||
        this.tokens[v].kind !== 'word' ||
        isCapitalized(this.tokens[v])
      )
        continue
      const start = this.clauseStart(q)
      const before = this.lower(start) ?? ''
      // "wie manche behaupteten"; "Nicht wenige bezeichnen …": the negation belongs to the quantifier.
      const negated = before === 'nicht'
      const opens = start === q || (start === q - 1 && (this.lexicon.clausal.has(before) || negated))
      const particles = this.lexicon.verbForms.get(this.tokens[v].lower)
      if (opens && particles && this.hasParticle(v, particles)) this.add(negated ? start : q, v, negated ? start : q, q, 'vague')
    }
  }

  /**
   * "Andere, sie habe sich normal unterhalten, wieder andere, sie habe laut geschrien": a speaker
   * alone in its clause, its verb of saying left out, before reported speech.
   */
  private ellipticalSpeakers(): void {
    const { words, before } = this.lexicon.ellipticalSpeakers
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.tokens[i].quoted || !words.has(this.tokens[i].lower)) continue
      const start = this.clauseStart(i)
      if (this.tokens.slice(start, i).some((token) => !before.has(token.lower))) continue
      let comma = i + 1
      // An aside in dashes may stand between the speaker and its comma ("andere – darunter die Tochter –, …").
      if (DASHES.has(this.tokens[comma]?.value ?? '')) comma = this.clauseEnd(comma + 1) + 2
      if (this.tokens[comma]?.value !== ',') continue
      const speech = this.tokens.slice(comma + 1, this.clauseEnd(comma + 1) + 1)
      if (hasKonjunktivI(speech)) this.add(start, i, start, i, 'vague')
    }
  }

  /** Where the determiners and adjectives before the noun at `i` begin ("die befragten Experten"). */
  private modifiersBefore(i: number): number {
    let from = i
    while (from > 0 && !this.lexicon.determiners.has(this.lower(from) ?? '') && this.isAttributive(from - 1)) from--
    // A determiner opens the phrase: the word before it ("sorgen die Berichte") is none of it.
    if (from > 0 && this.lexicon.determiners.has(this.lower(from - 1) ?? '')) return from - 1
    // The sentence's first word is capitalised, an adjective too: "Griechische Medien veröffentlichten".
    return from === 1 && this.opensWithAdjective() ? 0 : from
  }

  /** The sentence opens with an inflected adjective, capitalised as its first word ("Griechische", "Westliche"). */
  private opensWithAdjective(): boolean {
    const first = this.tokens[0]
    const lower = first.lower
    return (
      this.lexicon.lang === 'de' &&
      first.kind === 'word' &&
      /(ische|ischen|liche|lichen)$/.test(lower) &&
      !this.lexicon.determiners.has(lower) &&
      !this.lexicon.notSubjects.has(lower)
    )
  }

  /** The group opens its clause and a verb follows: "Experten führen das auf … zurück". */
  private opensStatement(from: number, head: number): boolean {
    const next = this.tokens[head + 1]
    return (
      this.clauseStart(from) === from &&
      next !== undefined &&
      next.kind === 'word' &&
      !isCapitalized(next) &&
      !this.lexicon.definite.has(this.lower(from) ?? '')
    )
  }

  /**
   * The group owns an estimate or a view: "die Schätzungen der befragten Experten", "nach Ansicht
   * von Experten", also across a participle phrase ("Schätzungen der von der APA befragten Experten").
   */
  private ownsView(from: number): boolean {
    for (let k = from; k >= 1 && from - k <= VIEW_REACH; k--) {
      if (CLAUSE_BOUNDARIES.has(this.tokens[k].value)) return false
      if (this.lexicon.ownerLinks.has(this.tokens[k].lower) && this.lexicon.viewNouns.has(this.tokens[k - 1].lower)) return true
    }
    return false
  }

  /** "— GDL-Chef Claus Weselsky" (or ", Gewerkschaftschef"): the speaker named under a quote. */
  private attributionLine(): void {
    const dash = attributionDash(this.tokens)
    if (dash === undefined) return
    const name = this.nounPhraseAfter(dash + 1)
    const next = name ? this.tokens[name[1] + 1] : undefined
    if (name && (!next || next.value === ',')) this.add(dash, name[1], name[0], name[1], this.kindOf(name[0], name[1]))
  }

  /** Two or more capitals before the compound's last hyphen: initials ("BA-", "DNA-"), not a noun ("Museums-"). */
  private initialsBeforeHyphen(i: number): boolean {
    const value = this.tokens[i].value
    return (value.slice(0, Math.max(0, value.lastIndexOf('-'))).match(/\p{Lu}/gu)?.length ?? 0) >= 2
  }

  /** "Wifo-Experten", "GPA-djp-Experten": an institution joined to the head by a hyphen (a place, "US-Forscher", is none). */
  private compoundWithName(i: number): boolean {
    const value = this.tokens[i].value
    const cut = value.lastIndexOf('-')
    return (
      cut > 0 &&
      value.slice(0, cut) !== value.slice(0, cut).toLowerCase() &&
      !this.lexicon.placePrefixes.has(value.slice(0, value.indexOf('-')).toLowerCase())
    )
  }

  private isAnonymous(word: string): boolean {
    // "ORF-Quelle": the last part of a hyphenated compound heads it.
    const lower = word.slice(word.lastIndexOf('-') + 1)
    if (this.lexicon.notVague.has(lower)) return false
    if (this.lexicon.anonymousHeads.has(lower)) return true
    return this.lexicon.lang === 'de' && lower.length > 9 && lower.endsWith('kreisen')
  }

  /** "nach STANDARD-Infos", "nach Informationen der Zeitung": a bare "nach" before an information noun, or after one opening its clause. */
  private bareInformationSources(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.tokens[i].quoted || this.tokens[i].lower !== 'nach' || this.lexicon.lang !== 'de') continue
      if (this.postposedInformation(i)) continue
      const name = this.nounPhraseAfter(i + 1)
      if (!name) continue
      const head = this.headOf(name[0], name[1])
      if (head === undefined) continue
      const lower = this.tokens[head].lower
      if (this.lexicon.infoHeads.has(lower)) this.add(i, name[1], name[0], name[1], this.kindOf(name[0], name[1]))
      else if (this.isHeadOrCompound(lower, this.lexicon.infoHeads)) this.add(i, name[1], name[0], name[1], this.compoundOwnerKind(lower))
    }
  }

  /** "Expertenschätzungen nach wird …": "nach" as a postposition after an information noun with no article, opening its clause. */
  private postposedInformation(i: number): boolean {
    const noun = i - 1
    const lower = this.lower(noun) ?? ''
    if (noun < 0 || this.clauseStart(noun) !== noun || !this.isHeadOrCompound(lower, this.lexicon.infoHeads)) return false
    this.add(noun, i, noun, noun, this.lexicon.infoHeads.has(lower) ? 'vague' : this.compoundOwnerKind(lower))
    return true
  }

  /**
   * "nach Polizeiangaben", "nach Pentagon-Angaben": the owner joined to the information noun names
   * the source, unless it is a vague group itself ("nach Medienangaben", "nach Expertenschätzungen").
   */
  private compoundOwnerKind(lower: string): SourceMention['kind'] {
    const info = [...this.lexicon.infoHeads].find((head) => lower.endsWith(head)) ?? ''
    const owner = lower.slice(0, lower.length - info.length).replace(/-$/, '')
    const vague = [owner, owner.replace(/s$/, '')].some((word) => this.lexicon.vagueHeads.has(word) || this.isAnonymous(word))
    return vague ? 'vague' : 'named'
  }

  /** Verbs of saying with their subject, before or after the verb. */
  private verbs(): void {
    for (let v = 0; v < this.tokens.length; v++) {
      const token = this.tokens[v]
      // A participle may open the sentence ("Genannt wurden von ihr …"); elsewhere a capital marks a noun.
      const opening = v === 0 && this.isFiniteSlot(1)
      if (token.kind !== 'word' || token.quoted || (isCapitalized(token) && !opening)) continue
      // "zu berichten", "sich behaupten": an infinitive or a reflexive use, not someone speaking.
      if (this.lexicon.lang === 'de' && NOT_SPEAKING_BEFORE.has(this.lower(v - 1) ?? '')) continue
      // "reportedly called for", "angeblich gesagt": hearsay about the speech, not the speaker's own word.
      if (this.lexicon.hearsayAdverbs.has(this.lower(v - 1) ?? '')) continue
      // Only a verb of saying goes on, looked up before the scans below.
      const particles = this.lexicon.verbForms.get(token.lower)
      if (!particles) continue
      // "Kurz gesagt", "Anders formuliert": the writer's sentence adverbial, not "Kurz" speaking.
      if (this.opensWithSentenceAdverbial(v) || !this.hasParticle(v, particles)) continue
      // "hoffen auf Signale": a wish for something, not a view of a claim.
      if (this.lexicon.wishForms.has(token.lower) && this.clauseHolds(v, this.lexicon.wishLinks)) continue
      const subject = this.subjectOf(v)
      if (!subject || this.namesNoSource(subject[0], subject[1])) continue
      const kind = this.kindOf(subject[0], subject[1])
      // "Die Behörden müssten … entscheiden": an unnamed group's act passes on no claim.
      if (kind === 'vague' && this.lexicon.actForms.has(token.lower)) continue
      this.add(Math.min(subject[0], v), Math.max(subject[1], v), subject[0], subject[1], kind)
    }
  }

  /** One of the words stands in the clause of token `i`. */
  private clauseHolds(i: number, words: ReadonlySet<string>): boolean {
    for (let k = this.clauseStart(i), end = this.clauseEnd(i); k <= end; k++) if (words.has(this.tokens[k].lower)) return true
    return false
  }

  /** "Kurz gesagt, …" opening its clause ("Das hat Kurz gesagt" is Kurz speaking). */
  private opensWithSentenceAdverbial(v: number): boolean {
    return this.lexicon.sentenceAdverbials.some((phrase) => {
      const from = v - phrase.length + 1
      return from >= 0 && this.matches(from, phrase) && this.clauseStart(from) === from
    })
  }

  private hasParticle(v: number, particles: Set<string>): boolean {
    // The clause runs to the next boundary; a parenthesis inside it ("Katzian (SPÖ)") is skipped.
    let end = v + 1
    let last: string | undefined
    for (let depth = 0; end < this.tokens.length; end++) {
      const value = this.tokens[end].value
      if (value === '(') depth++
      else if (value === ')' && depth > 0) depth--
      else if (depth === 0 && CLAUSE_BOUNDARIES.has(value) && !this.continuesEnumeration(end)) break
      else if (depth === 0 && this.tokens[end].kind === 'word') last = this.tokens[end].lower
    }
    // A particle at the clause end that makes another verb: "findet … statt", "sagte … ab".
    if (last !== undefined && !particles.has(last) && this.lexicon.otherParticles(this.tokens[v].lower).has(last)) return false
    if (particles.has('')) return true
    for (let i = v + 1; i < end; i++) if (particles.has(this.tokens[i].lower)) return true
    // "wird … infrage gestellt", "hat … zu bedenken gegeben": the phrase word before the participle.
    const before = this.lower(v - 1) ?? ''
    return this.lexicon.phraseWords.has(before) && particles.has(before)
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

  private clauseStart(v: number): number {
    let i = v
    while (i > 0 && !CLAUSE_BOUNDARIES.has(this.tokens[i - 1].value) && !this.tokens[i - 1].quoted) i--
    return i
  }

  /** The last token of the clause of token `i`, before the boundary that ends it. */
  private clauseEnd(i: number): number {
    let end = i
    while (end + 1 < this.tokens.length && !CLAUSE_BOUNDARIES.has(this.tokens[end + 1].value)) end++
    return end
  }

  /**
   * The subject of the verb at `v`: a pronoun right after it ("sagte er"), else the whole stretch
   * from the clause start when it is a noun phrase in the subject slot ("Die Polizei teilte mit",
   * "wie X berichtet"),
   * else the noun phrase right after the verb ("sagte Katzian", "behauptet einer der Propagandisten").
   */
  private subjectOf(v: number): [number, number] | undefined {
    const next = this.lower(v + 1) ?? ''
    // "gibt es Kritik an …": after the expletive "es" nobody speaks; a subject before the verb still
    // may ("34 Prozent halten es für wahrscheinlich").
    const expletive = this.lexicon.lang === 'de' && next === 'es'
    if (this.lexicon.pronouns.has(next) || (this.isVaguePronoun(v + 1) && !this.isNameWord(v + 2))) return [v + 1, v + 1]
    let start = this.clauseStart(v)
    if (this.lexicon.objectVerbs.has(this.tokens[v].lower)) return this.subjectBeforeObjectVerb(start, v)
    if (this.lexicon.clausal.has(this.lower(start) ?? '')) start++
    // "Wobei eine der Zeuginnen sagt", "Als der Minister erklärte": a subordinator opening the sentence is no part of the subject.
    while (
      start < v &&
      (this.lexicon.focusWords.has(this.lower(start) ?? '') || (start === 0 && this.lexicon.clauseOpeners.has(this.lower(0) ?? '')))
    )
      start++
    // In the passive the subject is what is said ("Eine Aktualisierung wird erwartet"): only an agent speaks.
    if (this.isPassive(start, v)) return this.passiveAgent(start, v)
    if (start < v) {
      if (start === v - 1 && this.lexicon.pronouns.has(this.lower(start) ?? '')) return [start, start]
      const before = this.nounPhraseAfter(start)
      // Right before the verb, or before a finite auxiliary ("Die Polizei hat am Mittwoch mitgeteilt");
      // an object there ("Den Kunden entgegenkommen will Oettinger") leaves the subject after the verb.
      const object = before && this.lexicon.objectDeterminers.has(this.tokens[before[0]].lower)
      if (before && !object && (before[1] === v - 1 || this.isFiniteSlot(before[1] + 1))) return before
    }
    if (expletive || this.participleNounBefore(v)) return undefined
    // "Ähnlich äußerte sich die Gewerkschaft": after one opening adverb the reflexive stands before the
    // subject (after a subject, "Das Unternehmen wollte sich Kosten sparen", an object follows it).
    let after = this.lower(v + 1) === 'sich' && start === v - 1 ? v + 2 : v + 1
    while (after < this.tokens.length && this.lexicon.adverbs.has(this.tokens[after].lower)) after++
    return this.nounPhraseAfter(after) ?? this.passiveAgent(start, v) ?? this.subjectAfterFinite(start, v) ?? this.appositionSubject(start)
  }

  /**
   * "Im Internet kursierende Fotos zeigten blutüberströmte Menschen": a noun after a present
   * participle fills the slot before the verb, so the words after the verb are its object.
   */
  private participleNounBefore(v: number): boolean {
    const noun = this.tokens[v - 1]
    const participle = this.tokens[v - 2]
    if (!noun || !participle || noun.kind !== 'word' || !isCapitalized(noun) || this.lexicon.timeNouns.has(noun.lower)) return false
    return (
      this.lexicon.lang === 'de' && participle.kind === 'word' && !isCapitalized(participle) && /end(e|en|er|es|em)$/.test(participle.lower)
    )
  }

  /**
   * A passive: an auxiliary before a participle ("wurde … kritisiert", "is expected"), not before
   * an infinitive ("werden … erklären" is the future). English wants the auxiliary right before it.
   */
  private isPassive(start: number, v: number): boolean {
    if (this.lexicon.infinitives.has(this.tokens[v].lower)) return false
    if (this.lexicon.lang === 'en') {
      let i = v - 1
      while (i >= start && this.lexicon.adverbs.has(this.tokens[i].lower)) i--
      return i >= start && this.lexicon.passiveAuxiliaries.has(this.tokens[i].lower)
    }
    for (let i = start; i < v; i++) if (this.lexicon.passiveAuxiliaries.has(this.tokens[i].lower)) return true
    // The perfect passive puts its auxiliary after the participle: "ist … gefunden worden".
    return this.lower(v + 1) === 'worden'
  }

  /** "wurde von der Organisation Attac kritisiert", "Genannt wurden von ihr …". */
  private passiveAgent(start: number, v: number): [number, number] | undefined {
    for (let i = start; i < this.tokens.length && (i <= v || !CLAUSE_BOUNDARIES.has(this.tokens[i].value)); i++) {
      if (this.tokens[i].quoted || !this.lexicon.agentLinks.has(this.tokens[i].lower)) continue
      if (this.lexicon.pronouns.has(this.lower(i + 1) ?? '')) return [i + 1, i + 1]
      const agent = this.nounPhraseAfter(i + 1)
      if (agent) return agent
    }
    return undefined
  }

  /**
   * The subject after the finite verb of a compound tense ("hatte das Innenministerium beklagt",
   * "musste Apple … bekanntgeben") or after the word opening a verb-final clause ("ehe auch die
   * Behörden am Mittwoch erklärten", "in dem einer der Gäste erklärt"). In German only an auxiliary or a modal is that finite verb:
   * after "seit zwei" or "auf YouTube … illegal" no subject follows.
   */
  private subjectAfterFinite(start: number, v: number): [number, number] | undefined {
    const german = this.lexicon.lang === 'de'
    // "Der neue Tatort hat einige Schlagersänger verärgert": a German noun phrase opening the clause is its subject.
    if (german && this.nounPhraseAfter(start) !== undefined) return undefined
    for (let i = start; i + 1 < v; i++) {
      const opensClause = german && i === start && this.tokens[i].kind === 'word' && !isCapitalized(this.tokens[i])
      if (!opensClause && (!this.isFiniteSlot(i) || (german && !this.lexicon.auxiliaries.has(this.tokens[i].lower)))) continue
      let from = i + 1
      while (opensClause && from < v && this.lexicon.adverbs.has(this.tokens[from].lower)) from++
      // "in dem einer der Gäste erklärt": the relative pronoun after the preposition is not the subject's article.
      // "in dem Analysten … rechnen": a relative pronoun in the dative is no article of the subject.
      const relative = RELATIVE_DATIVES.has(this.lower(from) ?? '') && !this.lexicon.agentLinks.has(this.tokens[i].lower)
      if (opensClause && (relative || [from, from + 1].every((k) => this.lexicon.determiners.has(this.lower(k) ?? '')))) from++
      if (this.lexicon.pronouns.has(this.lower(from) ?? '')) return [from, from]
      // "hatten sich mehrere Staatschefs … geäußert": the reflexive stands before the subject.
      const subject = this.nounPhraseAfter(this.lower(from) === 'sich' ? from + 1 : from)
      if (subject && subject[1] < v) return subject
    }
    return undefined
  }

  /** "Entholzer – seit zwei Jahren Parteichef – kündigte … an": the name that opens the sentence before an apposition. */
  private appositionSubject(start: number): [number, number] | undefined {
    if (start === 0 || !APPOSITION_MARKS.has(this.tokens[start - 1].value)) return undefined
    const opening = this.nounPhraseAfter(0)
    return opening && APPOSITION_MARKS.has(this.tokens[opening[1] + 1]?.value ?? '') ? opening : undefined
  }

  /**
   * "told analysts": the speaker stands before the verb, or in the nearest clause before it that
   * is a noun phrase set off by commas ("Marc Verhulst, a spokesman for the union, told reporters").
   */
  private subjectBeforeObjectVerb(start: number, v: number): [number, number] | undefined {
    const before = start < v ? this.nounPhraseAfter(start) : undefined
    if (before && before[1] === v - 1) return before
    for (let end = start - 1; end > 0; end = this.clauseStart(end - 1) - 1) {
      if (this.tokens[end].value !== ',') return undefined
      const from = this.clauseStart(end)
      const phrase = this.nounPhraseAfter(from)
      if (phrase && phrase[1] === end - 1) return phrase
      if (from === 0) return undefined
    }
    return undefined
  }

  /** "glaubt niemand", "erklärte man": a pronoun that names nobody. */
  private isVaguePronoun(i: number): boolean {
    const token = this.tokens[i]
    return (
      token !== undefined && token.kind === 'word' && !token.quoted && !isCapitalized(token) && this.lexicon.vagueHeads.has(token.lower)
    )
  }

  private isFiniteSlot(i: number): boolean {
    const token = this.tokens[i]
    return (
      token !== undefined && token.kind === 'word' && !isCapitalized(token) && !token.quoted && !this.lexicon.notSubjects.has(token.lower)
    )
  }

  /**
   * "Katzian: „…“", "Taschner: Da ist einmal die Mobilität.", "Seine Argumentation: …": a speaker
   * before a colon, opening the sentence or opening a quote.
   */
  private colonSpeakers(): void {
    for (let i = 1; i + 1 < this.tokens.length; i++) {
      if (this.tokens[i].value !== ':' || this.tokens[i].quoted) continue
      const start = this.clauseStart(i)
      if (!this.tokens[i + 1].quoted && start !== 0) continue
      const name = this.nounPhraseAfter(start)
      if (!name || name[1] !== i - 1 || i - start > 5) continue
      const head = this.headOf(name[0], name[1])
      if (head !== undefined && !this.lexicon.notSpeakers.has(this.tokens[head].lower) && !this.namesNoSource(name[0], name[1]))
        this.add(name[0], name[1], name[0], name[1], this.kindOf(name[0], name[1]))
    }
  }

  /**
   * "die Drohung", "52. Minute", "den Menschen": an abstract noun, a number, an amount, a time or an object
   * names no one who speaks, unless a body after it owns it ("die Erhebung des Bundeskriminalamts").
   */
  private namesNoSource(from: number, to: number): boolean {
    // "von den Freiheitlichen dementiert": a passive's agent stands in the dative and speaks.
    const agent = this.lexicon.agentLinks.has(this.lower(from - 1) ?? '')
    if (!agent && this.lexicon.objectDeterminers.has(this.tokens[from].lower)) return true
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

  /** "Für Schultes ist es nicht denkbar": the view of the one named after "für". */
  private viewHolders(): void {
    const { prepositions, verbs } = this.lexicon.viewHolders
    if (!prepositions.has(this.lower(0) ?? '')) return
    const name = this.nounPhraseAfter(1)
    if (name && verbs.has(this.lower(name[1] + 1) ?? '')) this.add(0, name[1], name[0], name[1], this.kindOf(name[0], name[1]))
  }

  /**
   * "kam für viele überraschend", "zählen für die einen zu den besten": a view held by people no
   * one names. Not where a noun or a partitive follows ("für viele Menschen", "für manche der Fälle").
   */
  private unnamedViewHolders(): void {
    const { prepositions, groups } = this.lexicon.viewHolders
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.tokens[i].quoted || !prepositions.has(this.tokens[i].lower)) continue
      const group = groups.find((words) => this.matches(i + 1, words))
      if (!group) continue
      const end = i + group.length
      const next = this.tokens[end + 1]
      if (next && (this.isNameWord(end + 1) || this.lexicon.nameLinks.has(next.lower) || this.isAttributive(end + 1))) continue
      this.add(i, end, i, end, 'vague')
    }
  }

  /** "…, so Katzian." and "…, so der Experte.": a source after a comma at the end of a sentence. */
  private soClauses(): void {
    for (let i = 1; i < this.tokens.length; i++) {
      if (
        this.tokens[i].quoted ||
        this.tokens[i - 1].value !== ',' ||
        !this.lexicon.clausal.has(this.tokens[i].lower) ||
        this.tokens[i].lower === 'wie'
      )
        continue
      const name = this.nounPhraseAfter(i + 1)
      if (!name) continue
      // "…, so die Agenturgründer weiter.": an adverb may close the clause.
      let after = name[1] + 1
      while (after < this.tokens.length && this.lexicon.adverbs.has(this.tokens[after].lower)) after++
      const next = this.tokens[after]
      if ((!next || CLAUSE_BOUNDARIES.has(next.value)) && !this.namesNoSource(name[0], name[1]))
        this.add(i, name[1], name[0], name[1], this.kindOf(name[0], name[1]))
    }
  }

  /** "Das geht aus einer Erhebung des Bundeskriminalamts hervor": the document after "aus" is the source. */
  private emergingFrom(): void {
    const emerging = this.lexicon.emergingFrom
    if (!emerging) return
    for (let v = 0; v < this.tokens.length; v++) {
      if (this.tokens[v].quoted || !emerging.forms.includes(this.tokens[v].lower)) continue
      // The clause runs on through a parenthesis ("des Bundeskriminalamts (BKA) hervor").
      let end = v + 1
      for (let depth = 0; end < this.tokens.length; end++) {
        const value = this.tokens[end].value
        if (value === '(') depth++
        else if (value === ')' && depth > 0) depth--
        else if (depth === 0 && CLAUSE_BOUNDARIES.has(value)) break
      }
      const link = this.tokens.findIndex((token, i) => i > v && i < end && token.lower === emerging.link)
      const name = link > 0 && this.lower(end - 1) === emerging.particle ? this.nounPhraseAfter(link + 1) : undefined
      if (name && name[1] < end - 1) this.add(link, name[1], name[0], name[1], this.kindOf(name[0], name[1]))
    }
  }

  private isNameWord(i: number): boolean {
    const token = this.tokens[i]
    if (!token || token.kind !== 'word') return false
    if (this.lexicon.notSubjects.has(token.lower) || this.lexicon.pronouns.has(token.lower) || this.lexicon.determiners.has(token.lower))
      return false
    if (isCapitalized(token) || /^\d/.test(token.value)) return true
    // English noun phrases hold lower-case nouns ("the ministry", "officials").
    return this.lexicon.lang === 'en' && (!this.lexicon.verbForms.has(token.lower) || this.lexicon.vagueHeads.has(token.lower))
  }

  private joins(i: number): boolean {
    const token = this.tokens[i]
    const before = this.tokens[i - 1]
    const after = this.tokens[i + 1]
    if (!token || !before || !after) return false
    if (QUOTE_MARKS.has(token.value)) return true
    return INNER_JOINERS.has(token.value) && before.end === token.start && token.end === after.start
  }

  /** A German inflected adjective before a noun ("der nordkoreanischen Regierung"). */
  private isAttributive(i: number): boolean {
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

  /** The noun phrase starting at `from`: determiners, adjectives, names, "der"/"von" links. */
  private nounPhraseAfter(from: number): [number, number] | undefined {
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
      if (name) last = i
      else if (this.lexicon.determiners.has(lower) && last < 0) {
        // an opening determiner
      } else if (
        last >= 0 &&
        this.lexicon.nameLinks.has(lower) &&
        (this.isNameWord(i + 1) || this.lexicon.determiners.has(this.lower(i + 1) ?? '') || this.joins(i + 1) || this.isAttributive(i + 1))
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

  /** The noun phrase ending at `to`, read backwards ("Berichten", "der Polizei"). */
  private nounPhraseBefore(to: number): [number, number] | undefined {
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
  private headOf(from: number, to: number): number | undefined {
    let head: number | undefined
    for (let i = from; i <= to; i++) {
      if (this.isNameWord(i) || (this.lexicon.lang === 'de' && head === undefined && this.isVaguePronoun(i))) {
        // English adjectives follow a group noun too ("sources familiar with …"): the group noun heads.
        if (this.lexicon.lang === 'en' && head !== undefined && this.lexicon.vagueHeads.has(this.tokens[head].lower)) break
        head = i
      } else if (head !== undefined && !this.joins(i)) break
    }
    return head
  }

  /**
   * Vague when the head is an unidentifiable group ("Experten", "Beamten", "Berichten"), an
   * anonymous informant ("ORF-Quelle"), or a quantified or partitive group ("einige Piloten",
   * "einer der Propagandisten"), and nothing after it names an institution.
   */
  private kindOf(from: number, to: number): SourceMention['kind'] {
    const lexicon = this.lexicon
    const head = this.headOf(from, to)
    if (head === undefined) return 'named'
    // "Böse Zungen behaupten": a fixed vague phrase as the speaker.
    if (this.vaguePhraseAt(from, head)) return 'vague'
    const lower = this.tokens[head].lower
    if (this.isAnonymous(lower) || this.isUnnamedGroup(from, head, to) || this.speaksForUnnamedBody(head)) return 'vague'
    // "BA-Volkswirte", "DNA-Schätzungen": the body is named by its initials in the compound ("Museums-Experten" names none).
    if (this.compoundWithName(head) && this.initialsBeforeHyphen(head)) return 'named'
    const firstWord = this.tokens[from].lower
    const partitive = lexicon.partitives.has(firstWord) && lexicon.nameLinks.has(this.lower(from + 1) ?? '')
    const grouped =
      partitive ||
      lexicon.vagueQuantifiers.has(firstWord) ||
      (lexicon.determiners.has(firstWord) && lexicon.vagueQuantifiers.has(this.lower(from + 1) ?? ''))
    const info = lexicon.infoHeads.has(lower)
    if (!grouped && !info && !this.isVagueHead(lower)) return this.ownedByUnnamed(head, to) ? 'vague' : 'named'
    // A name inside the compound or before the head: "STANDARD-Infos", "Atletico Norte officials".
    if (this.capitalizedModifiers(from, head) >= (lexicon.lang === 'en' ? 2 : 1) && !grouped) return 'named'
    const links = info ? lexicon.ownerLinks : lexicon.institutionLinks
    for (let k = head + 1; k < to && !lexicon.conjunctions.has(this.tokens[k].lower); k++)
      if (links.has(this.tokens[k].lower)) return 'named'
    return 'vague'
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

  /** Capitalised words in the head's own run before it, not counting the sentence's first word. */
  private capitalizedModifiers(from: number, head: number): number {
    let count = 0
    for (let i = head - 1; i >= from && (this.isNameWord(i) || this.joins(i)); i--) {
      const word = this.tokens[i]
      // "US-amerikanische Forscher": a place names no body.
      const place = this.lexicon.placePrefixes.has(word.lower.split('-')[0])
      if (word.kind === 'word' && isCapitalized(word) && i > 0 && !place && !this.isVagueHead(word.lower)) count++
    }
    return count
  }

  /**
   * "Ein US-Vertreter", "Aktivisten", "zwei Studien": people, groups or reports nothing identifies.
   * Named after a definite article ("so die Forscher" points back), in a compound with a name
   * other than a place ("Boku-Studie"), or with an institution or a person after the head.
   */
  private isUnnamedGroup(from: number, head: number, to: number): boolean {
    const lexicon = this.lexicon
    const { value, lower } = this.tokens[head]
    const definite = lexicon.definite.has(this.tokens[from].lower) || lexicon.definite.has(this.lower(from - 1) ?? '')
    const collective = this.isHeadOrCompound(lower, lexicon.collectiveHeads, 5)
    if (!collective && (definite || !this.isHeadOrCompound(lower, lexicon.groupHeads, 5))) return false
    const prefix = value.slice(0, Math.max(0, value.indexOf('-')))
    if (prefix !== prefix.toLowerCase() && !lexicon.placePrefixes.has(prefix.toLowerCase())) return false
    if (this.capitalizedModifiers(from, head) > 0) return false
    for (let k = head + 1; k <= to + 1 && k < this.tokens.length; k++) if (this.namesInstitution(k)) return false
    return true
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

  private isVagueHead(lower: string): boolean {
    // Short heads ("medien") would end too many other words.
    return this.isHeadOrCompound(lower, this.lexicon.vagueHeads, 5)
  }

  /** The word is one of the heads, or a German compound of one ("Sicherheitsexperten", "Regierungsbeamte"). */
  private isHeadOrCompound(lower: string, heads: ReadonlySet<string>, shortestCompounded = 0): boolean {
    if (this.lexicon.notVague.has(lower)) return false
    if (heads.has(lower)) return true
    if (this.lexicon.lang !== 'de') return false
    // The dative plural adds an -n: "von Bürgerrechtlern", "Forschern zufolge".
    if (lower.endsWith('ern') && heads.has(lower.slice(0, -1))) return true
    for (const head of heads) if (head.length >= shortestCompounded && lower.length > head.length + 2 && lower.endsWith(head)) return true
    return false
  }
}

function isCapitalized(token: Token): boolean {
  const first = token.value.charAt(0)
  return first !== first.toLowerCase()
}
