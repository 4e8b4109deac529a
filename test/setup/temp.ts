import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Every test makes its folders under one run folder that goes when the run ends: the folders of
// thousands of tests (and of the programs they start, which inherit TMPDIR) must not pile up in
// the machine's temporary folder.
export default function setup(): () => void {
  const outer = process.env.TMPDIR
  const run = mkdtempSync(join(tmpdir(), 'newslint-tests-'))
  // Open to every user, as the machine's temporary folder is: some tests run newslint as another user.
  chmodSync(run, 0o1777)
  process.env.TMPDIR = run
  return () => {
    if (outer === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = outer
    rmSync(run, { recursive: true, force: true, maxRetries: 3 })
  }
}
