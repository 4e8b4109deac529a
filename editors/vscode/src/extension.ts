import { realpathSync } from 'node:fs'
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { chooseServer } from './server-path.js'

/** Markdown files on disk and unsaved markdown buffers: newslint lints both. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' }
]

let client: LanguageClient | undefined
let missingServer: vscode.StatusBarItem | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.getConfiguration('newslint').get<boolean>('enable', true)) return
  const output = vscode.window.createOutputChannel('newslint', { log: true })
  context.subscriptions.push(output)
  // Trust granted: the workspace's own newslint may run now.
  if (!vscode.workspace.isTrusted) {
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context, output)))
  }
  await start(context, output)
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  const setting = vscode.workspace.getConfiguration('newslint').get<string>('serverPath', '')
  const server = chooseServer(setting, folders, context.extensionPath, vscode.workspace.isTrusted)
  for (const reason of server?.passedOver ?? []) output.appendLine(`newslint: not starting ${reason}`)
  if (!server) {
    reportMissingServer(context, output, setting)
    return
  }
  output.appendLine(`newslint: starting the language server from ${server.path} (${server.origin})`)
  // npm's .bin entries are links to the program; Node must be given the program itself.
  const module = realpathSync(server.path)
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio }
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server registers its own watchers for config and ignore files.
    outputChannel: output
  }
  client = new LanguageClient('newslint', 'newslint', serverOptions, clientOptions)
  await client.start()
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  await deactivate()
  await start(context, output)
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
  missingServer?.dispose()
  missingServer = undefined
}

function reportMissingServer(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, setting: string): void {
  const reason =
    setting.trim() !== ''
      ? `the newslint.serverPath setting points at ${setting}, which does not exist`
      : 'no newslint language server was found'
  output.appendLine(`newslint: ${reason}. Install newslint in the workspace (npm install --save-dev newslint) or fix the setting.`)
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left)
  item.text = '$(warning) newslint: no server'
  item.tooltip = `${reason}; open the newslint output for how to install it`
  item.command = 'workbench.action.output.toggleOutput'
  item.show()
  context.subscriptions.push(item)
  missingServer = item
}
