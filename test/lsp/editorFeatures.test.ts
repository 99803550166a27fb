/**
 * Editor features a real client drives over stdio (`node dist/server.js --stdio`), beyond the walk-through in
 * server.test.ts: placeholder hover, front-matter completions, clause and disable-file fixes, fix-all, and what a client
 * without snippet support receives. Needs `npm run build`. Every wait is for a state the server reports, never a sleep.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { snippetText } from '../helpers/serviceFixture';
import { initialize, startStdioServer, within, type InitializeResult, type StdioServer } from '../helpers/stdioServer';

/** A cold coffee-chat request: a sender introduction, an hour-long ask, no reason for the recipient, a typo in the sign-off. */
const INTRODUCTION = 'I am a secondary-school science teacher who has spent the last year running usability sessions for our learning platform.';
const ASK = 'Would you have an hour for a call next week to talk about how you moved from teaching into UX research at {{recipient.company}}?';
const REQUEST = [
  '---',
  'kind: request',
  'subject: Your move from teaching into UX research',
  'relationship: cold',
  'variables:',
  '  recipient.firstName: Noor',
  '  recipient.company: Fernhill Labs',
  '  sender.firstName: Kai',
  '---',
  'Hi {{recipient.firstName}},',
  '',
  `${INTRODUCTION} ${ASK}`,
  '',
  'Thanks,',
  '{{sender.firstNme}}',
  '',
].join('\n');

/** The first reason-to-meet clause of the shipped phrase library, as plain text and as a snippet with its placeholders as tab stops. */
const OFFER_CLAUSE = 'In return, I can share {{sender.offer}}, which might be useful for your work at {{recipient.company}}.';
const OFFER_SNIPPET = 'In return, I can share ${1:{{sender.offer\\}\\}}, which might be useful for your work at ${2:{{recipient.company\\}\\}}.';
/** The clause the reason-to-meet fix prefers before an ask: it leans on nothing said earlier ("In return" would). */
const SHARE_CLAUSE = 'I would be glad to share {{sender.offer}}, if it is useful for your work at {{recipient.company}}.';
const SHARE_SNIPPET = 'I would be glad to share ${1:{{sender.offer\\}\\}}, if it is useful for your work at ${2:{{recipient.company\\}\\}}.';
/** The fix declares the placeholder the clause brings, as a whole line after the last declared variable. */
const OFFER_DECLARATION = '  sender.offer: "offer"\n';

/** A client session on one server: opens templates and keeps its copy of each in step with the edits it sends. */
class Client {
  readonly server: StdioServer;
  private readonly copies = new Map<string, TextDocument>();
  private readonly workspace: string;

  constructor(prefix: string) {
    this.workspace = mkdtempSync(join(tmpdir(), prefix));
    this.server = startStdioServer(this.workspace);
  }

  /** Initializes as an editor that applies versioned workspace edits and fix-all, with or without snippet support. */
  initialize({ snippets }: { snippets: boolean }): Promise<InitializeResult> {
    return initialize(this.server, {
      workspace: this.workspace,
      capabilities: {
        workspace: { workspaceEdit: { documentChanges: true, ...(snippets ? { snippetEditSupport: true } : {}) } },
        textDocument: {
          completion: { completionItem: { snippetSupport: snippets } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
  }

  /** Opens `text` as `<name>.outreach.hbs` and waits for its first diagnostics (published once settings and phrases are loaded). */
  async open(name: string, text: string): Promise<string> {
    const uri = pathToFileURL(join(this.workspace, `${name}.outreach.hbs`)).toString();
    this.copies.set(uri, TextDocument.create(uri, 'outreach', 1, text));
    await this.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text } });
    await this.diagnostics(uri);
    return uri;
  }

  text(uri: string): string {
    return this.copy(uri).getText();
  }

  /** The diagnostics the server published for the client's current version of `uri`. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.copy(uri).version;
    const published = await this.server.diagnostics(uri, (params) => params.version === version, `diagnostics of ${uri} version ${version}`);
    return published.diagnostics;
  }

  /** Applies a workspace edit's changes to `uri` as the client would, sends them as incremental changes, and returns the new text. */
  async apply(uri: string, edit: WorkspaceEdit): Promise<string> {
    const edits = textEditsFor(uri, edit);
    assert.ok(edits.length > 0, `the edit changes ${uri}`);
    const current = this.copy(uri);
    const expected = TextDocument.applyEdits(current, edits);
    // The edits are relative to the text before any of them; sent in a batch they apply one after another, so last first.
    const ordered = [...edits]
      .sort((a, b) => current.offsetAt(b.range.start) - current.offsetAt(a.range.start))
      .map((textEdit) => ({ range: textEdit.range, text: textEdit.newText }));
    const version = current.version + 1;
    const updated = TextDocument.update(current, ordered, version);
    assert.equal(updated.getText(), expected, 'the incremental changes give the edited text');
    this.copies.set(uri, updated);
    await this.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: ordered });
    return expected;
  }

