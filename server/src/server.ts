/**
 * The language server: LSP glue only. Every feature lives in the language service (service/languageService.ts);
 * this file wires it to a connection (`--stdio`, `--node-ipc` or `--socket`, chosen from the command line).
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from './service/config/settings';
import { EditorContacts, type ContactsTemplate } from './editorContacts';
import { packageVersion } from './packageVersion';
import {
  FIX_ALL_KIND,
  PREVIEW_REQUEST,
  SUMMARY_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type PreviewParams,
  type PreviewResult,
  type SummaryResult,
  type TemplateParams,
} from './protocol';
import type { LanguageService } from './service/languageService';
import type { PhraseFolder } from './service/config/phrases';
import type { ConfigResolver } from './service/config/resolver';
import type { LintSettings } from './service/lint';
import type { RuleMeta } from './service/rules/rule';

/** Edits closer together than this (plus twice the last lint time) are linted once, on the latest text; the edit-to-diagnostics budget is 25 ms. */
const MIN_DIAGNOSTICS_DELAY_MS = 2;
/** Slow lints (huge files) widen the window up to this, so a backlog of edits is not linted edit by edit. */
const MAX_DIAGNOSTICS_DELAY_MS = 500;
const SETTINGS_SECTION = 'outreach';

const USAGE = `Usage: outreach-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Outreach Etiquette language server. An editor starts it and talks LSP over the chosen channel.

Options:
  -h, --help     Show this help
  -v, --version  Show the version
`;

/** `--help` and `--version` answer and exit; without a channel to talk on, say how to give one rather than crash. */
function answerCommandLine(args: readonly string[]): void {
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${packageVersion()}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (!args.some((arg) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(arg))) {
    process.stderr.write(`outreach-ls: no channel given.\n${USAGE}`);
    process.exit(2);
  }
}
answerCommandLine(process.argv.slice(2));

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

type ServiceModules = typeof import('./service/index');
interface LoadedService {
  modules: ServiceModules;
  service: LanguageService;
  ruleMetas: RuleMeta[];
}
let loaded: LoadedService | undefined;

/**
 * The language service with its rules and parsers, and the phrase and config readers: loaded on first use, right after
 * the initialize response when the settings load, so the handshake does not wait for them.
 */
function load(): LoadedService {
  if (!loaded) {
    const modules = require('./service/index') as ServiceModules;
    // Phrases load with the settings, after the initialize response: a fast start matters more than early completions.
    const service = modules.createLanguageService({ settings: settingsFor });
    // The language model (about 0.1 s) loads here, after the handshake, rather than inside the first lint.
    modules.warmUpLanguageModel();
    loaded = { modules, service, ruleMetas: modules.RULES.map((rule) => rule.meta) };
  }
  return loaded;
}
const service = (): LanguageService => load().service;
const modules = (): ServiceModules => load().modules;

type PreviewModule = typeof import('./service/features/preview');
let previewModule: PreviewModule | undefined;
/** The preview and its Handlebars compiler load on the first preview asked for or the first contacts check: most sessions need neither. */
const preview = (): PreviewModule => (previewModule ??= require('./service/features/preview') as PreviewModule);
/** The contacts check of templates that name a contact list (`data: ./contacts.csv`), and the watcher of those lists. */
const contacts = new EditorContacts(modules, preview, (uri) => {
  watchContactLists();
  publishDiagnostics(uri);
});
const watchContactListFiles = fileWatchers('contact list');

const client = {
  snippetEdits: false,
  createFiles: false,
  snippetCompletions: false,
  configuration: false,
  configurationRegistration: false,
  watchedFilesRegistration: false,
  watchedFilesRelativePatterns: false,
  codeLensRefresh: false,
};
/** The workspace's folders (file paths); an untitled template takes the settings of the first. */
let workspaceFolders: string[] = [];
/**
 * From `initializationOptions.workspaceTrusted`. Clients that never send it (other editors) are trusted, keeping the full
 * config; an untrusted workspace's `.outreachrc.json` may only set rule severities and options.
 */
