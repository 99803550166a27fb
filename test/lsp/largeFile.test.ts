/** A 10 MB template over stdio: its diagnostics arrive (hygiene only, with the `too-large` note) and the server stays responsive. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';

const SERVER = resolve(__dirname, '../../dist/server.js');
const URI = 'file:///tmp/outreach-large/huge.outreach.hbs';
const STARTER = readFileSync(resolve(__dirname, '../../templates/starters/request.outreach.hbs'), 'utf8');

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('a 10 MB template over stdio', () => {
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    server = spawn(process.execPath, [SERVER, '--stdio']);
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void (params.type === 1 && errors.push(params.message)));
    connection.listen();
    await within(connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }), 10_000, 'initialize result');
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
  });

  it('publishes the hygiene findings with a too-large note, then answers a hover at once', async () => {
    const body = STARTER.slice(STARTER.indexOf('\n---\n') + 5);
    const text = STARTER + body.repeat(Math.ceil(10_000_000 / body.length));
    const published = new Promise<Diagnostic[]>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        if (params.uri === URI) resolve(params.diagnostics);
      }),
    );
    const opened = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'outreach', version: 1, text } });
    const diagnostics = await within(published, 15_000, 'diagnostics');
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['too-large']);
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    const hoverSent = performance.now();
    const hover = await within(connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } }), 2_000, 'hover');
    assert.match(JSON.stringify(hover), /too-large/);
    const hoverMs = performance.now() - hoverSent;
    assert.ok(hoverMs < 1_000, `hover took ${hoverMs.toFixed(0)} ms (open to diagnostics: ${(hoverSent - opened).toFixed(0)} ms)`);
    assert.deepEqual(errors, []);
  });
});
