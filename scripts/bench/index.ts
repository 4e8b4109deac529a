import { replaceAll } from './batch.js'
import { discovery } from './discovery.js'
import { command } from './command.js'
import { editorLatency } from './editor.js'
import { lspLatency } from './lsp.js'
import { oneDocument, scaling } from './scaling.js'
import { shapes } from './shapes.js'
import { startup } from './startup.js'
import { throughput } from './throughput.js'

/** The parts of `npm run bench`, run in order; each returns the lines it prints (`npm run bench -- command` for one). */
export const BENCHMARKS: Array<{ name: string; run: () => string[] | Promise<string[]> }> = [
  { name: 'throughput', run: throughput },
  { name: 'scaling', run: scaling },
  { name: 'document', run: oneDocument },
  { name: 'shapes', run: shapes },
  { name: 'discovery', run: discovery },
  { name: 'command', run: command },
  { name: 'lsp', run: lspLatency },
  { name: 'editor', run: editorLatency },
  { name: 'batch', run: replaceAll },
  { name: 'startup', run: startup }
]
