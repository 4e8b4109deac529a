import type { SourceMention } from '../../engine/model.js'
import { phraseIndex } from '../phrase-index.js'
import type { SentenceSources } from './finder.js'
import { CLAUSE_BOUNDARIES, isCapitalized } from './words.js'

// Sources after a preposition or before a postposition ("laut X", "nach Angaben der X", "der Polizei
// zufolge"), after a bare "nach" before an information noun, and the document something emerges from.

/** "laut X", "nach Angaben der X", "der Polizei zufolge": the noun phrase after a source preposition or before a postposition. */
export function phrases(finder: SentenceSources): void {
  const [backReferences, before, after] = [finder.lexicon.backReferences, finder.lexicon.before, finder.lexicon.after].map(phraseIndex)
  // Back-references first: "unter Berufung auf eigene Recherchen" is the outlet's own research, not an unnamed one.
  for (const i of finder.phraseOpenings()) {
    for (const phrase of backReferences.matchingAt(finder.tokens, i))
      finder.add(i, i + phrase.length - 1, i, i + phrase.length - 1, 'named')
  }
  for (const i of finder.phraseOpenings()) {
    for (const phrase of before.matchingAt(finder.tokens, i)) {
      const last = i + phrase.length - 1
      if (finder.lexicon.infoHeads.has(finder.tokens[last].lower)) {
        // "nach Schätzungen 15.000 Menschen": no owner follows, the estimate is nobody's. Where
        // it comes from ("nach Infos aus dem ORF") is judged with the information noun below.
        const owner = ownerAfter(finder, last + 1)
        if (owner) finder.add(i, owner[1], owner[0], owner[1], finder.kindOf(owner[0], owner[1]))
        else if (!finder.lexicon.institutionLinks.has(finder.lower(last + 1) ?? '')) finder.add(i, last, i, last, 'vague')
        continue
      }
      const name = finder.nounPhraseAfter(i + phrase.length) ?? ownerAfterVon(finder, i + phrase.length)
      // "laut Angaben ihrer Witwen": the information noun's owner after it speaks.
      const possessed =
        name &&
        finder.lexicon.infoHeads.has(finder.tokens[name[1]].lower) &&
        finder.lexicon.possessives.has(finder.lower(name[1] + 1) ?? '')
      const owner = possessed ? ownerAfter(finder, name[1] + 1) : undefined
      if (owner) finder.add(i, owner[1], owner[0], owner[1], finder.kindOf(owner[0], owner[1]))
      else if (name) finder.add(i, name[1], name[0], name[1], finder.placeKind(i + phrase.length - 1, name))
    }
    for (const phrase of after.matchingAt(finder.tokens, i)) {
      const name = finder.nounPhraseBefore(i - 1)
      if (name) finder.add(name[0], i + phrase.length - 1, name[0], name[1], finder.kindOf(name[0], name[1]))
    }
  }
}

/** "nach Ansicht von Juristen", "nach Einschätzung vom Wifo": the owner after "von", as after an information noun. */
function ownerAfterVon(finder: SentenceSources, from: number): [number, number] | undefined {
  const link = finder.lower(from) ?? ''
  return finder.lexicon.ownerLinks.has(link) && !finder.lexicon.determiners.has(link) ? ownerAfter(finder, from) : undefined
}

/**
 * The owner of an estimate or a statement after "nach Angaben": a genitive or "von" ("der
 * Polizei", "von Ärzten", "Moskaus"), a possessive genitive ("ihrer Witwen") or genitive adjectives before their noun ("unabhängiger
 * Experten", which ends there: the next noun opens the clause's subject).
 */
function ownerAfter(finder: SentenceSources, from: number): [number, number] | undefined {
  const first = finder.tokens[from]
  if (!first || first.quoted) return undefined
  if (finder.lexicon.ownerLinks.has(first.lower)) {
    const owner = finder.nounPhraseAfter(finder.lexicon.determiners.has(first.lower) ? from : from + 1)
    return owner && [owner[0], groupEnd(finder, owner)]
  }
  // "laut Angaben ihrer Witwen", "nach Angaben seines Anwalts": a possessive genitive, someone's
  // people named before, owns it.
  if (finder.lexicon.possessives.has(first.lower)) {
    const owner = finder.nounPhraseAfter(from)
    return owner && owner[1] > from ? [owner[0], groupEnd(finder, owner)] : undefined
  }
  if (finder.isAttributive(from) && first.lower.endsWith('er')) {
    let noun = from
    while (finder.isAttributive(noun)) noun++
    return finder.isNameWord(noun) ? [from, noun] : undefined
  }
  const name = finder.nounPhraseAfter(from)
  return name && isCapitalized(first) && first.lower.endsWith('s') ? name : undefined
}

