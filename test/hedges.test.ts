import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import type { Lang } from '../src/engine/model.js'
import { hedgeLexicon } from '../src/analysis/hedges/lexicon.js'
import { bare } from '../src/analysis/clauses.js'
import { Token } from '../src/engine/token.js'

/** The hedge cues `newslint analyze` reports for one paragraph, as "cue/kind" strings. */
function cues(text: string, lang: Lang = 'de'): string[] {
  const article = analyze('example.md', `---\nlang: ${lang}\n---\n\n${text}\n`)
  return (article.annotations.hedges ?? []).map(
    (cue) => `${cue.cue}/${cue.kind}${cue.quoted ? '/quoted' : ''}${cue.presumption ? '/presumption' : ''}`
  )
}

describe('German hedge cues', () => {
  it('finds fixed cues and their inflected forms', () => {
    expect(cues('Kim plant angeblich einen Waffendeal. Zu dem angeblichen Treffen schweigt Moskau.')).toEqual([
      'angeblich/reportative',
      'angeblichen/reportative'
    ])
    expect(cues('Der Kreml ist offenbar zufrieden, vermutlich auch der Gast.')).toEqual(['offenbar/epistemic', 'vermutlich/epistemic'])
  })

  it('marks "mutmaßlich" as the hedge the press code asks for', () => {
    expect(cues('Der mutmaßliche Täter wurde festgenommen.')).toEqual(['mutmaßliche/reportative/presumption'])
  })

  it('finds unnamed reports but not a report already named', () => {
    expect(cues('Berichten zufolge reist Kim nach Russland.')).toEqual(['Berichten zufolge/reportative'])
    expect(cues('Laut Medienberichten reist Kim nach Russland.')).toEqual(['Laut Medienberichten/reportative'])
    expect(cues('Den Berichten zufolge reist Kim nach Russland.')).toEqual([])
    expect(cues('Laut Berichten der New York Times reist Kim nach Russland.')).toEqual([])
  })

  it('reads "soll" as hearsay with a perfect infinitive, a state of mind or a report nearby', () => {
    expect(cues('Er soll Geld angenommen haben.')).toEqual(['soll/reportative'])
    expect(cues('Die Summen sollen über Offshore-Firmen zurückgeflossen sein.')).toEqual(['sollen/reportative'])
    expect(cues('Kim soll im Gegenzug auf Technologie für U-Boote hoffen.')).toEqual(['soll/reportative'])
    expect(cues('Dem Bericht nach soll der Besuch in Wladiwostok stattfinden.')).toEqual(['soll/reportative'])
    expect(cues('Die Firma soll Abfälle vergraben haben, die aus der Biomüllverarbeitung stammen sollen.')).toEqual([
      'soll/reportative',
      'sollen/reportative'
    ])
  })

  it('does not read plans, purposes, demands, questions or "sollte" as hearsay', () => {
    expect(cues('Die Brücke soll 2027 fertig sein.')).toEqual([])
    expect(cues('Die Gewerkschaft lancierte ein Werkzeug, das Arbeitnehmern helfen soll.')).toEqual([])
    expect(cues('Die Grenze soll ab Ende Mai kontrolliert werden.')).toEqual([])
    expect(cues('Die Gewerkschaft fordert, Mitarbeiter sollen jederzeit aussteigen können.')).toEqual([])
    expect(cues('Was soll das?')).toEqual([])
    expect(cues('Er sollte zurücktreten.')).toEqual([])
    expect(cues('Laut Microsoft soll Bing ab dem kommenden Geschäftsjahr Gewinn machen.')).toEqual([])
    expect(cues('Die mühsame Aufgabe soll bis 2019 erledigt sein.')).toEqual([])
    expect(cues('Der Plan hätte zur Einführung einer Parallelwährung führen sollen.')).toEqual([])
  })

  it('reads a present fact beside "soll" as hearsay, a comparison with the present ("als bisher") as none', () => {
    expect(cues('Er soll bereits seit zwei Jahren Code lernen.')).toEqual(['soll/reportative'])
    expect(cues('Dieses Fach soll auch mit dem Fach Psychologie besser verzahnt sein als bisher.')).toEqual([])
  })

  it('finds forecasts, touted candidates and unnamed estimates as cues', () => {
    expect(cues('Die Pensionen werden im kommenden Jahr voraussichtlich um 1,2 Prozent angehoben.')).toEqual(['voraussichtlich/epistemic'])
    expect(cues('Dann muss er aller Voraussicht nach eine hohe Hürde nehmen.')).toEqual(['aller Voraussicht nach/epistemic'])
    expect(cues('Insidern zufolge können bis April Gebote eingereicht werden.')).toEqual(['Insidern zufolge/reportative'])
    expect(cues('Es gab unbestätigte Medienberichte, wonach China mehr Träger baut.')).toEqual(['unbestätigte Medienberichte/reportative'])
    expect(cues('Auch in Gewerkschaftskreisen wird Doskozil bereits als Kanzler gehandelt.')).toEqual(['gehandelt/reportative'])
    expect(cues('Allerdings habe es sich um einen Blindgänger gehandelt.')).toEqual([])
    expect(cues('Die Inflation wird höher als erwartet ausfallen.')).toEqual([])
  })

  it('reads "soll" with a claimed property as hearsay, with a state a plan reaches as a plan', () => {
    expect(cues('Die Verbindung zur Tastatur soll nun praktisch verschleißfrei sein.')).toEqual(['soll/reportative'])
    expect(cues('Das Portal soll profitabel sein.')).toEqual(['soll/reportative'])
    expect(cues('Bis Ende des Jahres sollen die Zentren einsatzfähig sein.')).toEqual([])
    expect(cues('Fliegende Konsulate sollen dort unterwegs sein, wo keine Botschaft mehr ist.')).toEqual([])
  })

  it('reads "will" as hearsay only with a perfect infinitive', () => {
    expect(cues('Er will nichts gesehen haben.')).toEqual(['will/reportative'])
    expect(cues('Er will nach Wien reisen.')).toEqual([])
  })

  it('finds "wohl" as "probably" only', () => {
    expect(cues('Das ist wohl das Ende.')).toEqual(['wohl/epistemic'])
    expect(cues('Sie fühlt sich dort wohl.')).toEqual([])
    expect(cues('Das stimmt sehr wohl.')).toEqual([])
    expect(cues('Nicht den Gott, wohl aber die Frau.')).toEqual([])
  })

  it('finds speculative "könnte" but not a suggestion, a condition or a question', () => {
    expect(cues('Kim könnte mit dem Zug nach Wladiwostok reisen.')).toEqual(['könnte/epistemic'])
    expect(cues('Man könnte meinen, das sei leicht.')).toEqual([])
    expect(cues('Wenn er will, könnte er das sagen.')).toEqual([])
    expect(cues('Könnte es auch anders kommen?')).toEqual([])
    expect(cues('Wie das aussehen könnte, ist offen.')).toEqual([])
  })

  it('finds no speculation in "könnte" inside a hypothetical frame (Konjunktiv II beside it, "theoretisch", "im Falle")', () => {
    // Sentences of the shared labels, development packets; each "könnte" labelled no hedge.
    expect(cues('Die ÖVP könnte mit 29 Prozent ihr Ergebnis halten, die Grünen würden von 20 auf 16 Prozent fallen.')).toEqual([])
    expect(cues('Der Krieg wäre nicht besiegt, aber ihm könnte mit allem entgegengetreten werden.')).toEqual([])
    expect(cues('Theoretisch könnte Poroschenko vorgezogene Neuwahlen ausrufen, um das Machtvakuum zu füllen.')).toEqual([])
    expect(cues('Thiem könnte im Falle eines Sieges seinen Geburtstag in Flushing Meadows verbringen.')).toEqual([])
    // Labelled hedges: speculation about facts, no frame.
    expect(cues('Ein trilaterales Treffen könnte noch im Laufe der Woche stattfinden.')).toEqual(['könnte/epistemic'])
    expect(cues('Die Affäre könnte sie aber im Wahlkampf belasten.')).toEqual(['könnte/epistemic'])
    // "dürfte" (is likely to) is no conditional: it stays a hedge beside a "würde".
    expect(cues('Die Parteien dürften mehr Geld haben, Mitterlehner würde die Kosten limitieren.')).toEqual(['dürften/epistemic'])
  })

  it('reads plural "könnten" in reported speech as the stand-in for Konjunktiv I, not as a hedge', () => {
    expect(cues('Konzerne könnten so Einfluss auf Gesetze nehmen, kritisiert Attac.')).toEqual([])
    expect(cues('So könne der Staat den Grund stellen, und Unternehmen könnten den Bau sponsern.')).toEqual([])
    // The writer's own speculation, and a modal on the verb of the source itself, stay hedges.
    expect(cues('Konzerne könnten so Einfluss auf Gesetze nehmen.')).toEqual(['könnten/epistemic'])
    expect(cues('Weitere Förderungen könnten sich im September entscheiden.')).toEqual(['könnten/epistemic'])
  })

  it('reads "könnte" in a "dass" clause as a guess only under a verb of supposing or a noun of fear', () => {
    // Dev rows 420, 396: what someone discovers or considers; rows 121, 187: a danger, a fear.
    expect(cues('Er entdeckte, dass er andere Kommentare löschen könnte.')).toEqual([])
    expect(cues('Unter anderem wurde auch erwogen, dass er die Uniform seines Cousins benutzen könnte.')).toEqual([])
    expect(cues('Derzeit wird immer wieder die Gefahr heraufbeschworen, dass Flüchtlinge Seuchen einschleppen könnten.')).toEqual([
      'könnten/epistemic'
    ])
    expect(cues('Viele befürchten, dass dies zu Rückschritten bei der Flüchtlingsumverteilung führen könnte.')).toEqual([
      'könnte/epistemic'
    ])
    expect(cues('Die Regierung rechnet damit, dass der Preis weiter steigen könnte.')).toEqual(['könnte/epistemic'])
    expect(cues('Es gibt Hinweise, dass der Täter geflohen sein könnte.')).toEqual(['könnte/epistemic'])
    // "dürfte" judges the likelihood wherever it stands.
    expect(cues('Sie kamen zum Ergebnis, dass bereits am Montag eine Zündquelle eingebracht worden sein dürfte.')).toEqual([
      'dürfte/epistemic'
    ])
  })

  it("reads the perfect infinitive after a relative clause inside the modal's clause", () => {
    // Dev row 152: the relative clause's verb ("arbeiten") is not the modal's.
    expect(cues('Die Ärzte sollen bei der Feier ihrer Kollegen, die im Krankenhaus arbeiten, Bier getrunken haben.')).toEqual([
      'sollen/reportative'
    ])
  })

  it('reads singular "könnte" as the speaker\'s where a named source tags its clause from behind', () => {
    // Labelled dev sentences (rows 437, 24): the speaker's words, no hedge of the writer's.
    expect(cues('Er gibt keine Erklärung ab, weil er sonst die Ermittlungen behindern könnte, sagte Böhmdorfer.')).toEqual([])
    expect(cues('Denn diese könnte sich ihre Konkurrenten auf Distanz halten, attestiert Hauer.')).toEqual([])
    // A source before it is no speech tag (row 211), and a verb of suggesting passes the guess on (row 12).
    expect(
      cues('Mit der Klage strebt der Verband der Versicherungskaufleute einen Musterprozess an, der Auswirkungen haben könnte.')
    ).toEqual(['könnte/epistemic'])
    // What a named source supposes stays a guess, also in the passive (tuning set, corpus row 117).
    expect(cues('Dass der Vorsitz wieder von einem Juristen ausgeübt werden könnte, vermutet Josef Kalina.')).toEqual(['könnte/epistemic'])
    expect(cues('Was bei Flirts funktioniert, könnte auch hier klappen – das suggeriert die Website der App Rumblr.')).toEqual([
      'könnte/epistemic'
    ])
  })

  it('keeps plural "könnten" in reported speech a hedge with a perfect infinitive or as what someone supposes', () => {
    expect(cues('Ungeduldige, die auf Nummer sicher gehen wollten, könnten einen Frühstart hingelegt haben.')).toEqual([
      'könnten/epistemic'
    ])
    expect(cues('Die Virologen vermuteten noch andere Wirte, die zur Ausbreitung des Virus beitragen könnten.')).toEqual([
      'könnten/epistemic'
    ])
    // A report or hearsay passes a guess on.
    expect(
      cues('Die Agentur Bloomberg hatte zuvor berichtet, die beiden US-Firmen könnten noch in dieser Woche eine Einigung erzielen.')
    ).toEqual(['könnten/epistemic'])
    // Named as a claim of the source's, or with a plan in its clause, it stays reported speech.
    expect(cues('Die Virologen nannten noch andere Wirte, die zur Ausbreitung des Virus beitragen könnten.')).toEqual([])
    expect(cues('Konzerne könnten so Einfluss auf Gesetze genommen haben, kritisiert Attac.')).toEqual(['könnten/epistemic'])
    expect(cues('Konzerne könnten künftig Einfluss auf Gesetze nehmen, kritisiert Attac.')).toEqual([])
  })

  it('finds "es heißt" as hearsay unless its source is named', () => {
    expect(cues('Das Geld fehlt, hieß es.')).toEqual(['hieß es/reportative'])
    expect(cues('Der Mangel, wie es heißt, ist groß.')).toEqual(['wie es heißt/reportative'])
    expect(cues('Das Geld fehlt, heißt es in der Aussendung.')).toEqual([])
    expect(cues('Das heißt, wir warten.')).toEqual([])
  })

  it('reads a bare "hieß es" after a named source as carrying it on, one with a vague place as hearsay', () => {
    expect(cues('Das Ministerium teilte mit, die Halle sei fertig. Man sei zuversichtlich, hieß es.')).toEqual([])
    expect(cues('In Sicherheitskreisen hieß es, die Fahrzeuge hätten sich geähnelt.')).toEqual(['hieß es/reportative'])
  })

  it('finds "mag … sein", "lässt … vermuten" and an unnamed "wird … erwartet"', () => {
    expect(cues('Das mag der Fixierung auf teure Modelle geschuldet sein.')).toEqual(['mag/epistemic'])
    expect(cues('Er mag Schokolade.')).toEqual([])
    expect(cues('Das lässt der Auftritt eines Propagandisten vermuten.')).toEqual(['vermuten/epistemic'])
    expect(cues('Außerdem wird eine Aktualisierung des iPad erwartet.')).toEqual(['erwartet/reportative'])
    expect(cues('Der Zoo erwartet weiteren Nachwuchs.')).toEqual([])
  })

  it('reads a clause-final passive "werden könnte" as what is feasible', () => {
    expect(cues('Schultes meint, dass mit einer Kennzeichnung gegengesteuert werden könnte.')).toEqual([])
    expect(cues('Die Version könnte im Juni präsentiert werden.')).toEqual(['könnte/epistemic'])
    expect(cues('Auch strukturierte Bilder könnten darauf gezeigt werden.')).toEqual([])
    // "dürfte" (is likely to) judges a passive likely all the same.
    expect(cues('Das Begehren dürfte wie bei Strache abgelehnt werden.')).toEqual(['dürfte/epistemic'])
  })

  it('finds "scheint" but not the sun that shines or the rails', () => {
    expect(cues('Das scheint den Schurkenstaat wenig zu interessieren.')).toEqual(['scheint/epistemic'])
    expect(cues('Die Sonne scheint.')).toEqual([])
    expect(cues('Das Schicksal von Jazenjuk schien schon im Februar besiegelt.')).toEqual([])
    expect(cues('Er schien die Lage nicht zu verstehen.')).toEqual(['schien/epistemic'])
    expect(cues('Es schien, als werde sich daran nicht so bald etwas ändern.')).toEqual(['schien/epistemic'])
    expect(cues('Der Zug kam von den Schienen ab.')).toEqual([])
  })

  it('flags hedges inside direct quotes, also in a quote that holds a quote', () => {
    expect(cues('„Er soll gelogen haben“, sagte sie.')).toEqual(['soll/reportative/quoted'])
    expect(cues('"Sie zählen auf die "Millionen" Munition, die Nordkorea liefern könnte.", erklärt er.')).toEqual([
      'könnte./epistemic/quoted'
    ])
  })
})

