import { setFlagsFromString } from 'node:v8'

// V8 writes an unknown flag's error to standard output, where it would corrupt a JSON or SARIF
// report; the flags below were measured on V8 11 (Node 20), so other versions keep V8's defaults.
const MEASURED_V8 = /^11\./

const LINT_RUN_FLAGS = [
  // The optimising compiler took 40% of a corpus run's CPU, recompiling big functions inlined whole
  // after each deopt; later optimisation of smaller units costs a quarter less (`npm run bench -- command`).
  '--interrupt-budget=270000',
  '--max-inlined-bytecode-size-cumulative=300',
  // The heap may grow to four times what a full collection left before the next one; growing by 30%
  // keeps a large file's peak near its live memory for about the same CPU (`npm run bench -- shapes`).
  '--heap-growing-percent=30'
]

/**
 * V8 settings for a lint run, which is short and whose hot code is large. The language server runs
 * for hours and keeps V8's defaults. The flags are the process's: lint workers started later share them.
 */
export function tuneV8ForLintRun(): void {
  if (!MEASURED_V8.test(process.versions.v8)) return
  for (const flag of LINT_RUN_FLAGS) setFlagsFromString(flag)
}