  positionOf(uri: string, text: string, where: 'before' | 'after' = 'before'): Position {
    const copy = this.copy(uri);
    const offset = copy.getText().indexOf(text);
    assert.ok(offset >= 0, `${JSON.stringify(text)} is in ${uri}`);
    return copy.positionAt(where === 'before' ? offset : offset + text.length);
  }

  textAt(uri: string, range: { start: Position; end: Position }): string {
    return this.copy(uri).getText(range);
  }

  completions(uri: string, position: Position): Promise<CompletionItem[]> {
    return within(
      this.server.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position }).then((list) => list?.items ?? []),
      'completions',
    );
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const copy = this.copy(uri);
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: copy.positionAt(copy.getText().length) };
    return within(
      this.server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }),
      'code actions',
    );
  }

  stop(): void {
    this.server.stop();
    rmSync(this.workspace, { recursive: true, force: true });
  }

  private copy(uri: string): TextDocument {
    const copy = this.copies.get(uri);
    assert.ok(copy, `${uri} is open`);
    return copy;
  }
}

/** The edits a workspace edit makes to `uri` (plain `changes` or `documentChanges`), snippets as the text they insert. */
function textEditsFor(uri: string, edit: WorkspaceEdit): TextEdit[] {
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if (!('edits' in change) || change.textDocument.uri !== uri) continue;
    for (const textEdit of change.edits) edits.push('snippet' in textEdit ? { range: textEdit.range, newText: snippetText(textEdit.snippet.value) } : textEdit);
  }
  return edits;
}

function byRule(diagnostics: readonly Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === rule);
  assert.ok(found, `${rule} among ${codes(diagnostics).join(', ')}`);
  return found;
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
}

function titles(actions: readonly CodeAction[]): string {
  return actions.map((action) => action.title).join(' | ');
}