/**
 * "nach Angaben von Sicherheitskräften Extremisten aus Libyen": an unnamed group heads the owner's
 * phrase, so a noun right after it opens the clause's subject and names no one with it.
 */
function groupEnd(finder: SentenceSources, [from, to]: [number, number]): number {
  for (let k = from; k < to; k++) {
    const lower = finder.tokens[k].lower
    // The dative plural ends in -n ("von Ermittlern"); a singular role may stand before a name ("von Ermittler Huber").
    if (lower.endsWith('n') && finder.isNameWord(k + 1) && finder.isHeadOrCompound(lower, finder.lexicon.groupHeads, 5)) return k
  }
  return to
}

/** "nach STANDARD-Infos", "nach Informationen der Zeitung": a bare "nach" before an information noun, or after one opening its clause. */
export function bareInformationSources(finder: SentenceSources): void {
  for (let i = 0; i < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || finder.tokens[i].lower !== 'nach' || finder.lexicon.lang !== 'de') continue
    if (postposedInformation(finder, i)) continue
    const name = compoundRightAfter(finder, i) ?? finder.nounPhraseAfter(i + 1)
    if (!name) continue
    const head = finder.headOf(name[0], name[1])
    if (head === undefined) continue
    const lower = finder.tokens[head].lower
    if (finder.lexicon.infoHeads.has(lower)) finder.add(i, name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
    else if (finder.isHeadOrCompound(lower, finder.lexicon.infoHeads))
      finder.add(i, name[1], name[0], name[1], compoundOwnerKind(finder, lower))
  }
}

/** "nach Polizeiangaben Schussverletzungen": a compound information noun right after "nach" ends the source, the noun after it does not join. */
function compoundRightAfter(finder: SentenceSources, i: number): [number, number] | undefined {
  const lower = finder.lower(i + 1) ?? ''
  const compound = !finder.lexicon.infoHeads.has(lower) && finder.isHeadOrCompound(lower, finder.lexicon.infoHeads)
  return compound && isCapitalized(finder.tokens[i + 1]) ? [i + 1, i + 1] : undefined
}

/** "Expertenschätzungen nach wird …": "nach" as a postposition after an information noun with no article, opening its clause. */
function postposedInformation(finder: SentenceSources, i: number): boolean {
  const noun = i - 1
  const lower = finder.lower(noun) ?? ''
  if (noun < 0 || finder.clauseStart(noun) !== noun || !finder.isHeadOrCompound(lower, finder.lexicon.infoHeads)) return false
  finder.add(noun, i, noun, noun, finder.lexicon.infoHeads.has(lower) ? 'vague' : compoundOwnerKind(finder, lower))
  return true
}

/**
 * "nach Polizeiangaben", "nach Pentagon-Angaben": the owner joined to the information noun names
 * the source, unless it is a vague group itself ("nach Medienangaben", "nach Expertenschätzungen").
 */
function compoundOwnerKind(finder: SentenceSources, lower: string): SourceMention['kind'] {
  const info = [...finder.lexicon.infoHeads].find((head) => lower.endsWith(head)) ?? ''
  const owner = lower.slice(0, lower.length - info.length).replace(/-$/, '')
  const vague = [owner, owner.replace(/s$/, '')].some((word) => finder.lexicon.vagueHeads.has(word) || finder.isAnonymous(word))
  return vague ? 'vague' : 'named'
}

/** "Das geht aus einer Erhebung des Bundeskriminalamts hervor": the document after "aus" is the source. */
export function emergingFrom(finder: SentenceSources): void {
  const emerging = finder.lexicon.emergingFrom
  if (!emerging) return
  for (let v = 0; v < finder.tokens.length; v++) {
    if (finder.tokens[v].quoted || !emerging.forms.has(finder.tokens[v].lower)) continue
    // The clause runs on through a parenthesis ("des Bundeskriminalamts (BKA) hervor").
    let end = v + 1
    for (let depth = 0; end < finder.tokens.length; end++) {
      const value = finder.tokens[end].value
      if (value === '(') depth++
      else if (value === ')' && depth > 0) depth--
      else if (depth === 0 && CLAUSE_BOUNDARIES.has(value)) break
    }
    // The link is sought in the verb's clause alone, not in the whole sentence again for each verb.
    let link = -1
    for (let i = v + 1; i < end && link < 0; i++) if (finder.tokens[i].lower === emerging.link) link = i
    const name = link > 0 && finder.lower(end - 1) === emerging.particle ? finder.nounPhraseAfter(link + 1) : undefined
    if (name && name[1] < end - 1) finder.add(link, name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
  }
}
