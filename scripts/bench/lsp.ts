import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { recommendedConfig } from '../../src/config/config.js'
import { packagePath } from '../../src/engine/lexicon.js'
import { lintSource } from '../../src/lint/lint.js'
import { readCorpus } from '../corpus.js'
import { LspClient, delay } from '../lsp-client.js'

const WORDS = 2000
const BURSTS = 60
const KEYS_PER_BURST = 3
// A fast typist: a key every 40 ms, then a pause while the diagnostics come.
const KEY_INTERVAL_MS = 40
const GOAL_MS = 50

/**
 * Editor latency against the real, built server over stdio: a 2,000-word German article is
 * edited in short typing bursts; each sample is the time from the burst's last key to the
 * diagnostics for that version.
 */
export async function lspLatency(): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'newslint-bench-lsp-'))
  mkdirSync(join(root, '.git'))
  const client = await LspClient.start({
    command: [process.execPath, packagePath('dist', 'src', 'bin', 'newslint-lsp.js'), '--stdio'],
    cwd: root
  })
  try {
    const paragraphs = article()
    const uri = pathToFileURL(join(root, 'artikel.md')).href
    await client.open(uri, paragraphs.join('\n\n') + '\n')
    await client.diagnosticsFor(uri, 1, 60_000)
    let version = 1
    const samples: number[] = []
    for (let burst = 0; burst < BURSTS + 5; burst++) {
      // Type into a different paragraph each time (line 2k holds paragraph k), at its start.
      const line = 2 * (1 + (burst % (paragraphs.length - 1)))
      let sent = 0
      for (let key = 0; key < KEYS_PER_BURST; key++) {
        if (key > 0) await delay(KEY_INTERVAL_MS)
        version++
        sent = performance.now()
        await client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }])
      }
      await client.diagnosticsFor(uri, version, 60_000)
      // The first bursts warm the server up (JIT, caches), as the first minute in an editor does.
      if (burst >= 5) samples.push(performance.now() - sent)
      await delay(100)
    }
    // The engine alone on the same text, in this process: what the server adds is the difference.
    const text = paragraphs.join('\n\n') + '\n'
    const config = recommendedConfig()
    const engine: number[] = []
    for (let run = 0; run < 20; run++) {
      const start = performance.now()
      lintSource('artikel.md', text, config)
      engine.push(performance.now() - start)
    }
    const { p50, p95, max } = percentiles(samples)
    const alone = percentiles(engine.slice(5))
    return [
      `editor latency (language server, ${WORDS}-word article, ${BURSTS} typing bursts): last key to diagnostics`,
      `  p50 ${p50.toFixed(0).padStart(4)} ms  p95 ${p95.toFixed(0).padStart(4)} ms  max ${max.toFixed(0).padStart(4)} ms  (goal: p95 within ${GOAL_MS} ms)`,
      `  engine alone on the same text: p50 ${alone.p50.toFixed(0).padStart(4)} ms  p95 ${alone.p95.toFixed(0).padStart(4)} ms`
    ]
  } finally {
    await client.stop()
    rmSync(root, { recursive: true, force: true })
  }
}

function percentiles(values: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] }
}

/** A German article of about WORDS words from the corpus: a headline, then one paragraph per corpus sentence group. */
function article(): string[] {
  const paragraphs = ['# Nachrichten des Tages']
  let words = 0
  for (const { text } of readCorpus()) {
    if (words >= WORDS) break
    const body = text
      .split(/(?<=[.!?]) /)
      .slice(1, 6)
      .join(' ')
    paragraphs.push(body)
    words += body.split(/\s+/).length
  }
  return paragraphs
}
