import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { RULES } from '../../rules/index.js'
import { analyze } from '../engine/analyze.js'
import { append } from '../engine/arrays.js'
import { ChangedSince } from './changed.js'
import { ConfigError, analyzeOptions, parseRuleSetting, type RuleSetting } from '../config/config.js'
import { InputError, decodeInput, expandArguments, readText } from './files.js'
import { ERROR, WARNING } from '../lint/lint.js'
import { type FileOutcome, isJob, lintText, planFile, withinLimits } from './lint-files.js'
import { stoppedExitCode, watchInterruption } from './interruption.js'
import { lintFiles } from './pool.js'
import { REPORTERS } from './reporters/index.js'
import type { ReportedResult } from './reporters/reporter.js'
import { ConfigResolver } from '../config/resolver.js'
import { serializeArticle } from '../engine/serialize.js'
import { printableLine, writePrintableJson } from './printable.js'
import { type StagedArticle, visitStaged } from './staged.js'
import { StandardInput } from './stdin.js'
import { VERSION } from '../version.js'

export interface Io {
  cwd: string
  /** Bytes only to hand standard input back as it came; may return a promise when the output is full, which the caller waits for before writing more. */
  stdout: (text: string | Uint8Array) => void | Promise<void>
  stderr: (text: string) => void
  /** Standard input as it arrives; read only with `--stdin`. */
  stdin: AsyncIterable<Uint8Array>
}

/** Usage errors: wrong flags or values. Exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: newslint [options] [files, folders or globs…]
       newslint analyze FILE…      print the article model as JSON
       newslint lsp --stdio        run the language server for editors

Options:
  -f, --format NAME         stylish (default), json, sarif, github, gitlab
      --fix                 apply fixes to the files (atomically)
  -q, --quiet               report errors only
      --suggestions         show suggestions in the stylish report (JSON, SARIF, GitHub and GitLab always carry them)
      --verbose             stylish: say under each finding why (the claim, the cue, the source)
      --max-warnings N      exit 1 when there are more than N warnings (suggestions never count)
  -c, --config PATH         use this config file for every file
      --rule ID=SEVERITY    set a rule to off, suggestion, warn or error (repeatable)
      --stdin               lint standard input
      --stdin-filename PATH the path standard input stands for
      --staged              lint the staged markdown files as the commit will hold them (a git pre-commit hook)
      --changed-since REF   only findings on lines added or edited since the git REF
      --shard K/N           lint only the K-th of N stable slices of the files
      --list-rules          list the rules
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 clean, 1 error-level findings (or too many warnings), 2 usage, config or file errors.
`

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  suggestions: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  staged: { type: 'boolean', default: false },
  'changed-since': { type: 'string' },
  shard: { type: 'string' },
  'list-rules': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false }
} satisfies ParseArgsConfig['options']

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'analyze') return await runAnalyze(argv.slice(1), io)
    if (argv[0] === 'lsp') return await runLanguageServer(argv.slice(1))
    return await runLint(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, error.message)
      io.stderr(`${USAGE.split('\n')[0]}\nRun "newslint --help" for the options.\n`)
      return 2
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      complain(io, error.message)
      return 2
    }
    throw error
  }
}

function parse(argv: string[], cwd: string) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0])
  }
  // Hooks pass the staged files after the options: a committed `--config=x.md` must not become one.
  // With --staged no file is passed (it reads the index): every option is the hook's own, and a
  // committed file named "--staged" must not stop every commit.
  if (parsed.values.staged) return parsed
  for (const token of parsed.tokens) {
    if (token.kind === 'option' && existsSync(resolve(cwd, argv[token.index])))
      throw new UsageError(`"${argv[token.index]}" is a file and an option, expected file names after "--"`)
  }
  return parsed
}

async function runLint(argv: string[], io: Io): Promise<number> {
  const stdin = new StandardInput(io.stdin)
  try {
    return await lint(argv, io, stdin)
  } catch (error) {
    // An editor piping its buffer through `--stdin --fix` replaces it with what it gets: whatever
    // stopped the lint (a wrong flag, a broken config, input too large), the message says why and the text stays.
    if (fixesStdin(argv)) await stdin.passThrough(io.stdout)
    throw error
  } finally {
    await stdin.close()
  }
}

/** Whether the arguments ask for `--stdin --fix`, read leniently: also when they are otherwise wrong. */
function fixesStdin(argv: string[]): boolean {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false })
  return values.stdin === true && values.fix === true
}

