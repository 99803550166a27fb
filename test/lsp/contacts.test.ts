/**
 * The contacts check in the editor, over stdio: a template whose front matter names a contact list is checked against
 * it on open, on save and when the list changes (the server asks the client to watch it); the diagnostics join the
 * lint's, the hover lists the rows, and the preview renders one contact with the picker. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { PREVIEW_REQUEST, type PreviewResult } from '../../server/src/protocol';
import { initialize, startStdioServer, within, type StdioServer } from '../helpers/stdioServer';
import { CONTACTS_TEMPLATE } from '../helpers/contactsFixture';

interface Registration {
  method: string;
  registerOptions?: { watchers?: { globPattern: string | { baseUri: string; pattern: string } }[] };
}

/** The shared template, naming its list. */
const TEMPLATE = CONTACTS_TEMPLATE.replace('data:\n', 'data:\n  file: ./contacts.csv\n');

const BROKEN_LIST = 'Email,First Name,Talk\nana@example.com,Ana,pricing\nbo@example.com,,remote onboarding\ncy@example.com,Cy,hiring\ndi@example.com,,hiring\n';
const FIXED_LIST = BROKEN_LIST.replace('bo@example.com,,', 'bo@example.com,Bo,').replace('di@example.com,,', 'di@example.com,Di,');
const CSP_SOURCE = 'https://webview.example';
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';

const contactDiagnostics = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((diagnostic) => diagnostic.code === 'contacts');

