/** The VS Code client: starts the language server over node IPC and registers the commands. */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { CodeLensRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/service/config';
import { describeSummary, type TemplateSummary } from '../../server/src/service/summary';
import { newTemplate } from './newTemplate';
import { TemplatePreview } from './preview';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'outreach' }],
    // In an untrusted workspace the server ignores the config's custom patterns and phrase folders.
    initializationOptions: { workspaceTrusted: workspace.isTrusted },
    synchronize: {
      configurationSection: 'outreach',
      fileEvents: workspace.createFileSystemWatcher('**/.outreachrc.json'),
    },
  };
  client = new LanguageClient('outreach', 'Outreach Etiquette', serverOptions, clientOptions);
  const preview = new TemplatePreview();
  context.subscriptions.push(
    preview,
    commands.registerCommand('outreach.preview', (uri?: unknown) => preview.open(uri instanceof Uri ? uri : undefined)),
    commands.registerCommand('outreach.newTemplate', () => newTemplate(context)),
    commands.registerCommand('outreach.fixAll', () => commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.outreach', apply: 'first' })),
    commands.registerCommand('outreach.showSummary', showSummary),
    workspace.onDidGrantWorkspaceTrust(
      () => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION).catch((error: unknown) => client?.error('Could not tell the server about workspace trust', error, false)),
    ),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** From the code lens the summary comes as the argument; from the palette it is asked of the server. */
async function showSummary(summary?: TemplateSummary): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!summary && client && document?.languageId === 'outreach') {
    const lenses = await client.sendRequest(CodeLensRequest.type, { textDocument: { uri: document.uri.toString() } });
    summary = lenses?.[0]?.command?.arguments?.[0] as TemplateSummary | undefined;
  }
  void window.showInformationMessage(summary ? describeSummary(summary) : 'Open an outreach template to see its summary.');
}
