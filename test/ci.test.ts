import { existsSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

const ONLY_QUOTES = { '.newslintrc.json': onlyRule('quotes') }
const QUOTE = 'Er sagte: "Ja." Dann ging er.'
const CLEAN = 'Er sagte: „Ja.“ Dann ging er.'

interface GitlabIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: { path: string; lines: { begin: number; end?: number } }
}

function gitlab(cwd: string, ...files: string[]): GitlabIssue[] {
  return JSON.parse(runCli([...files, '--format', 'gitlab'], { cwd }).stdout) as GitlabIssue[]
}

describe('GitLab Code Quality report', () => {
  it('has the fields GitLab reads, with its severities', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes', 'error'), 'artikel/a.md': `# Titel\n\n${QUOTE}\n` })
    const [issue, ...rest] = gitlab(root, 'artikel')
    expect(rest).toEqual([])
    expect(issue).toEqual({
      description: 'Gerade Anführungszeichen: „…“ setzen',
      check_name: 'quotes',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'artikel/a.md', lines: { begin: 3, end: 3 } }
    })
    const warning = gitlab(tempTree({ ...ONLY_QUOTES, 'a.md': QUOTE }), 'a.md')[0]
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(warning.severity)
    expect(warning.severity).toBe('minor')
  })

  it('gives the same text twice two fingerprints, and keeps them when lines move', () => {
    const twice = `${QUOTE}\n\n${QUOTE}\n`
    const root = tempTree({ ...ONLY_QUOTES, 'a.md': twice })
    const before = gitlab(root, 'a.md').map((issue) => issue.fingerprint)
    expect(before).toHaveLength(2)
    expect(new Set(before).size).toBe(2)
    expect(gitlab(root, 'a.md').map((issue) => issue.fingerprint)).toEqual(before)
    // Adding a paragraph above moves both findings down; GitLab must still see the same two issues.
    writeFileSync(join(root, 'a.md'), `Ein neuer erster Absatz.\n\n${twice}`)
    const after = gitlab(root, 'a.md')
    expect(after.map((issue) => issue.location.lines.begin)).toEqual([3, 5])
    expect(after.map((issue) => issue.fingerprint)).toEqual(before)
  })

  it('gives the same finding in two files different fingerprints', () => {
    const root = tempTree({ ...ONLY_QUOTES, 'a.md': QUOTE, 'b.md': QUOTE })
    expect(new Set(gitlab(root, 'a.md', 'b.md').map((issue) => issue.fingerprint)).size).toBe(2)
  })
})

describe('GitHub annotations', () => {
  it('escapes properties and message text as workflow commands require', () => {
    // A file name with a comma and a colon, and a message carrying a percent sign (an unknown rule id from a comment).
    const root = tempTree({ ...ONLY_QUOTES, 'a,b:c.md': '<!-- newslint-disable 50%ig -->\n\nText.\n' })
    const out = runCli(['a,b:c.md', '--format', 'github'], { cwd: root }).stdout
    expect(out).toBe(
      '::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=32,title=newslint(inline-config)::Unbekannte Regel „50%25ig“ im newslint-disable-Kommentar\n'
    )
  })
})

