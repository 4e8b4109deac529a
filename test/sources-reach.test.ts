import { describe, expect, it } from 'vitest'
import { sources } from './helpers/sources.js'

// Named sources the finder used to miss (issue 13), by class, each quoting development sentences,
// and the readings each class must not add: a fragment or an object is no source.

describe('sources stage, German: subjects past what stands between them and the verb', () => {
  it('joins two subjects before the verb, one of them a part of a group', () => {
    expect(sources('Die Verletzte und zwei von acht Zeugen sagen, sie erkennen den Angeklagten eindeutig wieder.')).toEqual([
      ['named', 'Die Verletzte und zwei von acht Zeugen']
    ])
    // After a comma the names go on listing, they are no subject of their own.
    expect(sources('Inmitten der Beliebtheit von Diensten wie Netflix, Hulu oder Amazon hält einer an Kassetten fest.')).toEqual([])
  })

  it('reads a demonstrative alone after the verb as the subject, not one before its noun or after a subject', () => {
    expect(sources('Zugleich weist diese darauf hin, dass Geier weltweit eine bedrohte Vogelgruppe sind.')).toEqual([['named', 'diese']])
    expect(sources('Der mittlerweile 33-Jährige erklärte diese später offen mit Panik-Attacken.')).not.toContainEqual(['named', 'diese'])
  })

  it('takes the subject of a participle with a phrase of its own', () => {
    expect(sources('Der für Nachbarschaftspolitik zuständige EU-Kommissar Johannes Hahn zeigte sich optimistisch.')).toEqual([
      ['named', 'EU-Kommissar Johannes Hahn']
    ])
    expect(
      sources(
        'Ein am Mittwoch veröffentlichter interner Untersuchungsbericht des Ministeriums kommt zu dem Schluss, dass das unzulässig war.'
      )
    ).toEqual([['named', 'Untersuchungsbericht des Ministeriums']])
    // "In seiner Rede", "Im Moment des Triumphs": a preposition's own phrase holds no participle.
    expect(sources('In seiner Rede sprach der UN-Generalsekretär auch über seine Liebe zu Österreich.')).toEqual([
      ['named', 'der UN-Generalsekretär']
    ])
    expect(sources('Im Internet kursierende Fotos zeigten blutüberströmte Menschen.')).toEqual([['vague', 'Im Internet']])
    expect(sources('Die Inszenierung, die von den Darstellern einige Kletterkünste verlange, ist neu.')).toEqual([
      ['named', 'den Darstellern']
    ])
  })

  it('passes over a place after the subject, a reflexive and a time before a subject after the verb', () => {
    expect(sources('Das Innenministerium in Kairo teilte mit, an dem Einsatz seien Soldaten beteiligt gewesen.')).toEqual([
      ['named', 'Das Innenministerium']
    ])
    expect(sources('In der Flüchtlingsfrage meldete sich auch der Vertreter der Europäischen Kommission zu Wort.')).toEqual([
      ['named', 'der Vertreter der Europäischen Kommission']
    ])
    expect(sources('Wir haben Flugblätter, erklärte am späten Montagabend der Sprecher des Krisenstabes in Athen.')).toEqual([
      ['named', 'der Sprecher des Krisenstabes']
    ])
    // Not an object: "Ein Abenteuer in Syrien wollen die Amerikaner verhindern", "präsentierte am Dienstag sein Programm".
    expect(sources('Ein militärisches Abenteuer der Türkei in Syrien wollen die Amerikaner aber nun verhindern.')).toEqual([
      ['named', 'die Amerikaner']
    ])
    expect(sources('Trummer, seit Mai Direktor des Kunsthauses, präsentierte am Dienstag sein erstes Jahresprogramm.')).toEqual([
      ['named', 'Trummer']
    ])
    // Nor a reflexive another verb needs: "will sich die Koalition einigen", "erwartet sich Vorteile".
    expect(sources('Rund jeder Dritte erwartet sich Vorteile durch die ständige Erreichbarkeit.')).toEqual([])
  })

  it('takes the subject after a fronted object that names no one, a perfect infinitive for none', () => {
    expect(sources('Diese Befürchtung hatten die Rechtsanwälte schon geäußert, als der Entwurf in Begutachtung war.')).toEqual([
      ['named', 'die Rechtsanwälte']
    ])
    expect(
      sources('Da bleibt vielen die Spucke weg: 7,9 Milliarden Euro Verlust schrieb die einstige Hypo Alpe Adria im Vorjahr.')
    ).toEqual([['named', 'die einstige Hypo Alpe Adria']])
    expect(sources('Ihrem Kamerateam wird vorgeworfen, bei der Einreise falsche Angaben gemacht zu haben.')).toEqual([
      ['vague', 'vorgeworfen']
    ])
  })

  it('takes a phrase opened by "Vor" for no focus word, and a reflexive after the auxiliary of a compound tense', () => {
    expect(sources('Vor dem Hintergrund der Anschläge in Paris hat die französische Regierung drei Vereinigungen verboten.')).toEqual([
      ['named', 'die französische Regierung']
    ])
    expect(sources('Die sogenannte Provinz Sinai des IS hatte sich auch dazu bekannt, eine Bombe platziert zu haben.')).toEqual([
      ['named', 'Die sogenannte Provinz Sinai des IS']
    ])
    // Not a reflexive far from its verb: "Daraus ergeben sich Fotos, bei denen es wenig auszusetzen gibt".
    expect(sources('Daraus ergeben sich Fotos bei denen es an der Qualität wenig auszusetzen gibt.')).toEqual([])
  })

  it('reads "sagte X weiter" as X going on, and the Vereinte Nationen as a body', () => {
    expect(sources('Das sei eine organisierte Aktion gewesen, sagte Kyritsis weiter.')).toEqual([['named', 'Kyritsis']])
    expect(sources('Die Vereinten Nationen (UN) haben vor nationalen Alleingängen in der Flüchtlingskrise gewarnt.')).toEqual([
      ['named', 'Die Vereinten Nationen']
    ])
  })
})

