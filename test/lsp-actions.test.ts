import { describe, expect, it } from 'vitest'
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver/node'
import { ruleById } from '../src/config/config.js'
import { docExamples } from '../src/docs/rule-docs.js'
import { applyWorkspaceEdit, CLEAN, WITH_QUOTES, Workspace, workspacePerTest } from './helpers/lsp.js'

const workspace = workspacePerTest()

const ARTICLE = `# Neue Gespräche\n\n${CLEAN}\n\n${WITH_QUOTES}\n\nDie Ministerin erklärte: "Das dauert." Dann ging sie.\n`

async function openArticle(options: Parameters<Workspace['client']>[0] = {}, text = ARTICLE) {
  const client = await workspace().client(options)
  const uri = workspace().uri('artikel.md')
  await client.open(uri, text)
  const diagnostics = (await client.diagnosticsFor(uri, 1)).filter((diagnostic) => diagnostic.code === 'quotes')
  expect(diagnostics).toHaveLength(2)
  return { client, uri, diagnostics }
}

/** Send the whole new text as version 2 and return its `quotes` diagnostics. */
async function quotesAfter(client: Awaited<ReturnType<Workspace['client']>>, uri: string, text: string) {
  await client.change(uri, 2, [{ text }])
  return (await client.diagnosticsFor(uri, 2)).filter((diagnostic) => diagnostic.code === 'quotes')
}

describe('code actions', () => {
  it("offers the rule's quick fix, as a versioned edit when the client takes those", async () => {
    const { client, uri, diagnostics } = await openArticle({ capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } })
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] }
    })
    const fix = actions.find((action) => action.title.startsWith('Fix:'))!
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [{ code: 'quotes' }] })
    expect(fix.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 1 } })

    const fixed = applyWorkspaceEdit(uri, ARTICLE, fix.edit!)
    expect(fixed).toBe(ARTICLE.replace(WITH_QUOTES, CLEAN))
    expect(await quotesAfter(client, uri, fixed)).toHaveLength(1)
  })

  it('fixes everything fixable with one source.fixAll action', async () => {
    const { client, uri } = await openArticle()
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] }
    })
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.newslint'])
    const fixed = applyWorkspaceEdit(uri, ARTICLE, actions[0].edit!)
    expect(fixed).toContain('erklärte: „Das dauert.“ Dann')
    expect(await quotesAfter(client, uri, fixed)).toEqual([])
  })

  it('disables the rule for the line with a comment above it, and the finding goes away', async () => {
    const { client, uri, diagnostics } = await openArticle()
    const target = diagnostics[1]
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] }
    })
    const disable = actions.find((action) => action.title === 'Disable quotes for this line')!
    expect(disable.kind).toBe('quickfix')

    const edited = applyWorkspaceEdit(uri, ARTICLE, disable.edit!)
    const lines = edited.split('\n')
    expect(lines[target.range.start.line]).toBe('<!-- newslint-disable-next-line quotes -->')
    expect(lines[target.range.start.line + 1]).toBe(ARTICLE.split('\n')[target.range.start.line])
    expect(edited.replace('<!-- newslint-disable-next-line quotes -->\n', '')).toBe(ARTICLE)
    // The other line keeps its finding.
    expect((await quotesAfter(client, uri, edited)).map((diagnostic) => diagnostic.range.start.line)).toEqual([
      diagnostics[0].range.start.line
    ])
  })

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r']
  ])('keeps %s line breaks when it disables the rule for a line', async (_name, lineBreak) => {
    const text = ARTICLE.replace(/\n/g, lineBreak)
    const { client, uri, diagnostics } = await openArticle({}, text)
    const target = diagnostics[0]
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] }
    })
    const disable = actions.find((action) => action.title === 'Disable quotes for this line')!
    const edited = applyWorkspaceEdit(uri, text, disable.edit!)
    expect(edited).toBe(text.replace(WITH_QUOTES, `<!-- newslint-disable-next-line quotes -->${lineBreak}${WITH_QUOTES}`))
    expect(await quotesAfter(client, uri, edited)).toHaveLength(1)
  })
})