describe('--changed-since', () => {
  function repository() {
    const root = tempTree({ ...ONLY_QUOTES, 'a.md': `# Titel\n\n${QUOTE}\n\n${CLEAN}\n` })
    git(root, 'init', '-q')
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'old archive')
    return root
  }
  const lines = (root: string, ref: string, ...files: string[]) =>
    (
      JSON.parse(runCli([...files, '--changed-since', ref, '--format', 'json'], { cwd: root }).stdout) as Array<{
        path: string
        messages: Array<{ line: number }>
      }>
    ).map((file) => ({
      path: file.path,
      lines: file.messages.map((message) => message.line)
    }))

  it('reports edited and added lines and new files, not untouched lines', () => {
    const root = repository()
    // Line 3 keeps its old finding; line 5 is edited to have one; line 7 is new.
    writeFileSync(join(root, 'a.md'), `# Titel\n\n${QUOTE}\n\n${QUOTE}\n\n${QUOTE}\n`)
    writeFileSync(join(root, 'neu.md'), `${QUOTE}\n`)
    expect(lines(root, 'HEAD', 'a.md', 'neu.md')).toEqual([
      { path: 'a.md', lines: [5, 7] },
      { path: 'neu.md', lines: [1] }
    ])
    // Without the option every finding shows.
    expect(JSON.parse(runCli(['a.md', '--format', 'json'], { cwd: root }).stdout)[0].messages).toHaveLength(3)
  })

  it('covers commits since the ref, as a pull request does', () => {
    const root = repository()
    git(root, 'checkout', '-qb', 'feature')
    writeFileSync(join(root, 'a.md'), `# Titel\n\n${QUOTE}\n\n${QUOTE}\n`)
    writeFileSync(join(root, 'neu.md'), `${QUOTE}\n`)
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'edit')
    expect(lines(root, 'main', 'a.md', 'neu.md')).toEqual([
      { path: 'a.md', lines: [5] },
      { path: 'neu.md', lines: [1] }
    ])
  })

  it('never runs a command from a committed folder that looks like a git directory', () => {
    const root = repository()
    const marker = join(root, '..', `${basename(root)}-ran`)
    // The parts of a git directory, committed under another name, set to run a command.
    const decoy = join(root, 'articles')
    git(root, 'init', '-q', '--bare', decoy)
    const commit = git(root, '--git-dir', decoy, 'commit-tree', git(root, '--git-dir', decoy, 'mktree').trim(), '-m', 'decoy').trim()
    git(root, '--git-dir', decoy, 'update-ref', 'refs/remotes/origin/master', commit)
    writeFileSync(join(decoy, 'config'), `[core]\n\trepositoryformatversion = 0\n\tworktree = .\n\tfsmonitor = "touch ${marker}; false"\n`)
    writeFileSync(join(decoy, 'b.md'), `${QUOTE}\n`)
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'articles')
    git(root, 'update-ref', 'refs/remotes/origin/master', 'HEAD')
    writeFileSync(join(decoy, 'b.md'), `${QUOTE}\n\n${QUOTE}\n`)
    const found = lines(root, 'origin/master', 'articles/')
    expect(existsSync(marker)).toBe(false)
    expect(found).toEqual([{ path: 'articles/b.md', lines: [3] }])
  })

  it('takes a file name with glob characters literally', () => {
    const root = repository()
    writeFileSync(join(root, 'x[1].md'), `${QUOTE}\n`)
    writeFileSync(join(root, 'x1.md'), `${CLEAN}\n`)
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'two files')
    expect(lines(root, 'HEAD', 'x[1].md')).toEqual([{ path: 'x[1].md', lines: [] }])
  })

  it('compares standard input, not the file on disk, with the ref', () => {
    const root = repository()
    const input = `# Titel\n\n${QUOTE}\n\n${QUOTE}\n`
    const run = runCli(['--stdin', '--stdin-filename', 'a.md', '--changed-since', 'HEAD', '--format', 'json'], { cwd: root, input })
    expect((JSON.parse(run.stdout) as Array<{ messages: Array<{ line: number }> }>)[0].messages.map((message) => message.line)).toEqual([5])
  })

  it('does not read a committed version too large to lint: the file counts as replaced', () => {
    const root = repository()
    const now = `# Titel\n\n${QUOTE}\n`
    // The same lines and one of 11 MB: read and compared, only that line would differ and nothing would show.
    writeFileSync(join(root, 'a.md'), `${now}\n${'x'.repeat(11 * 1024 * 1024)}\n`)
    git(root, 'commit', '-qam', 'an export pasted by mistake')
    writeFileSync(join(root, 'a.md'), now)
    expect(lines(root, 'HEAD', 'a.md')).toEqual([{ path: 'a.md', lines: [3] }])
  })

  it('takes a new file whose name looks like git’s answer for another file as new', () => {
    const root = repository()
    // git echoes a missing path in its answer: "<ref>:a.md blob 10 x.md missing".
    const name = 'a.md blob 10 x.md'
    writeFileSync(join(root, name), `# Titel\n\n${QUOTE}\n`)
    expect(lines(root, 'HEAD', name)).toEqual([{ path: name, lines: [3] }])
  })

  it('refuses a ref that is not a commit', () => {
    const run = runCli(['a.md', '--changed-since', 'nicht-da'], { cwd: repository() })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('"nicht-da" is not a commit')
  })
})

describe('--shard', () => {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`archiv/${2000 + (i % 7)}/artikel-${i}.md`, `${QUOTE}\n`]))
  const shard = (root: string, spec: string) =>
    (JSON.parse(runCli(['archiv', '--shard', spec, '--format', 'json'], { cwd: root }).stdout) as Array<{ path: string }>).map(
      (file) => file.path
    )

  it('splits the files into disjoint shards that together cover them all, the same way every time', () => {
    const root = tempTree({ ...ONLY_QUOTES, ...files })
    const shards = [1, 2, 3].map((k) => shard(root, `${k}/3`))
    expect(shards.flat().sort()).toEqual(Object.keys(files).sort())
    expect(new Set(shards.flat()).size).toBe(40)
    for (const part of shards) expect(part.length).toBeGreaterThan(0)
    expect(shard(root, '2/3')).toEqual(shards[1])
  }, 120_000)

  it('keeps every file in its shard when other files are added', () => {
    const root = tempTree({ ...ONLY_QUOTES, ...files })
    const before = shard(root, '2/3')
    writeFileSync(join(root, 'archiv', 'nachtrag.md'), `${QUOTE}\n`)
    const after = shard(root, '2/3')
    expect(after.filter((path) => path !== 'archiv/nachtrag.md')).toEqual(before)
  }, 60_000)

  it('refuses a shard outside 1..N', () => {
    const run = runCli(['archiv', '--shard', '4/3'], { cwd: tempTree({ ...ONLY_QUOTES, ...files }) })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--shard expects K/N')
  })
})
