import { describe, expect, it } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { lintSource } from '../src/lint/lint.js'
import { runCli, tempTree } from './helpers/cli.js'
import { lintWith } from './helpers/rule-tester.js'

// attribution in tiers: each unsourced claim has a kind; only the kinds an editor acts on warn
// by default, the rest are suggestions; options and genres move kinds between levels.

const HEDGED = 'Der Minister hat offenbar Geld angenommen.'
const FIGURE = 'Mehr als 300 Menschen wurden am Montag verletzt.'
const EVENT = 'Die Gespräche sind gescheitert, sagte Katzian. Die Arbeitgeber haben kein Angebot vorgelegt.'

function attribution(text: string) {
  return lintSource('a.md', `${text}\n`, recommendedConfig()).findings.filter((finding) => finding.ruleId === 'attribution')
}

describe('attribution kinds and levels', () => {
  it('warns about a hedged claim without a source, and suggests the other kinds', () => {
    expect(attribution(HEDGED).map((finding) => [finding.kind, finding.severity])).toEqual([['hedged', 1]])
    expect(attribution(FIGURE).map((finding) => [finding.kind, finding.severity])).toEqual([['leadClaim', 0]])
    expect(attribution(EVENT).map((finding) => [finding.kind, finding.severity])).toEqual([['event', 0]])
    expect(attribution('Die Lage könnte sich bald ändern.').map((finding) => finding.kind)).toEqual(['speculation'])
    expect(attribution('Der Minister soll Geld angenommen haben.').map((finding) => [finding.kind, finding.severity])).toEqual([
      ['hearsay', 1]
    ])
  })

  it('says the kind in the message, in the article’s language, and why in the detail', () => {
    const [hedged] = attribution(HEDGED)
    expect(hedged.message).toBe('„offenbar“ ohne Quelle: Wessen Einschätzung?')
    expect(hedged.detail).toMatch(/^„offenbar“ schränkt die Aussage ein; der Leser erfährt nicht, wer sie so einschätzt/)
    expect(attribution('Der Minister soll angeblich Geld angenommen haben.')[0].message).toBe('„soll“ ohne Quelle: Wer behauptet das?')
    expect(attribution('Der Minister ist zurückgetreten. Das teilte das Ministerium am Abend mit.')[0].message).toBe(
      'Quelle erst nach der Aussage: in diesen Satz holen'
    )
    expect(attribution(FIGURE)[0].message).toBe('Vorspann ohne Quelle: Wer sagt das?')
    expect(attribution(EVENT)[0]).toMatchObject({
      message: 'Quelle fehlt: Wer sagt das?',
      detail: expect.stringContaining('Die Quelle davor (Katzian) trägt nicht bis hierher')
    })
    expect(attribution('The plant will close next year, the company said. Sales fell by half.')[0]).toMatchObject({
      message: 'Figure without a source: who counted or estimated it?',
      detail: expect.stringContaining('The source before (the company) covers its own sentence; this one')
    })
  })

  it('reports a hedged sentence without a source once, not by hedge too', () => {
    const findings = lintSource('a.md', `${HEDGED}\n`, recommendedConfig()).findings
    expect(findings.map((finding) => finding.ruleId)).toEqual(['attribution'])
  })

  it('does not take a hedge on a noun for a hedged claim', () => {
    expect(
      attribution('Der Verkäufer nahm die vermeintlichen Abnehmer mit in seine Wohnung.').map((finding) => finding.kind)
    ).not.toContain('hedged')
  })

  // Sentences of the labelled development packets (shortened), labelled unsourced claims or sourced ones.
  it('warns about a hedged claim that a fragment or an interview tag used to source, and not about one its evidence sources', () => {
    const warned = (text: string) =>
      attribution(text)
        .filter((finding) => finding.severity === 1)
        .map((finding) => finding.kind)
    expect(warned('Er soll bereits seit zwei Jahren Code lernen und will später in der IT-Sicherheitsbranche arbeiten.')).toEqual([
      'hearsay'
    ])
    expect(warned('STANDARD: Außerhalb der Community sieht die Welt wohl anders aus.')).toEqual(['hedged'])
    expect(warned('Viele davon dürften Vorläufer von Schlittenhunden gewesen sein, wie Reste von Geschirr und Leinen andeuten.')).toEqual(
      []
    )
    expect(
      warned(
        'Mehr als die Hälfte der Manager spürt eine Bedrohung; 34 Prozent halten es für wahrscheinlich, dass sie betroffen sein werden.'
      )
    ).toEqual([])
  })

  it('moves a kind to another level by its option', () => {
    expect(lintWith('attribution', FIGURE, { leadClaim: 'warn' }).map((finding) => finding.severity)).toEqual([1])
    expect(lintWith('attribution', HEDGED, { hedged: 'off' })).toEqual([])
  })

  it('reports an article whose claims rest on no named source at all, at the headline, where switched on', () => {
    const text =
      '# Streit um die Schule\n\nDie Schule wird geschlossen. Das Gebäude ist baufällig. Der Unterricht fällt aus. Die Kinder wechseln nach Linz.\n'
    // Off by default: on rows labelled after it was written it was right once in eight.
    expect(lintWith('attribution', text).some((candidate) => candidate.kind === 'noNamedSource')).toBe(false)
    const on = { noNamedSource: 'suggestion' }
    const finding = lintWith('attribution', text, on).find((candidate) => candidate.kind === 'noNamedSource')
    expect(finding?.message).toBe('Keine benannte Quelle im ganzen Artikel: mindestens eine nennen')
    expect(finding?.detail).toBe('Keine der 4 Aussagen des Artikels stützt sich auf eine Quelle mit Namen, Institution oder Medium.')
    expect(text.slice(finding!.offset, finding!.endOffset)).toBe('Streit um die Schule')
    expect(
      lintWith('attribution', `${text}\nDas bestätigte die Bildungsdirektion.\n`, on).some(
        (candidate) => candidate.kind === 'noNamedSource'
      )
    ).toBe(false)
  })
})

