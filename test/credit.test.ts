import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import { packagePath } from '../src/engine/lexicon.js'
import { editDistance } from '../src/analysis/credit/agencies.js'

const read = (markdown: string) => analyze('article.md', markdown)

describe('credit line of the seed article', () => {
  it('reads sba/hos/news.de/dpa as two editors, the outlet and dpa', () => {
    const article = read(readFileSync(packagePath('fixtures', 'seed', 'kim-putin-waffendeal.md'), 'utf8'))
    const credit = article.annotations.credit
    expect(credit).toMatchObject({
      text: 'sba/hos/news.de/dpa',
      agencies: ['dpa'],
      initials: ['sba', 'hos'],
      outlet: 'news.de',
      wholeBlock: true
    })
    expect(article.blocks[credit!.block].kind).toBe('credit')
    expect(article.annotations.credits).toHaveLength(1)
  })
})

// Each row: an article ending (or a line of its own), the credit text, and what it credits.
interface Row {
  markdown: string
  text: string
  agencies: string[]
  initials?: string[]
  outlet?: string
  date?: string
  bylines?: string[]
  pressReleases?: string[]
}

const CREDITED: Row[] = [
  {
    markdown: 'Die Lage bleibt angespannt.\n\nsba/hos/news.de/dpa',
    text: 'sba/hos/news.de/dpa',
    agencies: ['dpa'],
    initials: ['sba', 'hos'],
    outlet: 'news.de'
  },
  { markdown: 'Die Lage bleibt angespannt. (dpa)', text: '(dpa)', agencies: ['dpa'] },
  { markdown: 'Die Lage bleibt angespannt.\n\ndpa/AFP/lko', text: 'dpa/AFP/lko', agencies: ['dpa', 'AFP'], initials: ['lko'] },
  { markdown: 'Die Lage bleibt angespannt. (APA, 12.3.2016)', text: '(APA, 12.3.2016)', agencies: ['APA'], date: '2016-03-12' },
  { markdown: 'Die Lage bleibt angespannt. (APA/dpa, red)', text: '(APA/dpa, red)', agencies: ['APA', 'dpa'] },
  { markdown: 'Die Lage bleibt angespannt.  (red, 5. 2. 2016)', text: '(red, 5. 2. 2016)', agencies: [], date: '2016-02-05' },
  {
    markdown: 'Die Lage bleibt angespannt. (Renate Graber, 12.4.2016)',
    text: '(Renate Graber, 12.4.2016)',
    agencies: [],
    bylines: ['Renate Graber'],
    date: '2016-04-12'
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nmit Material von dpa und AFP',
    text: 'mit Material von dpa und AFP',
    agencies: ['dpa', 'AFP']
  },
  {
    markdown: 'Die Lage bleibt angespannt. Mit Material von dpa und AFP.',
    text: 'Mit Material von dpa und AFP.',
    agencies: ['dpa', 'AFP']
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nQuelle: ntv.de, mli/dpa',
    text: 'Quelle: ntv.de, mli/dpa',
    agencies: ['dpa'],
    initials: ['mli'],
    outlet: 'ntv.de'
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\n© dpa-infocom, dpa:230906-99-123456/2',
    text: '© dpa-infocom, dpa:230906-99-123456/2',
    agencies: ['dpa'],
    date: '2023-09-06'
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nQuelle: ntv.de, mli/dpa/rts',
    text: 'Quelle: ntv.de, mli/dpa/rts',
    agencies: ['dpa', 'Reuters'],
    initials: ['mli']
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nVerwendete Quellen: Stadt Köln, Nachrichtenagentur dpa',
    text: 'Verwendete Quellen: Stadt Köln, Nachrichtenagentur dpa',
    agencies: ['dpa']
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nMit Informationen von Reinhard Spiegelhauer, ARD-Studio Madrid',
    text: 'Mit Informationen von Reinhard Spiegelhauer, ARD-Studio Madrid',
    agencies: [],
    outlet: 'ARD-Studio Madrid'
  },
  {
    markdown: 'Die Lage bleibt angespannt.\n\nSRF 4 News, 18.06.2023, 17:00 Uhr ; sda/ruef',
    text: 'SRF 4 News, 18.06.2023, 17:00 Uhr ; sda/ruef',
    agencies: ['SDA'],
    initials: ['ruef']
  },
  { markdown: 'Frankfurt/Main (dpa) – Der Streik trifft Tausende.', text: 'Frankfurt/Main (dpa) –', agencies: ['dpa'] },
  { markdown: 'KEATON BEACH, Fla. (AP) — Hurricane Idalia slammed into Florida.', text: 'KEATON BEACH, Fla. (AP) —', agencies: ['AP'] },
  {
    markdown: 'BRUSSELS, Feb 19 (Reuters) - The Commission opened an inquiry.',
    text: 'BRUSSELS, Feb 19 (Reuters) -',
    agencies: ['Reuters']
  },
  { markdown: 'Berlin (dpa) – Der Bundestag tagt.\n\nDie Opposition klagt.\n\ndpa/AFP/lko', text: 'dpa/AFP/lko', agencies: ['dpa', 'AFP'] },
  { markdown: 'Die Lage bleibt angespannt. (kna)', text: '(kna)', agencies: ['KNA'] },
  { markdown: 'Die Lage bleibt angespannt.\n\ndpa/lno', text: 'dpa/lno', agencies: ['dpa'] },
  { markdown: 'Die Lage bleibt angespannt. (APA/red – 8.8. 2015)', text: '(APA/red – 8.8. 2015)', agencies: ['APA'], date: '2015-08-08' },
  { markdown: 'Die Lage bleibt angespannt. (Reuters, APA, red)', text: '(Reuters, APA, red)', agencies: ['Reuters', 'APA'] },
  {
    markdown: 'Die Lage bleibt angespannt. (nim, krud, mika, jub, mro)',
    text: '(nim, krud, mika, jub, mro)',
    agencies: [],
    initials: ['nim', 'krud', 'mika', 'jub', 'mro']
  },
  {
    markdown: 'Die Lage bleibt angespannt. (Conrad Seidl, DER STANDARD, 5.8.2015)',
    text: '(Conrad Seidl, DER STANDARD, 5.8.2015)',
    agencies: [],
    outlet: 'DER STANDARD',
    bylines: ['Conrad Seidl']
  },
  { markdown: 'Die Lage bleibt angespannt.\n\nots/APA-OTS', text: 'ots/APA-OTS', agencies: [], pressReleases: ['ots', 'APA-OTS'] },
  { markdown: 'Die Lage bleibt angespannt.\n\ndpa/ots', text: 'dpa/ots', agencies: ['dpa'], pressReleases: ['ots'] },
  { markdown: 'Die Lage bleibt angespannt.\n\nafp/rtr/jk', text: 'afp/rtr/jk', agencies: ['AFP', 'Reuters'], initials: ['jk'] },
  { markdown: 'Die Lage bleibt angespannt.\n\nText: dpa', text: 'Text: dpa', agencies: ['dpa'] },
  { markdown: 'Die Lage bleibt angespannt. (APA-OTS)', text: '(APA-OTS)', agencies: [], pressReleases: ['APA-OTS'] },
  { markdown: 'Shares fell sharply. (Reuters)', text: '(Reuters)', agencies: ['Reuters'] },
  {
    markdown: 'Shares fell sharply. (Reporting by Jane Doe; Editing by John Smith)',
    text: '(Reporting by Jane Doe; Editing by John Smith)',
    agencies: ['Reuters']
  },
  { markdown: 'Shares fell sharply.\n\nWith reporting from Reuters.', text: 'With reporting from Reuters.', agencies: ['Reuters'] },
  {
    markdown: 'Shares fell sharply.\n\nReporting by Jane Doe in London; Editing by John Smith',
    text: 'Reporting by Jane Doe in London; Editing by John Smith',
    agencies: ['Reuters']
  },
  {
    markdown: 'Shares fell sharply.\n\nThe Associated Press contributed to this report.',
    text: 'The Associated Press contributed to this report.',
    agencies: ['AP']
  },
  {
    markdown: 'Shares fell sharply.\n\n— With reporting by AFP and Reuters',
    text: '— With reporting by AFP and Reuters',
    agencies: ['AFP', 'Reuters']
  },
  {
    markdown: 'Shares fell sharply.\n\n— With reporting by Jane Doe',
    text: '— With reporting by Jane Doe',
    agencies: [],
    bylines: ['Jane Doe']
  }
]