async function lint(argv: string[], io: Io, stdin: StandardInput): Promise<number> {
  const { values, positionals } = parse(argv, io.cwd)
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  if (values['list-rules']) {
    io.stdout(listRules())
    return 0
  }
  const loadReporter = REPORTERS.get(values.format)
  if (!loadReporter) throw new UsageError(`unknown format "${values.format}", expected one of ${[...REPORTERS.keys()].join(', ')}`)
  const maxWarnings = parseMaxWarnings(values['max-warnings'])
  const shard = parseShard(values.shard)
  const resolver = configResolver(values.config, io, parseRuleFlags(values.rule))
  const changedSince = values['changed-since'] === undefined ? undefined : new ChangedSince(values['changed-since'])
  const results: ReportedResult[] = []
  const errors: Error[] = []
  const notices: string[] = []

  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('--stdin takes no file arguments')
    if (values.staged) throw new UsageError('--stdin and --staged lint different texts: give one of them')
    const input = await stdin.read()
    const standsFor = { path: resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md'), display: values['stdin-filename'] ?? '<stdin>' }
    const { result, output } = lintStdin(input, standsFor, resolver, values.fix, changedSince)
    // Standard input goes back out whole, fixed or not: an editor piping its buffer through replaces it with what it gets.
    if (values.fix) await stdin.answer(output, io.stdout)
    if (result) results.push(result)
  } else if (values.staged) {
    if (positionals.length > 0) throw new UsageError('--staged takes no file arguments: it lints every staged markdown file')
    if (values.fix) throw new UsageError('--staged cannot fix: the index is no file to write; run --fix on the files and stage them again')
    const stagedErrors = visitStaged(io.cwd, (article) => {
      if (shard && !inShard(article.display, shard)) return
      const outcome = lintStaged(article, resolver, io.cwd, changedSince)
      if (outcome && 'error' in outcome) errors.push(new InputError(outcome.error))
      else if (outcome) results.push(outcome.result)
    })
    append(errors, stagedErrors)
  } else {
    if (positionals.length === 0) throw new UsageError('no files given')
    const { files, named, errors: inputErrors } = await expandArguments(positionals, io.cwd)
    append(errors, inputErrors)
    changedSince?.prepare(files)
    const selected = shard ? files.filter((path) => inShard(relative(io.cwd, path), shard)) : files
    const threads = parseThreads(process.env.NEWSLINT_THREADS)
    // Only a fix writes: a run that only reads may end the moment it is asked to.
    const interruption = values.fix ? watchInterruption() : undefined
    let outcomes: FileOutcome[]
    let signal: NodeJS.Signals | undefined
    try {
      outcomes = await lintFiles(selected, {
        cwd: io.cwd,
        fix: values.fix,
        resolver,
        ...(changedSince ? { changedSince } : {}),
        ...(threads ? { threads } : {}),
        ...(interruption ? { interruption } : {})
      })
    } finally {
      signal = await interruption?.end()
    }
    if (signal) {
      complain(io, `stopped by ${signal}: the files fixed so far are written whole, the others are unchanged`)
      return stoppedExitCode(signal)
    }
    outcomes.forEach((outcome, index) => {
      if (outcome && 'error' in outcome) errors.push(new InputError(outcome.error))
      else if (outcome) results.push(outcome.result)
      // A file named on the command line and ignored would otherwise pass in silence, as if it were clean.
      else if (named.has(selected[index]))
        notices.push(
          `${relative(io.cwd, selected[index])}: not linted, its path is ignored (by a config's "ignore", a .newslintignore or node_modules)`
        )
    })
  }

  // With --fix on standard input, the fixed text goes to stdout and the report to stderr.
  const report = (await loadReporter())(results, {
    cwd: io.cwd,
    quiet: values.quiet,
    suggestions: values.suggestions,
    verbose: values.verbose
  })
  const write = values.stdin && values.fix ? io.stderr : io.stdout
  if ('json' in report) await writePrintableJson(report.json, write)
  else for (const piece of 'text' in report ? [report.text] : report.pieces) await write(piece)
  for (const notice of notices) complain(io, notice)
  for (const error of unique(errors)) complain(io, error.message)

  if (errors.length > 0) return 2
  const findings = results.flatMap((result) => result.findings)
  // Suggestions are for review: they never fail a run.
  const errorCount = findings.filter((finding) => finding.severity === ERROR).length
  const warningCount = findings.filter((finding) => finding.severity === WARNING).length
  return errorCount > 0 || (maxWarnings !== undefined && warningCount > maxWarnings) ? 1 : 0
}