describe('genres', () => {
  const commentary = (genre: string) =>
    `---\ngenre: ${genre}\n---\n\nDie Regierung hat in dieser Frage versagt. Sie hat offenbar nichts gelernt.\n`

  it("needs no source for a commentary's own assessments, nor a match report's play-by-play", () => {
    expect(lintWith('attribution', commentary('report')).map((finding) => finding.kind)).toEqual(['event', 'hedged'])
    expect(lintWith('attribution', commentary('commentary'))).toEqual([])
    expect(
      lintWith(
        'attribution',
        '---\ngenre: match-report\n---\n\nIn der 23. Minute traf Alaba zum 1:0. Danach drängte Rapid auf den Ausgleich.\n'
      )
    ).toEqual([])
  })

  it('takes the genre from the option where the frontmatter names none, and genres from config', () => {
    const text = 'Die Regierung hat in dieser Frage versagt.\n'
    expect(lintWith('attribution', text, { genre: 'review' })).toEqual([])
    expect(lintWith('attribution', commentary('newsletter'), { genres: { newsletter: { event: 'off', hedged: 'off' } } })).toEqual([])
    expect(
      lintWith('attribution', commentary('commentary'), { genres: { commentary: { hedged: 'warn' } } }).map((finding) => [
        finding.kind,
        finding.severity
      ])
    ).toEqual([['hedged', 1]])
  })

  it('reports a genre it does not know', () => {
    const [finding] = lintWith('attribution', commentary('gossip'))
    expect(finding.message).toBe('Unbekanntes Genre „gossip“ im Frontmatter: eines von report, interview, commentary, review, match-report')
  })
})

describe('the kind and the sources where tools read them', () => {
  it('gives each unsourced claim its kind in the article model', () => {
    const article = analyze('a.md', `${HEDGED} ${EVENT}\n`)
    expect((article.annotations.sourcing ?? []).map((item) => item.gap)).toEqual(['hedged', undefined, 'event'])
  })

  it('puts the kind on each JSON message and the source inventory on each file, a pronoun counted for the source it stands for', () => {
    const root = tempTree({ 'a.md': `# Gespräche gescheitert\n\n${EVENT} Man sei enttäuscht, sagte er.\n` })
    const [file] = JSON.parse(runCli(['a.md', '-f', 'json'], { cwd: root }).stdout)
    expect(
      file.messages
        .filter((message: { ruleId: string }) => message.ruleId === 'attribution')
        .map((message: { kind: string }) => message.kind)
    ).toEqual(['lateSource'])
    expect(file.sources).toEqual({
      sources: [{ name: 'Katzian', kind: 'named', sentences: 2 }],
      claims: 3,
      namedClaims: 2,
      namedShare: 2 / 3
    })
  })
})