describe('the contacts check in the editor, over stdio', () => {
  let workspace: string;
  let server: StdioServer;
  let templateUri: string;
  const registrations: Registration[] = [];

  const preview = (row?: number): Promise<PreviewResult> =>
    within(server.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri: templateUri, cspSource: CSP_SOURCE, nonce: NONCE, ...(row === undefined ? {} : { row }) }), 'the preview');

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'outreach-contacts-'));
    writeFileSync(join(workspace, 'contacts.csv'), BROKEN_LIST);
    writeFileSync(join(workspace, 'talk.outreach.hbs'), TEMPLATE);
    templateUri = pathToFileURL(join(workspace, 'talk.outreach.hbs')).toString();
    server = startStdioServer(workspace);
    server.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      registrations.push(...params.registrations);
      return null;
    });
    server.connection.onRequest('client/unregisterCapability', () => null);
    await initialize(server, { workspace, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: TEMPLATE } });
  });

  after(() => {
    server?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('reports on open the template lines the list breaks, beside the lint, and watches the list', async () => {
    const { diagnostics } = await server.diagnostics(templateUri, (params) => contactDiagnostics(params.diagnostics).length > 0, 'contacts diagnostics');
    const [greeting, ...rest] = contactDiagnostics(diagnostics);
    assert.deepEqual(rest, []);
    assert.equal(greeting?.range.start.line, 13);
    assert.equal(greeting?.severity, 1);
    assert.match(String(greeting?.message), /^2 of 4 contacts render this line broken: `recipient\.firstName` is empty, so this line reads “Hi ,” \(row 3\)/);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code !== 'contacts'), 'the lint findings are published with them');
    const watchers = registrations.flatMap((registration) => registration.registerOptions?.watchers ?? []);
    assert.ok(
      watchers.some((watcher) => typeof watcher.globPattern === 'object' && watcher.globPattern.pattern === 'contacts.csv' && watcher.globPattern.baseUri === pathToFileURL(workspace).toString()),
      JSON.stringify(watchers),
    );
  });

  it('lists the rows that break a line in its hover', async () => {
    const hover = await within(server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: templateUri }, position: { line: 13, character: 6 } }), 'the hover');
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /\*\*Contacts behind this finding\*\* \(2\):\n\n- row 3 \(bo@example\.com\)\n- row 5 \(di@example\.com\)/);
  });

  it('previews the message as one contact reads it, with a picker that leads to the others', async () => {
    const first = (await preview()).html;
    assert.match(first, /Hi Ana,/);
    assert.match(first, /Row 2 \(ana@example\.com\), 1 of 4 in <code>\.\/contacts\.csv<\/code>/);
    assert.match(first, /<button type="button" disabled>First<\/button><button type="button" disabled>Previous<\/button><button type="button" data-row="1">Next<\/button><button type="button" data-row="1">Next broken<\/button>/);
    assert.ok(first.includes(`script-src &#39;nonce-${NONCE}&#39;`), 'the picker script runs under the nonce only');
    assert.ok(first.includes(`<script nonce="${NONCE}">`));

    const second = (await preview(1)).html;
    assert.match(second, /Row 3 \(bo@example\.com\), 2 of 4/);
    assert.match(second, /breaks this template/);
    assert.match(second, /Hi <mark class="missing" title="Empty for this contact">\{\{recipient\.firstName\}\}<\/mark>,/);
    assert.match(second, /<button type="button" data-row="0">Previous<\/button><button type="button" data-row="2">Next<\/button><button type="button" data-row="3">Next broken<\/button>/);
    assert.match((await preview(99)).html, /Row 5 \(di@example\.com\), 4 of 4/, 'a row past the end shows the last');
  });

  it('publishes the check of a template whose preview is asked for while it is being checked', async () => {
    const uri = pathToFileURL(join(workspace, 'again.outreach.hbs')).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text: TEMPLATE } });
    const { html } = await within(server.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, cspSource: CSP_SOURCE, nonce: NONCE }), 'the preview');
    assert.match(html, /Row 2 \(ana@example\.com\)/);
    await server.diagnostics(uri, (params) => contactDiagnostics(params.diagnostics).length === 1, 'its contacts diagnostic');
  });

  it('offers to map a look-alike column under data.columns, and applying it clears the finding', async () => {
    const text = TEMPLATE.replace(/data:\n {2}file: \.\/contacts\.csv\n {2}columns:\n.*\n.*\n/, 'data: ./columns.csv\n');
    writeFileSync(join(workspace, 'columns.csv'), 'Email,First Name,Talk\nana@example.com,Ana,pricing\n');
    const uri = pathToFileURL(join(workspace, 'columns.outreach.hbs')).toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text } });
    const { diagnostics } = await server.diagnostics(uri, (params) => contactDiagnostics(params.diagnostics).length > 0, 'the missing columns');
    const missing = contactDiagnostics(diagnostics).find((diagnostic) => String(diagnostic.message).includes('`recipient.firstName`'));
    assert.match(String(missing?.message), /no column for `recipient\.firstName`.*“First Name” looks like it/);
    const actions = await within(
      server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing!.range, context: { diagnostics: [missing], only: ['quickfix'] } }),
      'the code actions',
    );
    const action = actions.find((candidate) => candidate.title === 'Map column `First Name` to `recipient.firstName`');
    assert.ok(action?.edit?.changes?.[uri], JSON.stringify(actions.map((candidate) => candidate.title)));
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'outreach', 1, text), action.edit.changes[uri]);
    assert.match(fixed, /\ndata:\n {2}file: \.\/columns\.csv\n {2}columns:\n {4}"First Name": recipient\.firstName\nvariables:\n/);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await server.diagnostics(uri, (params) => !contactDiagnostics(params.diagnostics).some((diagnostic) => String(diagnostic.message).includes('`recipient.firstName`')), 'the mapped column');
    assert.deepEqual(contactDiagnostics(after.diagnostics).map((diagnostic) => String(diagnostic.message).match(/`recipient\.\w+`/)?.[0]), ['`recipient.recentWork`'], 'the column no header looks like is still reported');
  });

  it('checks again when the list changes', async () => {
    writeFileSync(join(workspace, 'contacts.csv'), FIXED_LIST);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(workspace, 'contacts.csv')).toString(), type: 2 }] });
    await server.diagnostics(templateUri, (params) => contactDiagnostics(params.diagnostics).length === 0, 'no contacts diagnostics');
  });

  it('reports a list that cannot be read once, on the data key, when the saved template names it', async () => {
    const text = TEMPLATE.replace('./contacts.csv', './missing.csv');
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: templateUri, version: 2 }, contentChanges: [{ text }] });
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: templateUri } });
    const { diagnostics } = await server.diagnostics(templateUri, (params) => contactDiagnostics(params.diagnostics).length > 0, 'the unreadable list');
    const [unreadable, ...rest] = contactDiagnostics(diagnostics);
    assert.deepEqual(rest, []);
    assert.deepEqual(unreadable?.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } });
    assert.match(String(unreadable?.message), /^The contact list cannot be checked: Cannot read the contact list .*missing\.csv/);
    assert.doesNotMatch((await preview()).html, /<nav class="contacts">/, 'the preview falls back to the samples');
  });
});