describe('editor features over stdio, with a snippet-capable client', () => {
  let client: Client;
  let initializeResult: InitializeResult;

  before(async () => {
    client = new Client('outreach-editor-');
    initializeResult = await client.initialize({ snippets: true });
  });

  after(() => client?.stop());

  it('reports the findings the fixture is built around', async () => {
    const uri = await client.open('findings', REQUEST);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['flexibility', 'long-meeting', 'reason-to-meet', 'unknown-variable', 'unused-variable']);
  });

  it('hovers a placeholder in the body with its sample value from `variables`', async () => {
    const uri = await client.open('hover', REQUEST);
    const position = client.positionOf(uri, 'recipient.firstName}}', 'before');
    const hover = await within(client.server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), 'placeholder hover');
    assert.ok(hover?.range);
    assert.equal(client.textAt(uri, hover.range), '{{recipient.firstName}}');
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.equal((hover.contents as MarkupContent).value, 'Placeholder `recipient.firstName`\n\nSample value: `Noor`');
  });

  it('completes the missing top-level keys at the start of an empty front-matter line', async () => {
    const uri = await client.open('keys', REQUEST.replace('relationship: cold\n', '\n'));
    const position = { line: 3, character: 0 };
    assert.equal(client.text(uri).split('\n')[3], '', 'an empty line inside the YAML');
    const items = await client.completions(uri, position);
    // kind, subject and variables are already there.
    assert.deepEqual(items.map((item) => item.label), ['relationship', 'recipient', 'consent', 'data']);
    const emptyRange = { start: position, end: position };
    const relationship = items[0]!;
    assert.equal(relationship.kind, 10, 'Property');
    assert.equal(relationship.documentation, 'How well you know the recipient: cold, warm, mutual.');
    assert.deepEqual(relationship.textEdit, { range: emptyRange, newText: 'relationship: ' });
    assert.deepEqual(items[1]!.textEdit, { range: emptyRange, newText: 'recipient:\n  ' }, 'a map key opens its indented block');

    // Picking `relationship` leaves the cursor after `relationship: `, where its values complete.
    await client.apply(uri, { changes: { [uri]: [relationship.textEdit as TextEdit] } });
    const values = await client.completions(uri, { line: 3, character: 'relationship: '.length });
    assert.deepEqual(values.map((item) => item.label), ['cold', 'warm', 'mutual']);
    assert.ok(values.every((item) => item.kind === 20 && item.detail === 'relationship'), 'EnumMember items naming their key');
  });

  it('completes `kind` values, replacing the value typed so far', async () => {
    const uri = await client.open('kind', REQUEST.replace('kind: request', 'kind: intro'));
    const position = { line: 1, character: 'kind: intro'.length };
    const items = await client.completions(uri, position);
    assert.deepEqual(items.map((item) => item.label), ['request', 'intro-request', 'introduction', 'decline', 'thank-you', 'follow-up', 'questions']);
    const introduction = items.find((item) => item.label === 'introduction')!;
    assert.deepEqual(introduction.textEdit, { range: { start: { line: 1, character: 'kind: '.length }, end: position }, newText: 'introduction' });
    const text = await client.apply(uri, { changes: { [uri]: [introduction.textEdit as TextEdit] } });
    assert.equal(text.split('\n')[1], 'kind: introduction');
  });

  it('offers a preferred reason-to-meet fix that inserts a clause after the sender’s introduction', async () => {
    const uri = await client.open('reason', REQUEST);
    const reason = byRule(await client.diagnostics(uri), 'reason-to-meet');
    const actions = await client.codeActions(uri, [reason]);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1, `one preferred action among ${titles(actions)}`);
    const [fix] = preferred;
    assert.equal(fix!.title, 'Add a reason to meet: “Something useful to share”');
    assert.equal(fix!.kind, 'quickfix');
    assert.equal(fix!.diagnostics?.[0]?.code, 'reason-to-meet');
    const change = fix!.edit?.documentChanges?.[0];
    assert.ok(change && 'edits' in change, 'a text document edit');
    const afterIntroduction = client.positionOf(uri, INTRODUCTION, 'after');
    const afterVariables = client.positionOf(uri, '---\nHi {{recipient.firstName}}');
    assert.deepEqual(change.edits, [
      { range: { start: afterIntroduction, end: afterIntroduction }, snippet: { kind: 'snippet', value: ` ${SHARE_SNIPPET}` } },
      { range: { start: afterVariables, end: afterVariables }, newText: OFFER_DECLARATION },
    ]);
    // Two alternatives follow the preferred clause, then the suppressions; fix-all comes along as the file has safe fixes.
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Add a reason to meet: “Something useful to share”',
        'Add a reason to meet: “Results from trying their idea”',
        'Add a reason to meet: “Data points that add to their work”',
        'Disable reason-to-meet for this line',
        'Disable reason-to-meet for this file',
        'Fix all safe Outreach Etiquette problems',
      ],
    );

    const text = await client.apply(uri, fix!.edit!);
    assert.ok(text.includes(`\n${INTRODUCTION} ${SHARE_CLAUSE} ${ASK}\n`), text);
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.some((diagnostic) => diagnostic.code === 'reason-to-meet'), false, `reason-to-meet gone from ${codes(diagnostics).join(', ')}`);
  });

  it('disables a rule for the whole file with a comment on the first body line, then adds the next rule to it', async () => {
    const uri = await client.open('disable-file', REQUEST);
    const flexibility = byRule(await client.diagnostics(uri), 'flexibility');
    const disable = (await client.codeActions(uri, [flexibility])).find((action) => action.title === 'Disable flexibility for this file');
    assert.ok(disable?.edit);
    assert.equal(disable.kind, 'quickfix');
    assert.notEqual(disable.isPreferred, true);
    assert.deepEqual(disable.edit, {
      changes: { [uri]: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: '{{!-- outreach-disable-file flexibility --}}\n' }] },
    });
    let text = await client.apply(uri, disable.edit);
    assert.ok(text.includes('\n---\n{{!-- outreach-disable-file flexibility --}}\nHi {{recipient.firstName}},\n'));
    let diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['long-meeting', 'reason-to-meet', 'unknown-variable', 'unused-variable']);

    const again = (await client.codeActions(uri, [byRule(diagnostics, 'reason-to-meet')])).find((action) => action.title === 'Disable reason-to-meet for this file');
    assert.ok(again?.edit);
    text = await client.apply(uri, again.edit);
    assert.ok(text.includes('\n---\n{{!-- outreach-disable-file flexibility reason-to-meet --}}\nHi {{recipient.firstName}},\n'));
    diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['long-meeting', 'unknown-variable', 'unused-variable']);
  });

  it('fixes all safe problems at once on `source.fixAll`, and has nothing left to do the second time', async () => {
    const uri = await client.open('fix-all', REQUEST);
    const actions = await client.codeActions(uri, [], ['source.fixAll']);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [['Fix all safe Outreach Etiquette problems', 'source.fixAll.outreach']],
      'only the fix-all action, no quick fixes',
    );
    const text = await client.apply(uri, actions[0]!.edit!);
    assert.equal(
      text,
      REQUEST.replace('Would you have an hour for a call', 'Would you have 15–20 minutes for a call').replace('{{sender.firstNme}}', '{{sender.firstName}}'),
    );
    const diagnostics = await client.diagnostics(uri);
    // The typo fix also used `sender.firstName`; what is left needs the author's words.
    assert.deepEqual(codes(diagnostics), ['flexibility', 'reason-to-meet']);
    for (const diagnostic of diagnostics) {
      const fixes = (diagnostic.data as { fixes: { safe?: boolean }[] }).fixes;
      assert.equal(fixes.some((fix) => fix.safe), false, `${String(diagnostic.code)} has no safe fix`);
    }
    assert.deepEqual(await client.codeActions(uri, [], ['source.fixAll.outreach']), [], 'nothing left to fix');
  });

  it('sends clause completions with their documentation up front, as the server does no lazy resolve', async () => {
    assert.equal((initializeResult.capabilities.completionProvider as { resolveProvider?: boolean }).resolveProvider, false);
    const uri = await client.open('clauses', REQUEST);
    const items = await client.completions(uri, { line: 12, character: 0 });
    const offer = items.find((item) => item.label === 'Offer something useful to them');
    assert.ok(offer, 'the reason-to-meet clause');
    assert.equal(offer.detail, 'reason-to-meet');
    assert.equal(offer.insertTextFormat, 2, 'Snippet');
    assert.deepEqual(offer.textEdit, { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, newText: OFFER_SNIPPET });
    const documentation = offer.documentation as MarkupContent;
    assert.equal(documentation.kind, 'markdown');
    assert.ok(documentation.value.startsWith(`${OFFER_CLAUSE}\n\n*`), documentation.value);
  });
});

