/** The VS Code client: starts the language server over node IPC and registers the commands. */
import * as path from 'node:path';
import { CodeActionKind, commands, Range, Uri, window, workspace, type CodeAction, type ExtensionContext } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMMANDS,
  FIX_ALL_KIND,
  SUMMARY_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type CommandName,
  type SummaryResult,
  type TemplateParams,
} from '../../server/src/protocol';
import { registerLanguageStatus } from './languageStatus';
import { newTemplate } from './newTemplate';
import { TemplatePreview } from './preview';
import { createRestartPolicy, SHOW_OUTPUT, type Notice } from './restartPolicy';
import { isTemplateDocument, TEMPLATE_DOCUMENTS } from './templateDocuments';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: TEMPLATE_DOCUMENTS,
    // In an untrusted workspace the server ignores the config's custom patterns and phrase folders.
    initializationOptions: { workspaceTrusted: workspace.isTrusted },
    synchronize: {
      configurationSection: 'outreach',
      fileEvents: workspace.createFileSystemWatcher('**/.outreachrc.json'),
    },
    errorHandler: restartingErrorHandler(),
  };
  const languageClient = new LanguageClient('outreach', 'Outreach Etiquette', serverOptions, clientOptions);
  client = languageClient;
  const preview = new TemplatePreview(languageClient);
  // One handler per contributed command: the protocol's table is what package.json contributes.
  const handlers: Record<CommandName, (...args: unknown[]) => Promise<void>> = {
    preview: (uri) => preview.open(uri instanceof Uri ? uri : undefined),
    newTemplate: () => newTemplate(context),
    fixAll,
    showSummary: (_summary, uri) => showSummary(languageClient, typeof uri === 'string' ? uri : undefined),
  };
  context.subscriptions.push(
    preview,
    registerLanguageStatus(context, languageClient),
    ...Object.entries(handlers).map(([name, handler]) => commands.registerCommand(COMMANDS[name as CommandName], handler)),
    workspace.onDidGrantWorkspaceTrust(
      () =>
        void languageClient
          .sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)
          .catch((error: unknown) => languageClient.error('Could not tell the server about workspace trust', error, false)),
    ),
  );
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Restarts a crashed server with one notification per burst of crashes, and gives up (saying so once) after too many;
 * `handled: true` keeps the library from adding notifications of its own, while the log lines still reach the output.
 */
function restartingErrorHandler(): ErrorHandler {
  const policy = createRestartPolicy();
  return {
    error(_error, _message, count) {
      const decision = policy.error(count);
      notify(decision.notice);
      return { action: decision.shutdown ? ErrorAction.Shutdown : ErrorAction.Continue, message: decision.log, handled: true };
    },
    closed() {
      const decision = policy.closed();
      notify(decision.notice);
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.log, handled: true };
    },
  };
}

function notify(notice: Notice | undefined): void {
  if (!notice) return;
  const show = notice.severity === 'error' ? window.showErrorMessage : window.showWarningMessage;
  void show(notice.message, SHOW_OUTPUT).then((choice) => {
    if (choice === SHOW_OUTPUT) client?.outputChannel.show(true);
  });
}

/** The server's fix-all action kind, `source.fixAll.outreach`. */
const FIX_ALL = CodeActionKind.Empty.append(FIX_ALL_KIND);

/** Applies the server's `source.fixAll.outreach` edit to the active template (asked for directly, so it never races the lightbulb). */
async function fixAll(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || !isTemplateDocument(document)) {
    void window.showInformationMessage('Open an outreach template to fix.');
    return;
  }
  const whole = new Range(0, 0, document.lineCount, 0);
  const actions = await commands.executeCommand<CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL.value);
  const edit = actions?.find((action) => action.kind && FIX_ALL.contains(action.kind))?.edit;
  if (!edit) {
    window.setStatusBarMessage('Outreach: nothing to fix', 3_000);
    return;
  }
  await workspace.applyEdit(edit);
}

/** The server describes the template: the code lens's (its second argument), or from the palette the active one. */
async function showSummary(languageClient: LanguageClient, lensUri: string | undefined): Promise<void> {
  const document = window.activeTextEditor?.document;
  const uri = lensUri ?? (document && isTemplateDocument(document) ? languageClient.code2ProtocolConverter.asUri(document.uri) : undefined);
  if (!uri) {
    void window.showInformationMessage('Open an outreach template to see its summary.');
    return;
  }
  try {
    const params: TemplateParams = { uri };
    const { description } = await languageClient.sendRequest<SummaryResult>(SUMMARY_REQUEST, params);
    void window.showInformationMessage(description);
  } catch (error) {
    void window.showErrorMessage(`Outreach: the summary failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
