/**
 * Workspace trust over stdio: a client that says the workspace is untrusted gets only the config's severity changes,
 * with a note on `.outreachrc.json`; `outreach/workspaceTrusted` brings the custom rules back. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { PICK_YOUR_BRAIN_REQUEST, PICK_YOUR_BRAIN_RULE } from '../fixtures/pickYourBrain';
import { initialize, startStdioServer, type StdioServer } from '../helpers/stdioServer';

const CUSTOM_RULE = PICK_YOUR_BRAIN_RULE.id;

const CONFIG = JSON.stringify(
  {
    rules: { 'time-limit': 'error' },
    phraseFolders: ['team-phrases'],
    customRules: [PICK_YOUR_BRAIN_RULE],
  },
  null,
  2,
);

const TEMPLATE = PICK_YOUR_BRAIN_REQUEST;

describe('workspace trust over stdio', () => {
  let server: StdioServer;
  let workspace: string;
  let templateUri: string;
  let configUri: string;

  const diagnosticsOf = async (uri: string, matches: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
    (await server.diagnostics(uri, (params) => matches(params.diagnostics), what)).diagnostics;

  const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((diagnostic) => diagnostic.code);

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'outreach-trust-'));
    mkdirSync(join(workspace, 'team-phrases'));
    writeFileSync(join(workspace, '.outreachrc.json'), CONFIG);
    templateUri = pathToFileURL(join(workspace, 'coffee.outreach.hbs')).toString();
    configUri = pathToFileURL(join(workspace, '.outreachrc.json')).toString();
    server = startStdioServer(workspace);
    await initialize(server, { workspace, initializationOptions: { workspaceTrusted: false } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: TEMPLATE } });
  });

  after(() => {
    server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('applies the severity change but not the custom rule while the workspace is untrusted', async () => {
    const diagnostics = await diagnosticsOf(templateUri, (found) => found.length > 0, 'untrusted template diagnostics');
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'time-limit').map((diagnostic) => diagnostic.severity), [DiagnosticSeverity.Error]);
    assert.equal(codes(diagnostics).includes(CUSTOM_RULE), false, `custom rule ran in ${codes(diagnostics).join(', ')}`);
  });

  it('says on .outreachrc.json what it ignored and why', async () => {
    const diagnostics = await diagnosticsOf(configUri, (found) => found.length > 0, 'the untrusted note');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    assert.match(JSON.stringify(diagnostics[0]!.message), /`customRules` and `phraseFolders` are ignored because this workspace is not trusted/);
  });

  it('runs the custom rule once the client reports the workspace trusted, and drops the note', async () => {
    await server.connection.sendNotification('outreach/workspaceTrusted');
    const diagnostics = await diagnosticsOf(templateUri, (found) => codes(found).includes(CUSTOM_RULE), 'the custom rule after trust');
    assert.ok(codes(diagnostics).includes('time-limit'));
    assert.deepEqual(await diagnosticsOf(configUri, (found) => found.length === 0, 'the cleared note'), []);
  });
});