describe('credit line forms', () => {
  it.each(CREDITED.map((row) => [row.text, row] as const))('%s', (_, row) => {
    const credit = read(row.markdown).annotations.credit
    expect(credit?.text).toBe(row.text)
    expect(credit?.agencies).toEqual(row.agencies)
    if (row.initials) expect(credit?.initials).toEqual(row.initials)
    if (row.outlet) expect(credit?.outlet).toBe(row.outlet)
    if (row.date) expect(credit?.date).toBe(row.date)
    if (row.bylines) expect(credit?.bylines).toEqual(row.bylines)
    if (row.pressReleases) expect(credit?.pressReleases).toEqual(row.pressReleases)
  })
})

// Sentences and brackets that look a little like credits but are article text.
const NOT_CREDITED = [
  'Die Verhandlungen dauern an (Stand: Montag).',
  'Der Sieger war Müller (ÖVP).',
  'Er lachte. (lacht) Dann ging er.',
  'Die Nachrichtenagentur Associated Press (AP) berichtete zuerst darüber, der Text geht weiter.',
  'Er war im Mai dort. (Vorhang)',
  'Die Gegner stehen fest: Ungarn (19.), Portugal (7.) und Island (38.)',
  'Stand der Dinge: Die Sache ist erledigt.',
  'Reuters reported the deal on Monday.',
  'Wie die dpa berichtete, war der Zug verspätet.',
  'Foto: dpa'
]