let workspaceTrusted = true;
/** Settings pushed with didChangeConfiguration, for clients without `workspace/configuration`. */
let pushedSettings: unknown;
/** The nearest `.outreachrc.json` above each template, read as the CLI reads it; replaced on every settings load. */
let configs: ConfigResolver | undefined;
/** Config files whose problems are on show, and how many configs had been read when they were published. */
let configDiagnosticUris = new Set<string>();
let configsPublished = 0;
/** The project's phrase folders (changes to their files reload the library), and their watchers with the client. */
let phraseFolders: readonly PhraseFolder[] = [];
const watchPhraseFiles = fileWatchers('phrase folder');
/** Lints wait for the first settings load, which re-lints every open document when done. */
let settingsLoaded = false;
let settingsGeneration = 0;
const pendingDiagnostics = new Map<string, NodeJS.Timeout>();
const lintMilliseconds = new Map<string, number>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  client.snippetEdits = capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
  client.createFiles = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
  client.snippetCompletions = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  client.configuration = capabilities.workspace?.configuration === true;
  client.configurationRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.watchedFilesRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  client.watchedFilesRelativePatterns = capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
  client.codeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
  workspaceFolders = folderPaths(params);
  workspaceTrusted = readWorkspaceTrust(params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      completionProvider: { triggerCharacters: ['{', '.'], resolveProvider: false },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'outreach-ls', version: packageVersion() },
  };
});

connection.onInitialized(() => {
  if (client.configurationRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(logError('register configuration'));
  }
  if (client.watchedFilesRegistration) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
      .catch(logError('register file watcher'));
  }
  void reloadSettings();
});

connection.onDidChangeConfiguration((params) => {
  if (!client.configuration) pushedSettings = (params.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
  void reloadSettings();
});

connection.onDidChangeWatchedFiles((params) => {
  if (params.changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`) || inPhraseFolder(change.uri))) void reloadSettings();
  const lists = new Set(params.changes.filter((change) => change.uri.startsWith('file:')).map((change) => fileURLToPath(change.uri)));
  for (const list of lists) for (const uri of contacts.templatesUsing(list)) checkContacts(uri);
});

connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
  workspaceTrusted = true;
  void reloadSettings();
});

documents.onDidChangeContent((change) => scheduleDiagnostics(change.document.uri));
// The contacts check reads a file and renders every row: on open and save, not on every keystroke.
documents.onDidOpen((event) => checkContacts(event.document.uri));
documents.onDidSave((event) => checkContacts(event.document.uri));

documents.onDidClose((event) => {
  const uri = event.document.uri;
  clearTimeout(pendingDiagnostics.get(uri));
  pendingDiagnostics.delete(uri);
  lintMilliseconds.delete(uri);
  contacts.forget(uri);
  watchContactLists();
  service().forget(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const document = templateDocument(params.textDocument.uri);
  if (!document) return [];
  return guard('code actions', () => service().codeActions(document, params.range, params.context, client.snippetEdits, client.createFiles), []);
});

connection.onCompletion((params) => {
  const document = templateDocument(params.textDocument.uri);
  if (!document) return null;
  return guard(
    'completion',
    () => service().completions(document, params.position, client.snippetCompletions, params.context?.triggerCharacter),
    null,
  );
});

connection.onHover((params) => {
  const document = templateDocument(params.textDocument.uri);
  if (!document) return null;
  return guard('hover', () => contacts.hover(document.uri, params.position, service().hover(document, params.position)), null);
});

connection.onCodeLens((params) => {
  const document = templateDocument(params.textDocument.uri);
  if (!document) return [];
  return guard('code lens', () => service().codeLenses(document), []);
});

// The client's preview and Show summary command. Failures go back to the client as errors, which it shows.
connection.onRequest(PREVIEW_REQUEST, async ({ uri, cspSource, nonce, row }: PreviewParams): Promise<PreviewResult> => {
  const template = contactsTemplate(requestedTemplate(uri));
  const contact = await contacts.preview(template, row).catch((error: unknown) => logError('contacts preview')(error));
  return { html: preview().renderPreviewHtml(template.document, { cspSource, nonce, ...(contact ? { contact } : {}) }) };
});

connection.onRequest(SUMMARY_REQUEST, ({ uri }: TemplateParams): SummaryResult => {
  const document = requestedTemplate(uri);
  return modules().templateSummary(service().parse(document), service().findings(document));
});

function requestedTemplate(uri: string): TextDocument {
  const document = templateDocument(uri);
  if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open outreach template.`);
  return document;
}

function templateDocument(uri: string): TextDocument | undefined {
  const document = documents.get(uri);
  return document && isTemplate(document) ? document : undefined;
}

/** Clients may send every open file; only outreach templates are ours. */
function isTemplate(document: TextDocument): boolean {
  return document.languageId === 'outreach' || /\.outreach(?:\.hbs)?$/i.test(document.uri);
}

/** Restarts the document's timer on every edit, so a burst of edits is linted once, on its latest version. */
function scheduleDiagnostics(uri: string): void {
  clearTimeout(pendingDiagnostics.get(uri));
  const delay = Math.min(MAX_DIAGNOSTICS_DELAY_MS, MIN_DIAGNOSTICS_DELAY_MS + 2 * (lintMilliseconds.get(uri) ?? 0));
  pendingDiagnostics.set(
    uri,
    setTimeout(() => {
      pendingDiagnostics.delete(uri);
      publishDiagnostics(uri);
    }, delay),
  );
}

function publishDiagnostics(uri: string): void {
  const document = templateDocument(uri);
  if (!document || !settingsLoaded) return;
  const started = performance.now();
  const diagnostics = guard('diagnostics', () => service().diagnostics(document), undefined);
  lintMilliseconds.set(uri, performance.now() - started);
  if (diagnostics) {
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [...diagnostics, ...contacts.diagnostics(uri)] }).catch(logError('publish diagnostics'));
  }
  // A template in a folder not linted before may have brought a config of its own.
  if (configs && configs.known().length !== configsPublished) publishConfigProblems();
}

