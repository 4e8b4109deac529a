#!/usr/bin/env node
import { once } from 'node:events'
import { isMainThread, workerData } from 'node:worker_threads'
import { main } from '../cli/cli.js'
import { WORKER_MARKER, serveLintJobs } from '../cli/pool.js'
import { printableLine } from '../cli/printable.js'
import { tuneV8ForLintRun } from '../cli/v8-flags.js'

// The program is also the lint workers' code: one bundle to load, already compiled.
if (!isMainThread && workerData?.[WORKER_MARKER]) serveLintJobs(workerData[WORKER_MARKER])
else run()

function run(): void {
  if (process.argv[2] !== 'lsp') tuneV8ForLintRun()
  process.stdout.on('error', endOnClosedOutput)
  process.stderr.on('error', endOnClosedOutput)
  const cwd = workingFolder()
  if (cwd === undefined) return
  main(process.argv.slice(2), {
    cwd,
    // A full pipe queues what is written in memory: wait for it to drain before the next piece.
    stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // A bug of ours: one line for the user, the stack only on request.
      process.stderr.write(`newslint: internal error: ${printableLine((error as Error).message)}\n`)
      if (process.env.NEWSLINT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
      process.exitCode = 2
    }
  )
}

/** The working folder, or one line and exit 2 where the system cannot say it (a path longer than PATH_MAX, a folder removed). */
function workingFolder(): string | undefined {
  try {
    return process.cwd()
  } catch (error) {
    process.stderr.write(`newslint: cannot read the working folder: ${printableLine((error as Error).message)}\n`)
    process.exitCode = 2
    return undefined
  }
}

/**
 * A reader that stops early (`newslint … | head`, a pager quit) closes the pipe under the report:
 * stop as a shell program stopped by that pipe does (exit 141), without a word. Any other failure
 * to write the report is one line and exit 2.
 */
function endOnClosedOutput(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(141)
  process.stderr.write(`newslint: cannot write the report: ${printableLine(error.message)}\n`)
  process.exit(2)
}