// Sentences of the shared labels' development packets (some shortened), each pinning a class of
// cues the labels mark, or a reading they mark as no hedge.
describe('German hedge cues by class, from the shared labels', () => {
  it('finds the adverbs "offensichtlich" and "potenziell", not the adjectives', () => {
    expect(cues('Die neue Einlassung belegt nun, dass offensichtlich auch zwei Jahre später noch Mängel bestanden.')).toEqual([
      'offensichtlich/epistemic'
    ])
    expect(cues('Novak muss ein Spiel wegen Verhinderung einer offensichtlichen Torchance zuschauen.')).toEqual([])
    expect(cues('Allerdings gibt es ganz offensichtlich ein Problem mit der Radioübertragung.')).toEqual([])
    expect(cues('Ihre Technologie sei potenziell innerhalb von anderthalb Jahren kommerzialisierbar.')).toEqual(['potenziell/epistemic'])
    expect(cues('Der potenzielle Käufer ließ sich drei Blüten geben.')).toEqual([])
  })

  it('finds unowned reports and official lines: "laut einem Medienbericht", "Medien berichten", "nach offizieller Version"', () => {
    expect(cues('Adele hat sich laut einem Medienbericht einen der größten Deals der Musikgeschichte gesichert.')).toEqual([
      'laut einem Medienbericht/reportative'
    ])
    expect(cues('Das hatte Leitl zuvor laut einem Bericht der Presse gesagt.')).toEqual([])
    expect(cues('Regierungskritische Medien berichten, dass die Bewohner kaum Zugang zu Nahrungsmitteln hätten.')).toEqual([
      'Medien berichten/reportative'
    ])
    expect(cues('Zahlreiche Medien berichteten über die Software.')).toEqual([])
    expect(cues('Der Besuch wurde abgesagt, wie Medien in Skopje meldeten.')).toEqual(['Medien in Skopje meldeten/reportative'])
    expect(cues('Die Regierung bringt die Migranten nicht schnell genug zum Festland, wie örtliche Medien weiter berichteten.')).toEqual([
      'Medien weiter berichteten/reportative'
    ])
    expect(cues('Medien berichten von 90 Beamten am Kölner Hauptbahnhof.')).toEqual(['Medien berichten/reportative'])
    expect(cues('Viele Medien in Skopje haben über den Besuch berichtet.')).toEqual([])
    expect(cues('Soriano steht nicht im Kader, er fehlt nach offizieller Version wegen einer Verletzung.')).toEqual([
      'nach offizieller Version/reportative'
    ])
  })

  it('finds an unowned estimate, "nach Schätzungen", but not one whose owner follows', () => {
    expect(cues('Allein auf Lesbos sollen nach Schätzungen 15.000 Menschen im Hafen von Mytilini auf ein Schiff warten.')).toContain(
      'nach Schätzungen/reportative'
    )
    expect(cues('Nach Schätzungen der Weltbank wächst die Wirtschaft um zwei Prozent.')).toEqual([])
  })

  it('finds "relativ sicher" and "es sieht so aus, als"', () => {
    expect(cues('Dass der Schlag der Kontakt mit der Gehsteigkante war, ist relativ sicher.')).toEqual(['relativ sicher/epistemic'])
    expect(cues('Er ist sich ziemlich sicher.')).toEqual([])
    expect(cues('Es schaut so aus, als würde Red Bull bei Salzburg zumindest sanft den Sparstift ansetzen.')).toEqual(['so aus/epistemic'])
    expect(cues('Oft sieht es doch so aus, dass man bestimmte Werte nicht zur Debatte stellt.')).toEqual([])
  })

  it('finds a touted candidate with "gilt als", not a consensus', () => {
    expect(cues('Sie gilt als mögliche Nachfolgerin Prölls.')).toEqual(['gilt/reportative'])
    expect(cues('Dort gilt weiterhin Ziegler als bevorzugter Kandidat.')).toEqual(['gilt/reportative'])
    expect(cues('Er, ebenfalls als Niessl-Nachfolger im Gespräch, wurde schon als möglicher Kanzler gefeiert.')).toEqual([
      'Gespräch/reportative'
    ])
    expect(cues('Das 1949 aufgestellte Prinzip gilt mittlerweile als gesichert.')).toEqual([])
    expect(cues('Clinton liegt so weit vorne, dass ihre Nominierung zur Präsidentschaftskandidatin als sicher gilt.')).toEqual([])
  })

  it('finds "wie es heißt" after a named source, and "dürfte" in an indirect clause or after a condition', () => {
    expect(cues('Das sagte Kreissl. Richter üben massive Kritik, vor allem aufgrund eines, wie es heißt, Mangels an Kontrolle.')).toEqual([
      'wie es heißt/reportative'
    ])
    expect(cues('Hintergrund sei die Absatzabkühlung des größten Kunden, womit Apple gemeint sein dürfte.')).toEqual(['dürfte/epistemic'])
    expect(cues('Sollte sich das Interesse an den Filialen in Grenzen halten, dürfte es auch für die Mitarbeiter eng werden.')).toEqual([
      'dürfte/epistemic'
    ])
  })

  it('reads a concession before "aber"/"doch" and a word in a question as no hedge', () => {
    expect(cues('Wir machen von der Welt alle, vielleicht nicht im Detail, aber doch im Großen und Ganzen, denselben Gebrauch.')).toEqual(
      []
    )
    expect(cues('So scheint es zu Beginn, doch handelt es sich tatsächlich um einen Racheakt.')).toEqual([])
    expect(cues('Das ist irreführend, insofern Krieg und Militär wohl ihre eigenen Gesetze haben, nicht aber diejenigen Mittel.')).toEqual(
      []
    )
    expect(cues('Zuletzt scheint aber auch Ansip seinen Widerstand aufgegeben zu haben.')).toEqual(['scheint/epistemic'])
    expect(cues('Kann man daraus ein Argument ableiten – heute vielleicht mehr denn je?')).toEqual([])
    expect(cues('34 Prozent halten es für wahrscheinlich, dass ihre Organisationen betroffen sein werden.')).toEqual([])
    // Dev row 112: an estimate ascribed to others, like "für wahrscheinlich halten".
    expect(cues('Langfristige Akkumulationseffekte wären als wahrscheinlich angesehen worden.')).toEqual([])
  })

  it("reads no speculation in a denied possibility, a speaker's answer, first-person words or a time clause", () => {
    expect(cues('Dass Stenzel zur FPÖ überlaufen könnte, wurde von den Freiheitlichen dementiert.')).toEqual([])
    expect(cues('Viele befürchten, dass dies zu Rückschritten führen könnte.')).toEqual(['könnte/epistemic'])
    expect(cues('Kreissl: Österreich könnte sich am Schweizer Modell orientieren.')).toEqual([])
    expect(cues('Fazit: Urlaub in Deutschland dürfte 2016 für Deutsche der große Hit werden.')).toEqual(['dürfte/epistemic'])
    expect(cues('Ich weiß, der Eindruck könnte entstehen.')).toEqual([])
    // "wir" too (dev row 292, "Da könnten wir uns sogar … abschneiden"), also away from the modal.
    expect(cues('Es fehlen ja die Jobs, in die wir jemanden drängen könnten.')).toEqual([])
    expect(cues('Bis die Laster auf deutschen Straßen auftauchen könnten, wird noch viel Zeit vergehen.')).toEqual([])
    expect(cues('Bis zu einem möglichen Prozess könnte es somit noch Monate dauern.')).toEqual(['könnte/epistemic'])
  })

  it('reads "könnte … helfen" as advice, not speculation', () => {
    expect(cues('Philosophen könnten da helfen, weil sie solche Fragen stellen.')).toEqual([])
    expect(cues('Philosophen könnten Lehrern, aber auch den Eltern helfen.')).toEqual([])
    expect(cues('Helfen könnten Pädagogen ihren Schülern einfach, indem sie eine normale Beziehung zu ihnen aufbauen.')).toEqual([])
    expect(cues('Der Laserpointer wiederum könnte für katzengerechte Unterhaltung sorgen.')).toEqual(['könnte/epistemic'])
  })

  it('reads "solle" before a demand verb as the demand, and no cue in "mit Spannung erwartet" or "lässt … befürchten"', () => {
    expect(cues('Amazon solle den Tarifvertrag anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider.')).toEqual([])
    expect(cues('Allerdings wurde mit Spannung die Prüfung des Bezirksergebnisses erwartet.')).toEqual([])
    expect(cues('Die Gewalt lässt einen Rückfall in den Bürgerkrieg befürchten.')).toEqual([])
  })

  it('reads "werden in Sizilien erwartet" as an arrival, not an expectation passed on', () => {
    // 455/11 (labelled with no cue); a prediction keeps its cue
    expect(cues('Die Schiffe der italienischen Marine mit den Migranten an Bord werden in Sizilien erwartet.')).toEqual([])
    expect(cues('Außerdem wird eine Aktualisierung des iPad-Tablets im Originalformat erwartet.')).toEqual(['erwartet/reportative'])
    expect(cues('In Deutschland wird ein Anstieg erwartet.')).toEqual(['erwartet/reportative'])
  })
})