describe('disable comments', () => {
  /** The document's diagnostics of `rule` and the actions offered for each, by title. */
  async function disableActions(text: string, rule: string) {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, text)
    const diagnostics = (await client.diagnosticsFor(uri, 1)).filter((diagnostic) => diagnostic.code === rule)
    const offered = await Promise.all(
      diagnostics.map((diagnostic) =>
        client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] }
        })
      )
    )
    return { client, uri, diagnostics, disables: offered.map((actions) => actions.filter((action) => action.title.startsWith('Disable'))) }
  }

  it.each([
    ['paragraph', `${CLEAN}\n${WITH_QUOTES}`],
    ['list', `- ${CLEAN}\n- ${WITH_QUOTES}`],
    ['table', `| Wer | Was |\n| --- | --- |\n| Minister | ${WITH_QUOTES} |`],
    ['quote', `> ${CLEAN}\n${WITH_QUOTES}`]
  ])('switches the rule off around a %s whose inner line has the finding, and leaves its markdown whole', async (scope, block) => {
    const text = `# Neue Gespräche\n\n${block}\n\nDie Ministerin erklärte: "Das dauert." Dann ging sie.\n`
    const { client, uri, diagnostics, disables } = await disableActions(text, 'quotes')
    expect(diagnostics).toHaveLength(2)
    expect(disables[0].map((action) => action.title)).toEqual([`Disable quotes for this ${scope}`])
    const edited = applyWorkspaceEdit(uri, text, disables[0][0].edit!)
    // A comment line inside the block would have ended it there: the comments stand around it, a blank line apart.
    expect(edited).toBe(text.replace(block, `<!-- newslint-disable quotes -->\n\n${block}\n\n<!-- newslint-enable quotes -->`))
    await client.change(uri, 2, [{ text: edited }])
    const after = (await client.diagnosticsFor(uri, 2)).filter((diagnostic) => diagnostic.code === 'quotes')
    expect(after.map((diagnostic) => diagnostic.message)).toEqual([diagnostics[1].message])
    expect(after[0].range.start.line).toBe(diagnostics[1].range.start.line + 4)
  })

  it('puts the comment after a byte order mark, which stays the first character of the file', async () => {
    const text = '\uFEFFDer Minister soll angeblich zurücktreten.\n'
    const { uri, disables } = await disableActions(text, 'hedge')
    const disable = disables[0].find((action) => action.title === 'Disable hedge for this line')!
    const edited = applyWorkspaceEdit(uri, text, disable.edit!)
    expect(edited).toBe('\uFEFF<!-- newslint-disable-next-line hedge -->\nDer Minister soll angeblich zurücktreten.\n')
  })

  it('offers no comment for a finding in the frontmatter, where none can stand', async () => {
    const text = '---\ntitle: Der Minister soll angeblich zurücktreten\nlang: de\n---\n\nDer Minister soll angeblich zurücktreten.\n'
    const { diagnostics, disables } = await disableActions(text, 'hedge')
    const lines = diagnostics.map((diagnostic) => diagnostic.range.start.line)
    expect(lines).toContain(1)
    expect(lines).toContain(5)
    diagnostics.forEach((diagnostic, index) => expect(disables[index].length > 0).toBe(diagnostic.range.start.line > 3))
  })
})

describe('hover', () => {
  it('explains the rule under the cursor: what it checks, the standard, a bad and a good example', async () => {
    const { client, uri, diagnostics } = await openArticle()
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: diagnostics[0].range.start.line, character: diagnostics[0].range.start.character + 3 }
    })
    const text = (hover!.contents as MarkupContent).value
    const meta = ruleById('quotes')!.meta
    const examples = docExamples('quotes')
    expect(text).toContain(diagnostics[0].message)
    expect(text).toContain(meta.summary)
    expect(text).toContain(meta.standard)
    expect(text).toContain(examples.find((example) => !example.ok)!.markdown.trim())
    expect(text).toContain(examples.find((example) => example.ok)!.markdown.trim())
    expect(hover!.range).toEqual(diagnostics[0].range)

    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } })
    expect(nothing).toBeNull()
  })

  it("shows the article's sources over the headline, in the article's language: each source, its kind, and the share of claims with a named source", async () => {
    const { client, uri } = await openArticle()
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } })
    const text = (hover!.contents as MarkupContent).value
    expect(text).toMatch(/\*\*newslint-Quellen\*\*: \d+ von \d+ Aussagen \(\d+ %\) mit benannter Quelle/)
    expect(text).toMatch(/- Der Minister \(benannt, (1 Satz|\d+ Sätze)\)/)
    expect(text).toMatch(/- Die Ministerin \(benannt, (1 Satz|\d+ Sätze)\)/)
    expect(hover!.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 16 } })
  })
})