describe('editor features over stdio, with a client without snippet support', () => {
  let client: Client;

  before(async () => {
    client = new Client('outreach-plain-');
    await client.initialize({ snippets: false });
  });

  after(() => client?.stop());

  it('sends clause completions as plain text, placeholders left as written', async () => {
    const uri = await client.open('clauses', REQUEST);
    const items = await client.completions(uri, { line: 12, character: 0 });
    const clauses = items.filter((item) => item.kind === 15);
    assert.ok(clauses.length > 0, 'clauses are offered');
    for (const item of clauses) {
      assert.equal(item.insertTextFormat, 1, `${item.label} is plain text`);
      assert.doesNotMatch((item.textEdit as TextEdit).newText, /\$\{?\d/, `${item.label} has no tab stops`);
    }
    const offer = clauses.find((item) => item.label === 'Offer something useful to them');
    assert.equal((offer?.textEdit as TextEdit | undefined)?.newText, OFFER_CLAUSE);
  });

  it('sends clause fixes as plain text edits', async () => {
    const uri = await client.open('reason', REQUEST);
    const reason = byRule(await client.diagnostics(uri), 'reason-to-meet');
    const fix = (await client.codeActions(uri, [reason])).find((action) => action.isPreferred);
    assert.ok(fix?.edit);
    const at = client.positionOf(uri, INTRODUCTION, 'after');
    const afterVariables = client.positionOf(uri, '---\nHi {{recipient.firstName}}');
    assert.deepEqual(fix.edit, {
      changes: { [uri]: [{ range: { start: at, end: at }, newText: ` ${SHARE_CLAUSE}` }, { range: { start: afterVariables, end: afterVariables }, newText: OFFER_DECLARATION }] },
    });
    const text = await client.apply(uri, fix.edit);
    assert.ok(text.includes(`\n${INTRODUCTION} ${SHARE_CLAUSE} ${ASK}\n`));
    assert.equal((await client.diagnostics(uri)).some((diagnostic) => diagnostic.code === 'reason-to-meet'), false);
  });
});
