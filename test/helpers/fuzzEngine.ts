/**
 * The protocol fuzzer's engine (used by `npm run fuzz` and the short run in test/fuzz): spawns the built server over
 * stdio, opens a few templates and sends seeded random incremental edits (inserts, deletes and replacements next to
 * surrogate pairs and line breaks, CRLF, BOM, NUL and control bytes, broken YAML, unclosed `{{`, deep nesting, now and
 * then a 1 MB line), interleaved with completion, hover, code-action and code-lens requests.
 *
 * A run fails when the server dies, a request errs or outlives its budget, the server logs an error, or a range it
 * returns (diagnostics, their fixes, action edits, completion edits, hovers, lenses) is not inside the client's copy
 * of the document at that version.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, Hover, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { HOSTILE_PIECES, randomDocument, Random, realisticPieces } from './documentGenerator';

export interface FuzzOptions {
  /** Path of the built server (`dist/server.js`). */
  server: string;
  edits: number;
  seed: number;
  /** Stops early (without failing) after this long. */
  seconds?: number;
  /** Progress lines; none by default. */
  log?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  edits: number;
  requests: Record<string, number>;
  publishes: number;
  bigEdits: number;
  maxLatencyMs: number;
  maxLatencyMethod: string;
  durationMs: number;
  stoppedEarly: boolean;
  failures: string[];
}

/** Answer budgets: the server is single-threaded, so a request waits for any lint in progress. */
const BUDGET_MS = 2_000;
const BUDGET_AFTER_BIG_EDIT_MS = 10_000;
const BIG_LINE_CHARS = 1_048_576;
/** Snapshots kept per document, to check a publish against the version it was computed for. */
const SNAPSHOTS = 64;
const DOCUMENTS = 3;
/** Documents grow under random inserts; past this, edits favour deleting. */
const SOFT_MAX_CHARS = 40_000;
const MAX_FAILURES = 20;
const METHOD_NOT_FOUND = -32601;