describe('related information', () => {
  it("points at a finding's cause in the same document", async () => {
    // credit-line: an article that cites an agency but has no credit line; the cause is the citation.
    const client = await workspace().client()
    const uri = workspace().uri('meldung.md')
    await client.open(uri, 'Der Zug war verspätet, berichtete die dpa.\n')
    const [diagnostic] = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'credit-line')
    expect(diagnostic.message).toBe('Quellenzeile fehlt: dpa nennen')
    expect(diagnostic.relatedInformation).toEqual([
      // First the reason, at the finding itself, then the cause.
      {
        location: { uri, range: diagnostic.range },
        message: 'dpa: der Text zitiert die Agentur. Agenturmaterial darf nur mit Quellenangabe erscheinen.'
      },
      {
        location: { uri, range: { start: { line: 0, character: 38 }, end: { line: 0, character: 41 } } },
        message: 'dpa: der Text zitiert die Agentur'
      }
    ])
  })
})

describe('suggested wording', () => {
  const VAGUE = 'Berichten zufolge soll Kim nach Russland reisen.\n'
  const PHRASE = { start: { line: 0, character: 0 }, end: { line: 0, character: 17 } }

  async function nameTheSource(capabilities: object) {
    const client = await workspace().client({ capabilities })
    const uri = workspace().uri('kim.md')
    await client.open(uri, VAGUE)
    const [diagnostic] = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'vague-source')
    expect(diagnostic.range).toEqual(PHRASE)
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] }
    })
    return { uri, action: actions.find((action) => action.title === 'Quelle benennen: „Laut [Medium]“')! }
  }

  it('turns a vague "Berichten zufolge" into "Laut" and a tab stop on the outlet, for a client that takes snippet edits', async () => {
    const { uri, action } = await nameTheSource({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } })
    expect(action.kind).toBe('quickfix')
    expect(action.edit?.documentChanges).toEqual([
      { textDocument: { uri, version: 1 }, edits: [{ range: PHRASE, snippet: { kind: 'snippet', value: 'Laut ${1:Medium}' } }] }
    ])
  })

  it('writes the placeholder in brackets for a client without snippet edits', async () => {
    const { uri, action } = await nameTheSource({ workspace: { workspaceEdit: { documentChanges: true } } })
    expect(applyWorkspaceEdit(uri, VAGUE, action.edit!)).toBe('Laut [Medium] soll Kim nach Russland reisen.\n')
  })

  it('offers the credit line for an agency the text only cites, to confirm: the agency as the tab stop', async () => {
    const client = await workspace().client({
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } }
    })
    const uri = workspace().uri('meldung.md')
    const text = 'Der Zug war verspätet, berichtete die dpa.\n'
    await client.open(uri, text)
    const [diagnostic] = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'credit-line')
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] }
    })
    const insert = actions.find((action) => action.title === 'Quellenzeile einfügen: dpa')!
    const end = { line: 0, character: 42 }
    expect(insert.edit?.documentChanges).toEqual([
      { textDocument: { uri, version: 1 }, edits: [{ range: { start: end, end }, snippet: { kind: 'snippet', value: '\n\n${1:dpa}' } }] }
    ])
  })

  it('shows the reason in the hover, under the message', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('kim.md')
    await client.open(uri, VAGUE)
    await client.diagnosticsFor(uri, 1)
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } })
    const text = (hover!.contents as MarkupContent).value
    expect(text).toContain('Vage Quelle „Berichten zufolge“: Wer genau?\n\nDer Leser kann diese Quelle nicht einordnen.')
    expect(text).toContain('[Rule documentation](')
  })
})