/** Standard input linted as the file it stands for; an ignored path is left alone: nothing reported, and a fix hands the text back unchanged. */
function lintStdin(
  input: Uint8Array,
  { path, display }: { path: string; display: string },
  resolver: ConfigResolver,
  fix: boolean,
  changedSince: ChangedSince | undefined
): { result?: ReportedResult; output: string } {
  const source = decodeInput(input, display)
  if (resolver.isIgnored(path)) return { output: source }
  const config = resolver.forFile(path)
  const lines = changedSince ? changedSince.lines(path, source) : 'all'
  return lintText(path, source, config, fix, lines, display)
}

/** A staged file's text linted as that file: its config and ignore rules are the file's. */
function lintStaged(article: StagedArticle, resolver: ConfigResolver, cwd: string, changedSince: ChangedSince | undefined): FileOutcome {
  const job = planFile(resolver, cwd, article.path)
  if (!isJob(job)) return job
  if (typeof job.config === 'string') return { error: job.config }
  try {
    const lines = changedSince ? changedSince.lines(article.path, article.text, true) : 'all'
    return { result: lintText(article.path, article.text, job.config, false, lines, article.display).result }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { error: error.message }
  }
}

/** The configs for the files named: `--config` or discovery; their warnings go to standard error. */
function configResolver(configPath: string | undefined, io: Io, overrides?: Map<string, RuleSetting>): ConfigResolver {
  return new ConfigResolver({
    ...(configPath ? { configPath: resolve(io.cwd, configPath) } : {}),
    ...(overrides ? { overrides } : {}),
    onWarning: (message) => complain(io, message)
  })
}

async function runAnalyze(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, io.cwd)
  if (positionals.length === 0) throw new UsageError('analyze needs at least one file')
  const resolver = configResolver(values.config, io)
  const models = []
  let failed = false
  for (const arg of positionals) {
    const path = resolve(io.cwd, arg)
    try {
      const config = resolver.forFile(path)
      const source = readText(path, arg)
      models.push(serializeArticle(withinLimits(arg, () => analyze(arg, source, analyzeOptions(config)))))
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error
      complain(io, error.message)
      failed = true
    }
  }
  await writePrintableJson(models.length === 1 ? models[0] : models, io.stdout)
  return failed ? 2 : 0
}

/** The server runs until the client goes away, which ends the process; this never returns. */
async function runLanguageServer(argv: string[]): Promise<number> {
  if (!argv.includes('--stdio')) throw new UsageError('lsp expects --stdio (the only transport)')
  // Loaded on demand: a plain lint run does not pay for the protocol library.
  const { startServer } = await import('../lsp/server.js')
  startServer()
  return new Promise<number>(() => {})
}

function parseRuleFlags(flags: string[]): Map<string, RuleSetting> {
  const overrides = new Map<string, RuleSetting>()
  for (const flag of flags) {
    const [id, severity, ...rest] = flag.split('=')
    if (!id || severity === undefined || rest.length > 0) throw new UsageError(`--rule expects ID=SEVERITY, got "${flag}"`)
    try {
      overrides.set(id, parseRuleSetting(id, severity, undefined, '--rule', id))
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }
  return overrides
}

/** NEWSLINT_THREADS: how many threads lint files (1: only the main thread); unset, one per idle core. */
function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`NEWSLINT_THREADS expects a whole number from 1 to 999, got "${value}"`)
  return Number(value)
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got "${value}"`)
  return Number(value)
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects K/N with 1 <= K <= N, got "${value}"`)
  return { index, count }
}

/** A file's shard depends only on its path, so every CI job agrees without talking to the others. */
function inShard(path: string, shard: { index: number; count: number }): boolean {
  const digest = createHash('sha1').update(path.split('\\').join('/')).digest()
  return digest.readUInt32BE(0) % shard.count === shard.index - 1
}

function listRules(): string {
  const rows = RULES.map(
    (rule) =>
      `${rule.meta.id.padEnd(16)} ${rule.meta.severity.padEnd(10)} ${(rule.meta.fixable ? 'fixable' : '').padEnd(8)} ${rule.meta.languages.join(',').padEnd(6)} ${rule.meta.summary}`
  )
  return rows.join('\n') + '\n'
}

/** A message on stderr; the file names and values in it come from input and are shown escaped. */
function complain(io: Io, message: string): void {
  io.stderr(`newslint: ${printableLine(message)}\n`)
}

function unique(errors: Error[]): Error[] {
  const seen = new Set<string>()
  return errors.filter((error) => !seen.has(error.message) && seen.add(error.message))
}
