import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import { packagePath } from '../src/engine/lexicon.js'
import { describeFinding, lintWith } from './helpers/rule-tester.js'

// The seed article (a real pasted news.de piece): every hedge it holds, and what the rule says.
const seed = readFileSync(packagePath('fixtures', 'seed', 'kim-putin-waffendeal.md'), 'utf8')

describe('hedges in the seed article', () => {
  const article = analyze('kim-putin-waffendeal.md', seed)
  const cues = (article.annotations.hedges ?? []).map((cue) => ({
    cue: cue.cue,
    kind: cue.kind,
    quoted: cue.quoted,
    sentence: article.plain.slice(article.sentences[cue.sentence].start, article.sentences[cue.sentence].end).slice(0, 40)
  }))

  it('finds every hedge, with its kind', () => {
    expect(cues).toEqual([
      { cue: 'angeblich', kind: 'reportative', quoted: false, sentence: 'Kim Jong-un plant angeblich einen Waffen' },
      { cue: 'Berichten zufolge', kind: 'reportative', quoted: false, sentence: 'Berichten zufolge soll der nordkoreanisc' },
      { cue: 'soll', kind: 'reportative', quoted: false, sentence: 'Berichten zufolge soll der nordkoreanisc' },
      { cue: 'Berichten zufolge', kind: 'reportative', quoted: false, sentence: 'Wladimir Putin will sich Berichten zufol' },
      { cue: 'Berichte:', kind: 'reportative', quoted: false, sentence: 'Berichte: Kim Jong-un will Wladimir Puti' },
      { cue: 'soll', kind: 'reportative', quoted: false, sentence: 'Dem Bericht nach soll der Besuch von Nor' },
      { cue: 'könnte', kind: 'epistemic', quoted: false, sentence: 'Nach Angaben der "New York Post" könnte ' },
      { cue: 'angeblichen', kind: 'reportative', quoted: false, sentence: 'Weder Nordkorea noch Russland haben sich' },
      { cue: 'scheint', kind: 'epistemic', quoted: false, sentence: 'Dennoch scheint sich der Kreml längst si' },
      { cue: 'vermuten', kind: 'epistemic', quoted: false, sentence: 'Das zumindest lässt der Auftritt eines r' },
      { cue: 'könnte.', kind: 'epistemic', quoted: true, sentence: 'Sie zählen auf die "Millionen und Abermi' },
      { cue: 'wie es heißt', kind: 'reportative', quoted: true, sentence: 'Und er kann seine Bestände leicht mit un' },
      { cue: 'soll', kind: 'reportative', quoted: false, sentence: 'Kim soll im Gegenzug auf fortschrittlich' },
      { cue: 'scheint', kind: 'epistemic', quoted: false, sentence: 'Das scheint den Schurkenstaat jedoch wen' }
    ])
  })

  it('reports the unsourced "angeblich", the stacked "Berichten zufolge soll" and both unsourced "scheint"; not "soll … hoffen", "könnte … reisen" or anything in quotes', () => {
    expect(lintWith('hedge', seed, { unsourced: 'on' }).map(describeFinding)).toEqual([
      '5:21-5:30: „angeblich“ ohne Quelle: Wer behauptet das?',
      '5:68-5:90: Doppelt eingeschränkt (Berichten zufolge + soll): eine Einschränkung genügt',
      '15:9-15:16: „scheint“ ohne Grundlage: Wer schätzt das ein, worauf beruht es?',
      '31:453-31:460: „scheint“ ohne Grundlage: Wer schätzt das ein, worauf beruht es?'
    ])
  })

  it('reports a title that drops the body’s "angeblich", as a suggestion unless the check is raised', () => {
    const titled = seed.replace('---\n\n', '---\n\n# Kim plant Waffendeal mit Putin\n\n')
    const findings = lintWith('hedge', titled)
    expect(findings.map(describeFinding)[0]).toBe('5:3-5:33: Der Titel stellt als Tatsache dar, was der Text nur mit „angeblich“ berichtet')
    expect(findings[0].severity).toBe(0)
    expect(lintWith('hedge', titled, { headline: 'on' })[0].severity).toBe(2)
    expect(findings[0].related?.map((related) => `${related.line}:${related.column}: ${related.message}`)).toEqual([
      '7:21: Hier schränkt der Text ein: „angeblich“'
    ])
  })

  it('reports a title in the frontmatter, repeated as the heading, that states the planned deal as fact ("geplant" over "plant angeblich")', () => {
    const titled = seed
      .replace('---\n\n', '---\n\n# Kim Jong-un: Waffendeal mit Putin geplant\n\n')
      .replace('lang: de\n', 'lang: de\ntitle: "Kim Jong-un: Waffendeal mit Putin geplant"\n')
    const headlines = lintWith('hedge', titled).filter((finding) => finding.message.includes('als Tatsache'))
    expect(headlines.map((finding) => `${finding.line}:${finding.column} ${finding.message.split(' stellt')[0]}`)).toEqual([
      '3:9 Der Titel',
      '6:3 Die Zwischenzeile'
    ])
    expect(headlines[0].related?.map((related) => related.message)).toEqual(['Hier schränkt der Text ein: „angeblich“'])
  })
})
