import { setFlagsFromString } from 'node:v8'

// V8 writes an unknown flag's error to standard output, where it would corrupt a JSON or SARIF
// report; the flags below were measured on V8 11 (Node 20), so other versions keep V8's defaults.
/** Whether this V8 is the one the flags below were measured on, so that a lint run sets them. */
export const V8_TUNED = /^11\./.test(process.versions.v8)

// The heap may grow to four times what a full collection left before the next one; growing by 30%
// keeps a large file's peak near its live memory for about the same CPU (`npm run bench -- shapes`).
const HOLD_HEAP_GROWTH = '--heap-growing-percent=30'

const LINT_RUN_FLAGS = [
  // The optimising compiler took 40% of a corpus run's CPU, recompiling big functions inlined whole
  // after each deopt; later optimisation of smaller units costs a quarter less (`npm run bench -- command`).
  '--interrupt-budget=270000',
  '--max-inlined-bytecode-size-cumulative=300',
  HOLD_HEAP_GROWTH
]

/**
 * Bytes from which a file is linted only once all lint workers are up (see `holdYoungGenerationFor`):
 * the corpus's longest article has 33,000, a long feature 60,000.
 */
export const LARGE_TEXT_CHARS = 100_000

/**
 * Tokens (words, spaces, punctuation) from which a text is no article: the corpus's longest article
 * has about 12,000, a long feature about 20,000. Memory follows tokens, not characters: 30 KB of
 * "(a " holds as many as 90 KB of prose.
 */
const LARGE_TEXT_TOKENS = 25_000

/**
 * V8 settings for a lint run, which is short and whose hot code is large. The language server runs
 * for hours and keeps V8's defaults. The flags are the process's: lint workers started later share them.
 */
export function tuneV8ForLintRun(): void {
  if (!V8_TUNED) return
  for (const flag of LINT_RUN_FLAGS) setFlagsFromString(flag)
}

/**
 * Before linting `text`: from LARGE_TEXT_TOKENS on, keep V8's young generation at the size start-up
 * left (2 MB a semi-space) for the rest of the run. Doubled up to 16 MB it holds 32 MB, a third of
 * the memory goal for a file of 0.1 MB; kept small it saves 30-70 MB on the large shapes for 5-40%
 * more CPU, which an article's run does not pay (`npm run bench -- shapes`). V8 resets the growth
 * factor whenever it sets up a heap, as a new lint worker does: the pool starts linting a large
 * file once all are up.
 */
export function holdYoungGenerationFor(text: string): void {
  if (!V8_TUNED || estimatedTokens(text) < LARGE_TEXT_TOKENS) return
  setFlagsFromString('--semi-space-growth-factor=1')
}

/** An upper estimate of a text's tokens: each character that is no ASCII letter or digit ends a word and may be a token itself. */
function estimatedTokens(text: string): number {
  let tokens = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at) | 32
    if (code < 128 && !(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) tokens += 2
  }
  return tokens
}

/**
 * For the language server once a document too long to keep between edits comes (an export of
 * megabytes): its heap grows as the lint run's does. With V8's defaults a 10 MB document peaked at
 * 1.45 GB, with this at 0.8 GB. Documents of articles' size keep the defaults, which their latency
 * was measured with.
 */
export function holdHeapGrowth(): void {
  if (V8_TUNED) setFlagsFromString(HOLD_HEAP_GROWTH)
}