interface OpenDocument {
  uri: string;
  copy: TextDocument;
  snapshots: Map<number, TextDocument>;
  diagnostics: Diagnostic[];
  /** The latest version the server published diagnostics for. */
  publishedVersion: number;
  /** While a 1 MB line is in the document: how many more edits it stays for. */
  bigLineEdits?: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const report: FuzzReport = {
    seed: options.seed,
    edits: 0,
    requests: {},
    publishes: 0,
    bigEdits: 0,
    maxLatencyMs: 0,
    maxLatencyMethod: '',
    durationMs: 0,
    stoppedEarly: false,
    failures: [],
  };
  const fail = (message: string): void => {
    if (report.failures.length < MAX_FAILURES) report.failures.push(message);
  };
  const started = performance.now();
  const workspace = mkdtempSync(join(tmpdir(), 'outreach-fuzz-'));
  const server = spawn(process.execPath, [options.server, '--stdio'], { cwd: workspace });
  let exited = false;
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  server.on('exit', (code, signal) => {
    exited = true;
    if (!closing) fail(`the server exited (code ${code}, signal ${signal})`);
  });
  let closing = false;
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const documents = new Map<string, OpenDocument>();

  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    report.publishes++;
    const document = documents.get(params.uri);
    if (!document) return;
    const snapshot = params.version === undefined ? undefined : document.snapshots.get(params.version);
    if (params.version === document.copy.version) document.diagnostics = params.diagnostics;
    if (params.version !== undefined) document.publishedVersion = Math.max(document.publishedVersion, params.version);
    if (!snapshot) return;
    for (const diagnostic of params.diagnostics) {
      checkRange(snapshot, diagnostic.range, `diagnostic ${String(diagnostic.code)} of version ${params.version}`, fail);
      for (const fix of fixesOf(diagnostic)) for (const edit of fix.edits) checkRange(snapshot, edit.range, `fix "${fix.title}" of ${String(diagnostic.code)}`, fail);
    }
  });
  connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 1) fail(`the server logged an error: ${params.message.slice(0, 500)}`);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const request = async <T>(method: string, params: unknown, budget: number): Promise<T | undefined> => {
    report.requests[method] = (report.requests[method] ?? 0) + 1;
    const sent = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), budget)));
    try {
      const result = await Promise.race([connection.sendRequest<T>(method, params), timeout]);
      const latency = performance.now() - sent;
      if (latency > report.maxLatencyMs) {
        report.maxLatencyMs = latency;
        report.maxLatencyMethod = method;
      }
      if (result === 'timeout') {
        fail(`${method} did not answer within ${budget} ms`);
        return undefined;
      }
      return result;
    } catch (error) {
      if (!(error instanceof ResponseError && error.code === METHOD_NOT_FOUND)) fail(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  try {
    await request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'fuzz' }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport: true, resourceOperations: ['create'] } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    }, BUDGET_AFTER_BIG_EDIT_MS);
    await connection.sendNotification('initialized', {});
    const starters = realisticPieces().documents;
    for (let index = 0; index < DOCUMENTS; index++) {
      const uri = pathToFileURL(join(workspace, `fuzz-${index}.outreach.hbs`)).toString();
      const text = index < 2 ? random.pick(starters) : randomDocument(random, { hostility: 0.6 });
      const copy = TextDocument.create(uri, 'outreach', 1, text);
      documents.set(uri, { uri, copy, snapshots: new Map([[1, snapshotOf(copy)]]), diagnostics: [], publishedVersion: 0 });
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text } });
    }

    const open = [...documents.values()];
    // A 1 MB line at a fixed point of every run, so short runs have one too; long runs get more at random.
    const forcedBigEdit = Math.floor(options.edits / 3);
    let bigEditPending = false;
    while (report.edits < options.edits && !exited && report.failures.length === 0) {
      if (options.seconds !== undefined && performance.now() - started > options.seconds * 1000) {
        report.stoppedEarly = true;
        break;
      }
      const document = random.pick(open);
      const burst = 1 + random.int(4);
      for (let i = 0; i < burst && report.edits < options.edits; i++) {
        const big = document.bigLineEdits === undefined && (report.edits === forcedBigEdit || random.chance(1 / 5000));
        const change = big ? bigLineEdit(random, document.copy) : randomEdit(random, document);
        if (big) {
          document.bigLineEdits = 3;
          bigEditPending = true;
          report.bigEdits++;
        }
        await sendChange(connection, document, change);
        report.edits++;
      }
      const budget = bigEditPending ? BUDGET_AFTER_BIG_EDIT_MS : BUDGET_MS;
      bigEditPending = false;
      await randomRequest(random, document, request, budget, fail);
      if (report.edits % 10_000 < burst && options.log) options.log(progress(report, started));
    }

    // The server catches up: every document gets diagnostics for its last version.
    if (!exited && report.failures.length === 0) {
      for (const document of open) {
        const caughtUp = await waitFor(() => document.publishedVersion === document.copy.version, BUDGET_AFTER_BIG_EDIT_MS);
        if (!caughtUp) fail(`no diagnostics for the last version (${document.copy.version}) of ${document.uri} within ${BUDGET_AFTER_BIG_EDIT_MS} ms`);
      }
      for (const document of open) await request('textDocument/hover', { textDocument: { uri: document.uri }, position: { line: 0, character: 0 } }, BUDGET_MS);
    }
    closing = true;
    if (!exited) {
      await request('shutdown', null, BUDGET_MS);
      await connection.sendNotification('exit');
    }
  } finally {
    closing = true;
    connection.dispose();
    if (!exited) server.kill();
    rmSync(workspace, { recursive: true, force: true });
    if (stderr.trim()) fail(`the server wrote to stderr: ${stderr.trim().slice(0, 500)}`);
    report.durationMs = performance.now() - started;
  }
  return report;
}