/** Checks an open template against the contact list it names, then publishes its diagnostics with the lint's. */
function checkContacts(uri: string): void {
  const document = templateDocument(uri);
  if (!document || !settingsLoaded) return;
  void contacts.check(contactsTemplate(document)).catch(logError('contacts check'));
}

function contactsTemplate(textDocument: TextDocument): ContactsTemplate {
  const path = templatePath(textDocument.uri);
  return { uri: textDocument.uri, textDocument, document: service().parse(textDocument), path, settings: settingsFor(textDocument.uri) };
}

/** Asks the client to report changes to the open templates' contact lists, which re-check the templates. */
function watchContactLists(): void {
  watchContactListFiles(contacts.listFiles().sort().map((list) => ({ folder: dirname(list), pattern: basename(list) })));
}

/**
 * File watchers registered with the client for one purpose (`what`, named in logged errors): each call passes the
 * places to watch, and the registration is replaced only when they changed.
 */
function fileWatchers(what: string): (places: readonly { folder: string; pattern: string }[]) => void {
  let watched = '';
  let registration: Promise<Disposable> | undefined;
  return (places) => {
    const key = places.map(({ folder, pattern }) => `${folder}/${pattern}`).join('\n');
    if (key === watched) return;
    watched = key;
    if (!client.watchedFilesRegistration) return;
    void registration?.then((previous) => previous.dispose()).catch(logError(`unregister ${what} watcher`));
    registration = undefined;
    if (places.length === 0) return;
    const watchers = places.map(({ folder, pattern }) => ({
      globPattern: client.watchedFilesRelativePatterns ? { baseUri: pathToFileURL(folder).toString(), pattern } : `${folder.replace(/\\/g, '/')}/${pattern}`,
    }));
    registration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    registration.catch(logError(`register ${what} watcher`));
  };
}

