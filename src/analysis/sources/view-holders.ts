import type { SentenceSources } from './finder.js'
import { CLAUSE_BOUNDARIES, isCapitalized } from './words.js'

// People who hold a view: the one named after "für", unnamed groups "für viele", and unnamed experts.

/** How far back from a group of experts the estimate they own may stand ("Schätzungen der von der APA befragten Experten"). */
const VIEW_REACH = 6

/**
 * "kam für viele überraschend", "zählen für die einen zu den besten": a view held by people no
 * one names. Not where a noun or a partitive follows ("für viele Menschen", "für manche der Fälle").
 */
export function unnamedViewHolders(finder: SentenceSources): void {
  const { prepositions, groups } = finder.lexicon.viewHolders
  for (let i = 0; i < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || !prepositions.has(finder.tokens[i].lower)) continue
    const group = finder.firstMatch(i + 1, groups)
    if (!group) continue
    const end = i + group.length
    const next = finder.tokens[end + 1]
    if (next && (finder.isNameWord(end + 1) || finder.lexicon.nameLinks.has(next.lower) || finder.isAttributive(end + 1))) continue
    finder.add(i, end, i, end, 'vague')
  }
}

/** "Für Schultes ist es nicht denkbar": the view of the one named after "für". */
export function viewHolders(finder: SentenceSources): void {
  const { prepositions, verbs } = finder.lexicon.viewHolders
  if (!prepositions.has(finder.lower(0) ?? '')) return
  const name = finder.nounPhraseAfter(1)
  // "Für eine wirksame Kriminalitätsbekämpfung sind Maßnahmen nötig": a purpose holds no view.
  if (name && verbs.has(finder.lower(name[1] + 1) ?? '') && !finder.namesNoSource(name[0], name[1]))
    finder.add(0, name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
}

/**
 * "Sicherheitsexperten geben Tipps", "Die Schätzungen der befragten Experten": unnamed experts
 * are a source not only as the subject of a verb of saying but as the subject of any statement
 * and as the owners of an estimate or a view. Elsewhere ("ein Weckruf von Raumfahrtexperten",
 * "als Fremdenrechtsexperte") they are people the story is about. A name or an institution
 * beside them identifies them ("Experten des Wifo", "Wifo-Experten").
 */
export function unnamedExperts(finder: SentenceSources): void {
  for (let i = 0; i < finder.tokens.length; i++) {
    const token = finder.tokens[i]
    if (
      token.quoted ||
      token.kind !== 'word' ||
      !finder.isHeadOrCompound(token.lower, finder.lexicon.expertHeads) ||
      finder.compoundWithName(i)
    )
      continue
    const from = finder.modifiersBefore(i)
    if (!opensStatement(finder, from, i) && !ownsView(finder, from)) continue
    // "Experten des Wifo", "der Experte Franz Huber": named after the head.
    if (finder.kindOf(from, finder.nounPhraseAfter(i)?.[1] ?? i) === 'vague') finder.add(from, i, from, i, 'vague')
  }
}

/**
 * The group opens its clause and a verb follows: "Experten führen das auf … zurück". Not a modal
 * before an act ("Militärexperten sollen das Gelände untersuchen"): the experts act, they state nothing.
 */
function opensStatement(finder: SentenceSources, from: number, head: number): boolean {
  const next = finder.tokens[head + 1]
  return (
    finder.clauseStart(from) === from &&
    next !== undefined &&
    next.kind === 'word' &&
    !isCapitalized(next) &&
    !finder.lexicon.definite.has(finder.lower(from) ?? '') &&
    !modalBeforeAct(finder, head + 1)
  )
}

function modalBeforeAct(finder: SentenceSources, modal: number): boolean {
  const { actModals, verbForms } = finder.lexicon
  if (!actModals.has(finder.tokens[modal].lower)) return false
  // "Experten sollen davor gewarnt haben": a verb of saying anywhere after the modal makes it a statement.
  for (let k = modal + 1, end = finder.clauseEnd(modal); k <= end; k++) if (verbForms.has(finder.tokens[k].lower)) return false
  return true
}

/**
 * The group owns an estimate or a view: "die Schätzungen der befragten Experten", "nach Ansicht
 * von Experten", also across a participle phrase ("Schätzungen der von der APA befragten Experten").
 */
function ownsView(finder: SentenceSources, from: number): boolean {
  for (let k = from; k >= 1 && from - k <= VIEW_REACH; k--) {
    if (CLAUSE_BOUNDARIES.has(finder.tokens[k].value)) return false
    if (finder.lexicon.ownerLinks.has(finder.tokens[k].lower) && finder.lexicon.viewNouns.has(finder.tokens[k - 1].lower)) return true
  }
  return false
}

/** "vom UN-Generalsekretär für die Ankündigung": the holder ends before what the reaction is for ("Bundesamt für Migration" goes on). */
function beforeTarget(finder: SentenceSources, [from, to]: [number, number]): number {
  const { targets } = finder.lexicon.reactionHolders
  for (let k = from + 1; k < to; k++)
    if (targets.has(finder.tokens[k].lower) && finder.lexicon.determiners.has(finder.lower(k + 1) ?? '')) return k - 1
  return to
}

/**
 * "Auf Kritik stieß das Abkommen bei jüdischen Lobbygruppen", "stößt bei Schmid auf Ablehnung":
 * the one after the link in a clause where a thing meets a reaction holds it.
 */
export function reactionHolders(finder: SentenceSources): void {
  const { verbs, reactions, links } = finder.lexicon.reactionHolders
  for (let v = 0; v < finder.tokens.length; v++) {
    if (finder.tokens[v].quoted || !verbs.has(finder.tokens[v].lower)) continue
    if (!finder.clauseHolds(v, reactions)) continue
    for (let k = finder.clauseStart(v), end = finder.clauseEnd(v); k <= end; k++) {
      if (!links.has(finder.tokens[k].lower)) continue
      const holder = finder.nounPhraseAfter(k + 1)
      if (!holder) break
      // "stieß bei der Sitzung auf Kritik": an occasion holds no view; "bei den Grünen" is no object.
      const from = holder[0]
      const to = beforeTarget(finder, holder)
      const noun = finder.lexicon.objectDeterminers.has(finder.tokens[from].lower) ? from + 1 : from
      if (!finder.namesNoSource(noun, to)) finder.add(k, to, from, to, finder.kindOf(from, to))
      break
    }
  }
}
