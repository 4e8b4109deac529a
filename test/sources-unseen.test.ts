import { describe, expect, it } from 'vitest'
import { sources } from './helpers/sources.js'

// Readings checked on corpus articles that are in no labelled set: what the finder must not call vague.
const vague = (text: string) => sources(text).filter(([kind]) => kind === 'vague')

describe('vague sources that a reader can identify after all', () => {
  it('reads an information noun compounded with its body as named', () => {
    expect(vague('Zur Gegenkundgebung kamen laut Polizeiangaben etwa 600 Teilnehmer.')).toEqual([])
    expect(vague('Zur Gegenkundgebung kamen laut Medienberichten etwa 600 Teilnehmer.')).toEqual([['vague', 'Medienberichten']])
    // An informant stays unnamed whatever body it sits in.
    expect(vague('Das bestätigte man aus Polizeikreisen.')).toEqual([['vague', 'Polizeikreisen']])
  })

  it('reads people and reports after a possessive as someone’s named before', () => {
    expect(vague('Doch stützt sie sich auf ein Netz von Aktivisten, und viele ihrer Berichte stellten sich als richtig heraus.')).toEqual(
      []
    )
    expect(vague('Er steht unter Druck, nachdem mehrere seiner Gemeinderäte in die Ermittlungen geraten sind.')).toEqual([])
    // A possessive in the owner after the group does not name the group ("Politiker seiner Partei").
    expect(vague('Spitzenpolitiker seiner eigenen Gruppierung fordern mittlerweile die Auflösung.')).toEqual([
      ['vague', 'Spitzenpolitiker']
    ])
  })

  it('takes respondents for the survey given shortly before them', () => {
    expect(vague('In einer Umfrage des Verbandes Bitkom sagten 25 Prozent der Befragten, sie wollten es verkaufen.')).toEqual([])
    expect(
      vague(
        'Die Befragung der AKNÖ ging an alle Mitglieder. 87 Prozent waren Angestellte. Etwa einer von drei Befragten erklärte, er arbeite auch zu Hause.'
      )
    ).toEqual([])
  })

  it('reads the outlet a named speaker talked to as where he spoke, and a role’s outlet as vague', () => {
    expect(vague('Es sei teilweise aus Zellwachstum entstanden, wie er einem australischen Rundfunksender sagte.')).toEqual([])
    expect(vague('Ich hätte alles entfernen können, sagte der Hacker zu einer finnischen Zeitung.')).toEqual([
      ['vague', 'einer finnischen Zeitung']
    ])
  })

  it('carries an agentless accusation from the source named in the sentence before', () => {
    expect(vague('Laut deutschem Innenministerium sind 18 Asylwerber darunter. Ihnen werden Diebstähle vorgeworfen.')).toEqual([])
    expect(vague('Ihrem Kamerateam wird vorgeworfen, ohne Genehmigung gedreht zu haben.')).toEqual([['vague', 'vorgeworfen']])
  })

  it('leaves people inside the words of a speaker named at the end to those words', () => {
    expect(vague('Manche Menschen denken vielleicht, sie würden legale Seiten sehen, sagt Langford.')).toEqual([])
    expect(vague('Viele Bundesbürger sind zunehmend verunsichert, heißt es in der BAT-Analyse.')).toEqual([])
    // The report he passes on stays vague; so do people whose clause is the claim itself.
    expect(vague('Gerüchten zufolge sei das Werk verkauft, sagte Müller.')).toEqual([['vague', 'Gerüchten']])
    expect(vague('Ein US-Vertreter sagte, Xi wolle am Freitag ein System verkünden.')).toEqual([['vague', 'Ein US-Vertreter']])
  })

  it('reads resistance from a circle as an act, not a source', () => {
    expect(vague('Der heftige Widerstand aus Kreisen des Kunsthandels spricht für die Regeln.')).toEqual([])
    expect(vague('Das verlautete aus Kreisen des Kunsthandels.')).not.toEqual([])
  })

  it('reads one person after a singular definite article as the one introduced before', () => {
    expect(vague('Der Beamte bekennt sich nicht schuldig.')).toEqual([])
    expect(vague('Vielmehr muss in jedem Einzelfall geprüft werden, ob die Maßnahme notwendig ist, so der Experte.')).toEqual([])
    // The owners of an estimate and a plural stay vague.
    expect(vague('Die Schätzungen der befragten Experten reichen von 25 bis 60 Millionen Euro.')).toEqual([
      ['vague', 'der befragten Experten']
    ])
  })

  it('reads a quantifier inflected after a definite article as all of a group the text names', () => {
    expect(vague('Wie wichtig dies ist, haben die zahlreichen kritischen Lücken in den letzten Monaten gezeigt.')).toEqual([])
    expect(vague('Wie die meisten Befragten glaubt auch er nicht daran.')).toEqual([['vague', 'die meisten Befragten']])
    // "das" is the object; the finder's span still opens with it.
    expect(vague('Ähnlich sehen das zahlreiche Aktivisten, die am Sonntag demonstrierten.')).toEqual([
      ['vague', 'das zahlreiche Aktivisten']
    ])
  })

  it('reads "in Gefahr geraten" as getting into, not advising', () => {
    expect(vague('Kein Wunder, war er durch Öffentlichkeit sogar in Gefahr geraten.')).toEqual([])
  })
})

describe('unnamed people by trade, science or public, as a class', () => {
  it('reads the class and its compounds as vague where they speak', () => {
    expect(vague('Datenschützer warnten jedoch vor einer potenziellen Abhörfalle.')).toEqual([['vague', 'Datenschützer']])
    expect(vague('Einem leitenden Bundespolizisten zufolge war die Polizei früh informiert.')).toEqual([
      ['vague', 'Einem leitenden Bundespolizisten']
    ])
    expect(vague('Insgesamt arbeiten laut NGOs mehr als 60.000 Nordkoreaner im Ausland.')).toEqual([['vague', 'NGOs']])
  })

  it('leaves them named with a possessive, and a name that opens with a trade named', () => {
    expect(vague('Seine Eltern sagten, er sei unschuldig.')).toEqual([])
    expect(vague('Laut Ärzte ohne Grenzen wurden 14 Menschen getötet.')).toEqual([])
  })

  it('reads a report with no article after "laut" as the one the text named', () => {
    expect(vague('Der Dienst basiert laut Bericht auf Docs for Facebook.')).toEqual([])
    expect(vague('Ziel sei es, die Produktion zu steigern, sagte Davies der Welt am Sonntag laut Vorausbericht.')).toEqual([])
    expect(vague('Laut Medienbericht nehmen bis zu 20 Flüchtlinge jeden Monat diese Route.')).toEqual([['vague', 'Medienbericht']])
    expect(vague('Laut einem Bericht nehmen bis zu 20 Flüchtlinge jeden Monat diese Route.')).toEqual([['vague', 'einem Bericht']])
  })

  it('reads experts who are to act as actors, and experts who may state something as a source', () => {
    expect(vague('Militärexperten sollen das Gelände mit Spezialgerät untersuchen.')).toEqual([])
    expect(vague('Experten können nicht ausschließen, dass das falsch ist.')).toEqual([['vague', 'Experten']])
    expect(vague('Experten haben davor gewarnt.')).toEqual([['vague', 'Experten']])
  })
})
