/** A 10 MB template over stdio: its diagnostics arrive (hygiene only, with the `too-large` note) and the server stays responsive. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { initialize, startStdioServer, within, type StdioServer } from '../helpers/stdioServer';

const URI = 'file:///tmp/outreach-large/huge.outreach.hbs';
const STARTER = readFileSync(resolve(__dirname, '../../templates/starters/request.outreach.hbs'), 'utf8');

describe('a 10 MB template over stdio', () => {
  let server: StdioServer;
  const errors: string[] = [];

  before(async () => {
    server = startStdioServer();
    server.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void (params.type === 1 && errors.push(params.message)));
    await initialize(server);
  });

  after(() => server?.stop());

  it('publishes the hygiene findings with a too-large note, then answers a hover', async () => {
    const body = STARTER.slice(STARTER.indexOf('\n---\n') + 5);
    const text = STARTER + body.repeat(Math.ceil(10_000_000 / body.length));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'outreach', version: 1, text } });
    const { diagnostics } = await server.diagnostics(URI, () => true, 'diagnostics', 15_000);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['too-large']);
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    const hover = await within(server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } }), 'hover');
    assert.match(JSON.stringify(hover), /too-large/);
    assert.deepEqual(errors, []);
  });
});