function progress(report: FuzzReport, started: number): string {
  const requests = Object.values(report.requests).reduce((sum, count) => sum + count, 0);
  return `${report.edits} edits, ${requests} requests, ${report.publishes} publishes, max latency ${report.maxLatencyMs.toFixed(0)} ms, ${((performance.now() - started) / 1000).toFixed(0)} s`;
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

interface Change {
  range: Range;
  text: string;
}

async function sendChange(connection: MessageConnection, document: OpenDocument, change: Change): Promise<void> {
  const version = document.copy.version + 1;
  document.copy = TextDocument.update(document.copy, [change], version);
  // `update` changes the document in place: a snapshot is a new document over the (immutable) text.
  document.snapshots.set(version, snapshotOf(document.copy));
  document.snapshots.delete(version - SNAPSHOTS);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: document.uri, version }, contentChanges: [change] });
}

function snapshotOf(document: TextDocument): TextDocument {
  return TextDocument.create(document.uri, document.languageId, document.version, document.getText());
}

function bigLineEdit(random: Random, copy: TextDocument): Change {
  const unit = random.pick(['word ', '😀', 'é', 'x', '{{a}} ']);
  const line = unit.repeat(Math.ceil(BIG_LINE_CHARS / unit.length));
  const at = boundary(copy.getText(), copy.getText().length);
  return { range: { start: copy.positionAt(at), end: copy.positionAt(at) }, text: `\n${line}\n` };
}

/** An insert, delete or replacement at random offsets that never split a surrogate pair or a CRLF. */
function randomEdit(random: Random, document: OpenDocument): Change {
  const { copy } = document;
  const text = copy.getText();
  const range = (start: number, end: number): Range => ({ start: copy.positionAt(start), end: copy.positionAt(end) });
  if (document.bigLineEdits !== undefined && document.bigLineEdits-- <= 0) {
    // Drop the 1 MB line (and whatever follows it) so the run goes on at editing speed.
    const start = boundary(text, Math.min(text.length, 2000 + random.int(2000)));
    document.bigLineEdits = undefined;
    return { range: range(start, text.length), text: '' };
  }
  const roll = random.int(100);
  if (roll < 2) return { range: range(0, text.length), text: randomDocument(random, { hostility: 0.5 }) };
  if (roll < 4) return { range: range(0, 0), text: '\uFEFF' };
  if (roll < 8) {
    const lineFeed = text.indexOf('\n', random.int(text.length + 1));
    if (lineFeed > 0 && text[lineFeed - 1] !== '\r') return { range: range(lineFeed, lineFeed + 1), text: '\r\n' };
  }
  const at = pickOffset(random, text);
  const grow = text.length < SOFT_MAX_CHARS;
  if (roll < 50 && grow) return { range: range(at, at), text: insertion(random, text) };
  const length = random.chance(0.8) ? random.int(12) : random.int(600);
  const end = boundary(text, Math.min(text.length, at + length));
  return { range: range(at, end), text: roll < 75 || !grow ? '' : insertion(random, text) };
}

function insertion(random: Random, text: string): string {
  const roll = random.int(10);
  if (roll < 4) return random.pick(HOSTILE_PIECES);
  if (roll < 6) return random.pick(realisticPieces().sentences) + random.pick([' ', '\n', '']);
  if (roll < 8) {
    const start = boundary(text, random.int(text.length + 1));
    return text.slice(start, boundary(text, Math.min(text.length, start + random.int(200))));
  }
  if (roll < 9) return '{{#if recipient.firstName}}'.repeat(50) + random.pick(['x', 'x{{/if}}']);
  return random.pick(realisticPieces().bodyLines) + '\n';
}

/** A random offset; often right next to a surrogate pair or a line break, where offsets are easiest to get wrong. */
function pickOffset(random: Random, text: string): number {
  const at = random.int(text.length + 1);
  if (random.chance(0.2)) {
    const near = text.slice(at).search(/[\uD800-\uDBFF][\uDC00-\uDFFF]|\r?\n/);
    if (near >= 0) return boundary(text, at + near + (random.chance(0.5) ? 0 : text[at + near] === '\r' ? 2 : text[at + near] === '\n' ? 1 : 2));
  }
  return boundary(text, at);
}

/** `offset`, moved back when it would split a surrogate pair or a CRLF. */
function boundary(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair || (before === 13 && after === 10) ? offset - 1 : offset;
}

type Request = <T>(method: string, params: unknown, budget: number) => Promise<T | undefined>;
type Fail = (message: string) => void;