describe('sources stage, German: sources in sayings, passives and phrases', () => {
  it('takes the origin after "hieß es" past a time or an occasion', () => {
    expect(sources('Griechenland bleibt am Verhandlungstisch, hieß es dazu aus dem Büro des Ministerpräsidenten.')).toEqual([
      ['named', 'dem Büro des Ministerpräsidenten']
    ])
    expect(sources('Die Terminkollision sei reiner Zufall, heißt es auf STANDARD-Anfrage aus dem Büro von Strache.')).toEqual([
      ['named', 'dem Büro von Strache']
    ])
    expect(sources('Das Geld fehle, hieß es am Freitag aus Bankenkreisen.')).toEqual([['vague', 'Bankenkreisen']])
  })

  it('takes the body or document an agentless passive of stating is placed in, not a place, a time or another verb', () => {
    expect(sources('Beim Roten Kreuz wurde aber betont, dass diese Zahl variabel ist.')).toEqual([['named', 'Roten Kreuz']])
    expect(sources('Unterdessen wurde im Innenministerium auf APA-Anfrage betont, dass Kapazitäten vorhanden wären.')).toEqual([
      ['named', 'Innenministerium']
    ])
    expect(sources('Im Wahrnehmungsbericht wird der Fall eines Richters beschrieben.')).toEqual([['named', 'Wahrnehmungsbericht']])
    expect(sources('In Wien wurde betont, dass alles teurer wird.')).toEqual([])
    expect(sources('Sarkozys Wahlkampfbudget wurde im Nachhinein für ungültig erklärt.')).toEqual([])
    expect(sources('Bei Kindern in Flint waren erhöhte Bleiwerte festgestellt worden.')).toEqual([])
  })

  it('reads "so X" before a time or an occasion, "nach Polizeiangaben" before a noun, and the speaker\'s own words', () => {
    expect(sources('Wir sind zu allen gleich streng, so der Kommissionsvertreter am Montag in einer Aussendung.')).toEqual([
      ['named', 'der Kommissionsvertreter']
    ])
    expect(sources('Flüchtlinge, so Kurz im Gespräch mit dem Standard, sollten außerhalb der EU gestoppt werden.')).toEqual([
      ['named', 'Kurz']
    ])
    expect(sources('Die Opfer erlitten nach Polizeiangaben Schuss- beziehungsweise Stichverletzungen.')).toEqual([
      ['named', 'Polizeiangaben']
    ])
    expect(sources('Er hat die Szene gewählt, weil dort nach eigenen Worten noch Rock n Roll drin ist.')).toEqual([
      ['named', 'nach eigenen Worten']
    ])
  })

  it('reads a view after "Für X sind", not a purpose, and declining, promising and going on as sources', () => {
    expect(sources('Für Mitterlehner stehen sie nicht im Einklang mit EU-Recht.')).toEqual([['named', 'Mitterlehner']])
    expect(sources('Für eine wirksame Kriminalitätsbekämpfung sind Maßnahmen nötig.')).toEqual([])
    expect(sources('Daimler hielt sich zum Zeitpunkt bedeckt.')).toEqual([['named', 'Daimler']])
    expect(sources('Der Präsident des Europaparlaments, Martin Schulz, stellte eine Lockerung des Paktes in Aussicht.')).toEqual([
      ['named', 'Der Präsident des Europaparlaments, Martin Schulz']
    ])
    expect(sources('Dazu der Kommissar: Das Risiko einer Ansteckung ist äußerst gering.')).toEqual([['named', 'der Kommissar']])
    // "äußerst" is the adverb, no form of "äußern".
    expect(sources('Diese äußerst seltene Papageienart lebt nur in Brasilien.')).toEqual([])
    expect(sources('Noch ein historischer Zahlenvergleich: 1956 kamen rund 180.000 Menschen nach Österreich.')).toEqual([])
    expect(sources('Es ist unmoralisch, fährt er fort.')).toEqual([['named', 'er']])
    expect(sources('Von der Variante Schwarz-Rot-Grün hält er hingegen nichts.')).toEqual([['named', 'er']])
    expect(sources('Für seinen Rekordversuch hielt sich der Hobbit an ein strenges Regelwerk.')).toEqual([])
    expect(sources('Der Vorsitzende im Repräsentantenhaus, John Boehner, gab sich dennoch kämpferisch.')).toEqual([
      ['named', 'Der Vorsitzende im Repräsentantenhaus, John Boehner']
    ])
    expect(sources('Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent.')).toEqual([
      ['named', 'der Statistik Austria']
    ])
    // Not a reflexive verb's other sense: "Die Luke schließt sich", "setzte sich durch".
    expect(sources('Der Doppelsieger setzte sich am Freitag vor Jansrud durch.')).toEqual([])
  })
})
