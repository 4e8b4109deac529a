#!/usr/bin/env node
import { startServer } from '../lsp/server.js'

// `newslint-lsp --stdio`: the language server for editors (stdio is the only transport).
if (!process.argv.includes('--stdio')) {
  process.stderr.write('Usage: newslint-lsp --stdio\n')
  process.exit(2)
}
startServer()