/** Project configs + editor settings + phrase libraries, then a re-lint of every open template. */
async function reloadSettings(): Promise<void> {
  const generation = ++settingsGeneration;
  try {
    const editorSettings = client.configuration ? await connection.workspace.getConfiguration(SETTINGS_SECTION) : pushedSettings;
    if (generation !== settingsGeneration) return;
    const { ruleMetas } = load();
    configs = modules().createConfigResolver({
      rules: ruleMetas,
      trusted: workspaceTrusted,
      adjust: (config) => modules().mergeEditorSettings(config, editorSettings, ruleMetas),
    });
    service().settingsChanged();
    publishConfigProblems();
  } catch (error) {
    logError('load settings')(error);
  } finally {
    if (generation === settingsGeneration) {
      settingsLoaded = true;
      for (const document of documents.all()) scheduleDiagnostics(document.uri);
      // The subject rule's length limit, which the contacts check applies, may have changed.
      for (const document of documents.all()) checkContacts(document.uri);
      // The summary lens counts open findings, which the new settings may change.
      if (client.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(logError('refresh code lenses'));
    }
  }
}

/** The settings for a document: the nearest config above its file, or (untitled) above the first workspace folder. */
function settingsFor(uri: string): LintSettings {
  const resolver = (configs ??= modules().createConfigResolver({ rules: load().ruleMetas, trusted: workspaceTrusted }));
  return resolver.forFile(templatePath(uri)).settings;
}

function templatePath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : join(workspaceFolders[0] ?? process.cwd(), 'untitled.outreach.hbs');
}

/**
 * Reads the configs of every workspace folder and open template, publishes their problems (and clears those that are
 * gone), and watches their phrase folders.
 */
function publishConfigProblems(): void {
  if (!configs) return;
  for (const folder of workspaceFolders) configs.forFile(join(folder, 'untitled.outreach.hbs'));
  for (const document of documents.all()) if (isTemplate(document)) configs.forFile(templatePath(document.uri));
  const known = configs.known();
  const published = new Set<string>();
  for (const resolved of known) {
    if (!resolved.file) continue;
    const uri = pathToFileURL(resolved.file).toString();
    const diagnostics = modules().configProblemDiagnostics(TextDocument.create(uri, 'json', 0, resolved.text ?? ''), [...resolved.problems, ...resolved.phraseProblems]);
    if (diagnostics.length === 0 && !configDiagnosticUris.has(uri)) continue;
    void connection.sendDiagnostics({ uri, diagnostics }).catch(logError('publish config diagnostics'));
    if (diagnostics.length > 0) published.add(uri);
  }
  for (const uri of configDiagnosticUris) if (!published.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(logError('clear config diagnostics'));
  configDiagnosticUris = published;
  configsPublished = known.length;
  watchPhraseFolders(known.flatMap((resolved) => resolved.phraseFolders));
}

/** Asks the client to report changes to the phrase files, so completions follow edits made outside the editor too. */
function watchPhraseFolders(folders: readonly PhraseFolder[]): void {
  phraseFolders = folders;
  watchPhraseFiles(folders.map((folder) => ({ folder: folder.path, pattern: '*.{yaml,yml}' })));
}

/** Whether a changed file is a phrase file of one of the project's folders (the folders are read one level deep). */
function inPhraseFolder(uri: string): boolean {
  if (!uri.startsWith('file:') || !/\.ya?ml$/i.test(uri)) return false;
  const folder = dirname(fileURLToPath(uri));
  return phraseFolders.some((candidate) => candidate.path === folder);
}

function readWorkspaceTrust(options: unknown): boolean {
  return !(typeof options === 'object' && options !== null && (options as { workspaceTrusted?: unknown }).workspaceTrusted === false);
}

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  return paths.length > 0 || !params.rootPath ? paths : [params.rootPath];
}

/** Runs a feature; a failure is logged and answered with `fallback`, so one bad document never stops the server. */
function guard<T>(feature: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    logError(feature)(error);
    return fallback;
  }
}

function logError(feature: string): (error: unknown) => void {
  return (error) => connection.console.error(`${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

process.on('unhandledRejection', logError('a pending task'));

documents.listen(connection);
connection.listen();
