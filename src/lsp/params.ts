// The parameters the client sends, checked against the shapes the protocol gives them before the
// server or the protocol library acts on them: the library trusts them, so a string where a
// position belongs would fail deep inside a handler, and a change it cannot apply would leave a
// document half edited. Only the fields the server reads are checked; more are welcome. Not the
// config's `schemaProblem`: its mappings are closed and every key optional, while a protocol object
// is open and has required fields; not ajv: a few shapes, at no start-up cost for the server.

/** Why `value` (found at `at`) does not have the expected shape, or undefined when it has. */
type Check = (value: unknown, at: string) => string | undefined

const MAX_UINTEGER = 2 ** 31 - 1

function unexpected(value: unknown, at: string, expected: string): string {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return `unexpected ${kind} at ${at}, expected ${expected}`
}

const text: Check = (value, at) => (typeof value === 'string' ? undefined : unexpected(value, at, 'a string'))

const integer: Check = (value, at) => (Number.isSafeInteger(value) ? undefined : unexpected(value, at, 'a whole number'))

const uinteger: Check = (value, at) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_UINTEGER
    ? undefined
    : unexpected(value, at, `a whole number from 0 to ${MAX_UINTEGER}`)

function optional(check: Check): Check {
  return (value, at) => (value === undefined ? undefined : check(value, at))
}

function nullable(check: Check): Check {
  return (value, at) => (value === null ? undefined : check(value, at))
}

function object(fields: Record<string, Check>): Check {
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return unexpected(value, at, 'an object')
    for (const [name, check] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[name], `${at}.${name}`)
      if (problem) return problem
    }
    return undefined
  }
}

function arrayOf(check: Check): Check {
  return (value, at) => {
    if (!Array.isArray(value)) return unexpected(value, at, 'an array')
    for (const [index, item] of value.entries()) {
      const problem = check(item, `${at}[${index}]`)
      if (problem) return problem
    }
    return undefined
  }
}

const POSITION = object({ line: uinteger, character: uinteger })
const RANGE = object({ start: POSITION, end: POSITION })
const DOCUMENT = object({ uri: text })
const CHANGE = object({ range: optional(RANGE), rangeLength: optional(uinteger), text })

/** A change is the whole text or a range's: a length without a range is neither. */
const change: Check = (value, at) => {
  const problem = CHANGE(value, at)
  if (problem) return problem
  const { range, rangeLength } = value as { range?: unknown; rangeLength?: unknown }
  return range === undefined && rangeLength !== undefined
    ? `unexpected rangeLength without range at ${at}, expected both or neither`
    : undefined
}

const PARAMS: Record<string, Check> = {
  initialize: object({
    processId: optional(nullable(integer)),
    capabilities: object({}),
    rootUri: optional(nullable(text)),
    workspaceFolders: optional(nullable(arrayOf(object({ uri: text }))))
  }),
  'textDocument/didOpen': object({ textDocument: object({ uri: text, languageId: text, version: integer, text }) }),
  'textDocument/didChange': object({ textDocument: object({ uri: text, version: integer }), contentChanges: arrayOf(change) }),
  'textDocument/didClose': object({ textDocument: DOCUMENT }),
  'textDocument/didSave': object({ textDocument: DOCUMENT }),
  'textDocument/willSave': object({ textDocument: DOCUMENT }),
  'textDocument/willSaveWaitUntil': object({ textDocument: DOCUMENT }),
  'textDocument/hover': object({ textDocument: DOCUMENT, position: POSITION }),
  'textDocument/codeAction': object({
    textDocument: DOCUMENT,
    range: RANGE,
    context: object({ diagnostics: arrayOf(object({})), only: optional(arrayOf(text)) })
  }),
  'workspace/didChangeWatchedFiles': object({ changes: arrayOf(object({ uri: text, type: integer })) })
}

/** Why `params` do not fit `method` ("unexpected string at params.position, expected an object"); undefined when they do. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  return Object.hasOwn(PARAMS, method) ? PARAMS[method](params, 'params') : undefined
}
