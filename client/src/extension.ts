/** The VS Code client: starts the language server over node IPC and forwards settings and commands. */
import * as path from 'node:path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'outreach' }],
    synchronize: {
      configurationSection: 'outreach',
      fileEvents: workspace.createFileSystemWatcher('**/.outreachrc.json'),
    },
  };
  client = new LanguageClient('outreach', 'Outreach Etiquette', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('outreach.fixAll', () => commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.outreach', apply: 'first' })),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