async function randomRequest(random: Random, document: OpenDocument, request: Request, budget: number, fail: Fail): Promise<void> {
  const snapshot = snapshotOf(document.copy);
  const text = snapshot.getText();
  const position = snapshot.positionAt(pickOffset(random, text));
  const textDocument = { uri: document.uri };
  const roll = random.int(4);
  if (roll === 0) {
    const triggerCharacter = random.pick([undefined, '{', '.']);
    const result = await request<CompletionList | CompletionItem[] | null>(
      'textDocument/completion',
      { textDocument, position, context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 } },
      budget,
    );
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    for (const item of items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) checkRange(snapshot, edit.range, `completion "${item.label}"`, fail);
      if (edit && 'insert' in edit) {
        checkRange(snapshot, edit.insert, `completion "${item.label}" insert`, fail);
        checkRange(snapshot, edit.replace, `completion "${item.label}" replace`, fail);
      }
      for (const extra of item.additionalTextEdits ?? []) checkRange(snapshot, extra.range, `completion "${item.label}" additional edit`, fail);
    }
  } else if (roll === 1) {
    const hover = await request<Hover | null>('textDocument/hover', { textDocument, position }, budget);
    if (hover?.range) checkRange(snapshot, hover.range, 'hover', fail);
  } else if (roll === 2) {
    const end = snapshot.positionAt(boundary(text, snapshot.offsetAt(position) + random.int(40)));
    const diagnostics = random.chance(0.8) ? document.diagnostics.slice(0, 20) : [];
    const only = random.chance(0.15) ? ['source.fixAll.outreach'] : undefined;
    const actions = await request<CodeAction[] | null>(
      'textDocument/codeAction',
      { textDocument, range: { start: position, end }, context: { diagnostics, ...(only ? { only } : {}) } },
      budget,
    );
    for (const action of actions ?? []) for (const edit of editsFor(action.edit, document.uri)) checkRange(snapshot, edit.range, `code action "${action.title}"`, fail);
  } else {
    const lenses = await request<CodeLens[] | null>('textDocument/codeLens', { textDocument }, budget);
    for (const lens of lenses ?? []) checkRange(snapshot, lens.range, 'code lens', fail);
  }
}

function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if (!('edits' in change) || change.textDocument.uri !== uri) continue;
    for (const textEdit of change.edits) edits.push({ range: textEdit.range, newText: 'newText' in textEdit ? textEdit.newText : '' });
  }
  return edits;
}

function fixesOf(diagnostic: Diagnostic): { title: string; edits: { range: Range }[] }[] {
  const data = diagnostic.data as { fixes?: { title: string; edits: { range: Range }[] }[] } | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

/** The range is inside the document at that version, start before end, and splits no surrogate pair or CRLF. */
function checkRange(document: TextDocument, range: Range, what: string, fail: Fail): void {
  const start = offsetInside(document, range.start);
  const end = offsetInside(document, range.end);
  if (start === undefined || end === undefined) {
    const line = document.getText({ start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } });
    fail(`${what}: range ${JSON.stringify(range)} is outside version ${document.version} (${document.lineCount} lines; line ${range.start.line}: ${JSON.stringify(line.slice(0, 300))})`);
  } else if (start > end) {
    fail(`${what}: range ${JSON.stringify(range)} ends before it starts`);
  } else if (splits(document.getText(), start) || splits(document.getText(), end)) {
    const around = document.getText().slice(Math.max(0, start - 40), end + 40);
    fail(`${what}: range ${JSON.stringify(range)} splits a surrogate pair or a CRLF, in ${JSON.stringify(around)}`);
  }
}

/** The offset of a position that names a real place in the document (no clamping), else undefined. */
function offsetInside(document: TextDocument, position: Position): number | undefined {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return undefined;
  const text = document.getText();
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  let lineEnd = position.line + 1 < document.lineCount ? document.offsetAt({ line: position.line + 1, character: 0 }) : text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\n') lineEnd--;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  return lineStart + position.character <= lineEnd ? lineStart + position.character : undefined;
}

function splits(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