describe('text that is not a credit line', () => {
  it.each(NOT_CREDITED)('%s', (markdown) => {
    expect(read(markdown).annotations.credits).toEqual([])
  })
})

describe('datelines and cited agencies', () => {
  it('reads agency datelines with their place', () => {
    const article = read(
      'Berlin (dpa) – Der Bundestag hat entschieden.\n\nHamburg (dpa/lno) – Auch hier.\n\nLONDON (Reuters) - Shares fell.'
    )
    expect(article.annotations.datelines?.map((d) => [d.place, d.agencies])).toEqual([
      ['Berlin', ['dpa']],
      ['Hamburg', ['dpa']],
      ['LONDON', ['Reuters']]
    ])
  })

  it('finds agencies the text cites as its source, not those merely named', () => {
    const article = read(
      'Der Zug war verspätet, berichtete die dpa. Wie AFP meldet, ist die Strecke gesperrt. Das sagte er auf APA-Anfrage. Die Reuters-Zentrale liegt in London. Laut dem Reuters Institute lesen weniger Menschen Nachrichten. He told Reuters on Monday.'
    )
    expect(article.annotations.agencyCitations?.map((c) => c.agency)).toEqual(['dpa', 'AFP', 'APA', 'Reuters'])
  })
})

describe('agency code distance', () => {
  /** The whole table, as the distance was first written. */
  function fullTable(a: string, b: string): number {
    const rows: number[][] = []
    for (let i = 0; i <= a.length; i++) {
      rows.push([i])
      for (let j = 1; j <= b.length; j++) {
        if (i === 0) {
          rows[0].push(j)
          continue
        }
        const cost = a[i - 1] === b[j - 1] ? 0 : 1
        let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1)
        rows[i].push(value)
      }
    }
    return rows[a.length][b.length]
  }

  it('keeps three rows and gives the full table’s distance', () => {
    const words = ['', 'a', 'dpa', 'dap', 'apa', 'afp', 'ap', 'reuters', 'reutres', 'kna', 'epd', 'sda', 'ats', 'abcdef', 'badcfe', 'Ⓐ𝔘x']
    for (const a of words) for (const b of words) expect(editDistance(a, b), `${a} / ${b}`).toBe(fullTable(a, b))
    expect(editDistance('dpa', 'dap')).toBe(1)
  })
})
