/**
 * Workspace trust over stdio: a client that says the workspace is untrusted gets only the config's severity changes,
 * with a note on `.outreachrc.json`; `outreach/workspaceTrusted` brings the custom rules back. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

const SERVER = resolve(__dirname, '../../dist/server.js');
const WAIT_MS = 10_000;
const CUSTOM_RULE = 'no-pick-your-brain';

const CONFIG = JSON.stringify(
  {
    rules: { 'time-limit': 'error' },
    phraseFolders: ['team-phrases'],
    customRules: [{ id: CUSTOM_RULE, message: 'Name the one question you have instead of asking to pick a brain.', patterns: ['\\bpick your brain\\b'] }],
  },
  null,
  2,
);

const TEMPLATE = `---
kind: request
subject: Your switch from teaching into data work
---
Hi Ines,

I teach secondary maths and have started building small dashboards for our school. Could we get coffee next week so I can pick your brain about moving into analytics?

Thanks,
Theo
`;

interface PublishedDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`)), WAIT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('workspace trust over stdio', () => {
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let workspace: string;
  let templateUri: string;
  let configUri: string;
  let stderr = '';
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; matches: (diagnostics: Diagnostic[]) => boolean; resolve: (diagnostics: Diagnostic[]) => void }[] = [];

  function diagnosticsOf(uri: string, matches: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const already = latest.get(uri);
    if (already && matches(already)) return Promise.resolve(already);
    return within(new Promise((resolve) => waiters.push({ uri, matches, resolve })), what);
  }

  const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((diagnostic) => diagnostic.code);

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    workspace = mkdtempSync(join(tmpdir(), 'outreach-trust-'));
    mkdirSync(join(workspace, 'team-phrases'));
    writeFileSync(join(workspace, '.outreachrc.json'), CONFIG);
    templateUri = pathToFileURL(join(workspace, 'coffee.outreach.hbs')).toString();
    configUri = pathToFileURL(join(workspace, '.outreachrc.json')).toString();
    server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace });
    server.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      latest.set(params.uri, params.diagnostics);
      for (const waiter of [...waiters]) {
        if (waiter.uri !== params.uri || !waiter.matches(params.diagnostics)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    });
    connection.listen();
    await within(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).toString(),
        workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'templates' }],
        capabilities: {},
        initializationOptions: { workspaceTrusted: false },
      }),
      'the initialize result',
    );
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: TEMPLATE } });
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    if (stderr.trim()) console.error(`server stderr:\n${stderr}`);
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
    await connection.sendNotification('outreach/workspaceTrusted');
    const diagnostics = await diagnosticsOf(templateUri, (found) => codes(found).includes(CUSTOM_RULE), 'the custom rule after trust');
    assert.ok(codes(diagnostics).includes('time-limit'));
    assert.deepEqual(await diagnosticsOf(configUri, (found) => found.length === 0, 'the cleared note'), []);
  });
});