describe('English hedge cues', () => {
  it('finds adverbs and reporting phrases', () => {
    expect(cues('The minister allegedly took money. He is said to have fled. Reports suggest he is in Spain.', 'en')).toEqual([
      'allegedly/reportative',
      'is said to/reportative',
      'Reports suggest/reportative'
    ])
    expect(cues('The talks apparently failed. The deal seems to be dead.', 'en')).toEqual(['apparently/epistemic', 'seems to/epistemic'])
  })

  it('finds speculative modals and unnamed expectations', () => {
    expect(cues('The blaze may be the largest this year. A deal could be announced next week.', 'en')).toEqual([
      'may/epistemic',
      'could/epistemic'
    ])
    expect(cues('Police could not confirm the report.', 'en')).toEqual([])
    expect(cues('The company is expected to give details on Thursday.', 'en')).toEqual(['is expected to/reportative'])
  })

  it('marks "suspected" as the hedge the presumption of innocence asks for', () => {
    expect(cues('The suspected gunman was arrested.', 'en')).toEqual(['suspected/reportative/presumption'])
  })
})

describe('hedge cue words', () => {
  it('holds the forms of every reading, so that skipping other words loses no cue', () => {
    for (const lang of ['de', 'en'] as const) {
      const lex = hedgeLexicon(lang)
      const lists = [
        lex.words.keys(),
        lex.modal?.soll ?? [],
        lex.modal?.will ?? [],
        lex.speculative?.forms ?? [],
        lex.mag?.forms ?? [],
        lex.inference?.verbs ?? [],
        lex.participles.map((cue) => cue.participle),
        lex.reputed?.words ?? [],
        lex.scheinen?.forms ?? [],
        lex.esHeisst?.verbs ?? [],
        lex.headlinePrefixes
      ]
      for (const list of lists) for (const word of list) expect(lex.cueWords.has(word), `${lang}: ${word}`).toBe(true)
    }
    expect(hedgeLexicon('de').cueWords.has('wohl')).toBe(true)
    expect(hedgeLexicon('de').cueWords.has('haus')).toBe(false)
  })
})

describe('bare words', () => {
  it('drops a kept full stop or a clitic "’s", and nothing else', () => {
    const bared = (value: string) => bare(new Token(0, value, 'word'))
    expect(['könnte.', "soll's", 'soll’s', 'Haus', 's', 'es', 'bus', "'s", '.'].map(bared)).toEqual([
      'könnte',
      'soll',
      'soll',
      'haus',
      's',
      'es',
      'bus',
      '',
      ''
    ])
  })
})
