/**
 * The language server as a real client sees it: `node dist/server.js --stdio` spoken to over JSON-RPC.
 * Needs a build first (`npm run build`). Every wait is for a state the server reports, never a sleep.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, CreateFile, TextDocumentEdit, CompletionList, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import { ASK, BLANK_BODY_LINE, COFFEE } from '../fixtures/coffeeChat';
import { applyWorkspaceEdit } from '../helpers/serviceFixture';
import { initialize, startStdioServer, within, type PublishedDiagnostics, type StdioServer } from '../helpers/stdioServer';

describe('language server over stdio', () => {
  let server: StdioServer;
  let connection: MessageConnection;
  let workspace: string;
  let templateUri: string;
  let configUri: string;
  const logs: string[] = [];
  /** Every `workspace/codeLens/refresh` the server sent; waiters resolve on the next one. */
  let codeLensRefreshes = 0;
  const refreshWaiters: (() => void)[] = [];
  /** The client's copy of the template, kept in step with every didChange. */
  let clientCopy: TextDocument;

  function nextDiagnostics(uri: string, matches: (params: PublishedDiagnostics) => boolean, what: string): Promise<PublishedDiagnostics> {
    return server.diagnostics(uri, matches, what);
  }

  function change(range: Range, text: string): number {
    const version = clientCopy.version + 1;
    clientCopy = TextDocument.update(clientCopy, [{ range, text }], version);
    void connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: templateUri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  function at(text: string, where: 'before' | 'after' = 'before'): Position {
    const offset = clientCopy.getText().indexOf(text);
    assert.ok(offset >= 0, `${JSON.stringify(text)} is in the document`);
    return clientCopy.positionAt(where === 'before' ? offset : offset + text.length);
  }

  /** Body clauses offered on the blank line after the ask, best ranked first. */
  async function rankedClauses(): Promise<CompletionItem[]> {
    const list = await within(
      connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: templateUri }, position: { line: BLANK_BODY_LINE, character: 0 } }),
      'body completions',
    );
    return [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  }

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'outreach-lsp-'));
    writeFileSync(join(workspace, '.outreachrc.json'), '{\n  "rules": {\n    "time-limt": "error"\n  }\n}\n');
    templateUri = pathToFileURL(join(workspace, 'coffee.outreach.hbs')).toString();
    configUri = pathToFileURL(join(workspace, '.outreachrc.json')).toString();
    server = startStdioServer(workspace);
    connection = server.connection;
    connection.onRequest('workspace/codeLens/refresh', () => {
      codeLensRefreshes++;
      for (const resolve of refreshWaiters.splice(0)) resolve();
      return null;
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
    // Editor settings: turn one rule off, to show they reach the linter.
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'outreach' ? { rules: { 'reason-to-meet': 'off' } } : null)),
    );
    const result = await initialize(server, {
      workspace,
      capabilities: {
        workspace: { configuration: true, codeLens: { refreshSupport: true }, workspaceEdit: { documentChanges: true, snippetEditSupport: true, resourceOperations: ['create'] } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    assert.deepEqual((result.capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, ['{', '.']);
    assert.deepEqual(result.capabilities.codeLensProvider, { resolveProvider: false });
    clientCopy = TextDocument.create(templateUri, 'outreach', 1, COFFEE);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: COFFEE } });
  });

  after(() => {
    server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('reports .outreachrc.json problems on that file', async () => {
    const config = await nextDiagnostics(configUri, (params) => params.diagnostics.length > 0, 'config diagnostics');
    assert.match(JSON.stringify(config.diagnostics[0]!.message), /Unknown rule `time-limt`/);
  });

  it('publishes a time-limit diagnostic on the ask after didOpen, with editor settings applied', async () => {
    const { diagnostics, version } = await nextDiagnostics(templateUri, (params) => params.version === 1, 'diagnostics of version 1');
    const timeLimit = diagnostics.find((diagnostic) => diagnostic.code === 'time-limit');
    assert.ok(timeLimit, `time-limit among ${diagnostics.map((diagnostic) => diagnostic.code).join(', ')}`);
    assert.equal(version, 1);
    assert.equal(clientCopy.getText(timeLimit.range), ASK);
    assert.equal(timeLimit.source, 'outreach');
    assert.match(timeLimit.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/time-limit\.md$/);
    assert.equal(diagnostics.some((diagnostic) => diagnostic.code === 'reason-to-meet'), false, 'turned off in the editor settings');
  });

  it('hovers a diagnostic with the rule’s why', async () => {
    const hover = await within(connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: templateUri }, position: at('grab coffee') }), 'hover');
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*time-limit\*\*/);
    assert.match(value, /calendar/);
  });

  it('hovers a front-matter key with its meaning and allowed values', async () => {
    const hover = await within(connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: templateUri }, position: { line: 1, character: 2 } }), 'key hover');
    assert.ok(hover?.range);
    assert.equal(clientCopy.getText(hover.range), 'kind');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*kind\*\* \(front matter\)/);
    assert.match(value, /Allowed values: `request`, `intro-request`, `introduction`, `decline`, `thank-you`, `follow-up`, `questions`\. Default: `request`\./);
  });

  it('offers a preferred quick fix folding a time limit into the ask, and disable-line', async () => {
    const { diagnostics } = await nextDiagnostics(templateUri, (params) => params.version === 1, 'diagnostics of version 1');
    const timeLimit = diagnostics.find((diagnostic) => diagnostic.code === 'time-limit')!;
    const actions = await within(
      connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: templateUri },
        range: timeLimit.range,
        context: { diagnostics: [timeLimit] },
      }),
      'code actions',
    );
    const preferred = actions.find((action) => action.isPreferred && action.diagnostics?.[0]?.code === 'time-limit');
    assert.ok(preferred?.edit, `a preferred fix among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(preferred.kind, 'quickfix');
    const change = preferred.edit.documentChanges?.[0];
    assert.ok(change && 'edits' in change && change.edits.some((edit) => 'snippet' in edit), 'a snippet edit, as the client supports them');
    const fixed = applyWorkspaceEdit(clientCopy, preferred.edit);
    // The length is folded into the ask itself, not asked for again in a second question after it.
    assert.ok(!fixed.includes(ASK), fixed);
    assert.match(fixed, /\b(?:a 15-minute|for 15 minutes|15 minutes of your time)\b/);

    const disableLine = actions.find((action) => action.title === 'Disable time-limit for this line');
    assert.ok(disableLine?.edit);
    const disabled = applyWorkspaceEdit(clientCopy, disableLine.edit);
    assert.ok(disabled.includes('Hi {{recipient.firstName}},\n\n{{!-- outreach-disable-next-line time-limit --}}\nI am an ICU nurse'));
  });

  it('offers to create the opt-in request beside an introduction, as files the client creates', async () => {
    const introUri = pathToFileURL(join(workspace, 'mira-tom.outreach.hbs')).toString();
    const intro = [
      '---',
      'kind: introduction',
      'subject: "Mira <> Tom: onboarding for support teams"',
      'consent: none',
      '---',
      'Hi Mira and Tom,',
      '',
      'Mira, meet Tom. He is rebuilding onboarding for a support team of forty, which you did at Juniper last year.',
      '',
      'Best,',
      'Ingrid',
      '',
    ].join('\n');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: introUri, languageId: 'outreach', version: 1, text: intro } });
    const { diagnostics } = await nextDiagnostics(introUri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'intro-opt-in'), 'an intro-opt-in diagnostic');
    const optIn = diagnostics.find((diagnostic) => diagnostic.code === 'intro-opt-in')!;
    const actions = await within(
      connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: introUri }, range: optIn.range, context: { diagnostics: [optIn] } }),
      'intro code actions',
    );
    const create = actions.find((action) => action.title === 'Create opt-in request');
    assert.ok(create?.edit?.documentChanges, `the opt-in action among ${actions.map((action) => action.title).join(' | ')}`);
    const [createFile, fill, own] = create.edit.documentChanges;
    const sibling = pathToFileURL(join(workspace, 'mira-tom.intro-request.outreach.hbs')).toString();
    assert.deepEqual(createFile as CreateFile, { kind: 'create', uri: sibling, options: { ignoreIfExists: false, overwrite: false } });
    assert.deepEqual((fill as TextDocumentEdit).textDocument, { uri: sibling, version: null });
    assert.match(JSON.stringify((fill as TextDocumentEdit).edits[0]), /kind: intro-request/);
    assert.equal((own as TextDocumentEdit).textDocument.uri, introUri);
    assert.ok(applyWorkspaceEdit(TextDocument.create(introUri, 'outreach', 1, intro), create.edit).includes('\nconsent: asked\n'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: introUri } });
  });

  it('lists phrase-library clauses as snippets in the body', async () => {
    const list = await within(
      connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: templateUri }, position: { line: BLANK_BODY_LINE, character: 0 } }),
      'body completions',
    );
    const clause = list.items.find((item: CompletionItem) => item.detail === 'time-limit');
    assert.ok(clause, 'a time-limit clause');
    assert.equal(clause.insertTextFormat, 2);
  });

  it('ranks time-limit clauses first while the request has no time limit', async () => {
    const { diagnostics } = await nextDiagnostics(templateUri, (params) => params.version === 1, 'diagnostics of version 1');
    const renamed: Record<string, string> = { 'missing-purpose': 'purpose', 'scheduling-burden': 'scheduling' };
    const missing = new Set(diagnostics.map((diagnostic) => renamed[String(diagnostic.code)] ?? String(diagnostic.code)));
    assert.ok(missing.has('time-limit'));
    const ranked = await rankedClauses();
    const lastTimeLimit = ranked.map((item) => item.detail).lastIndexOf('time-limit');
    assert.ok(lastTimeLimit >= 0, 'time-limit clauses are offered');
    const ahead = ranked.slice(0, lastTimeLimit).filter((item) => !missing.has(item.detail ?? ''));
    assert.deepEqual(ahead.map((item) => item.detail), [], 'only clauses for other missing parts rank with them');
    assert.ok(ranked.findIndex((item) => item.detail === 'time-limit') < ranked.findIndex((item) => item.detail === 'opener'));
  });

  it('publishes fresh diagnostics without time-limit after an incremental edit fixes it', async () => {
    const version = change({ start: at('coffee', 'after'), end: at('coffee', 'after') }, ' for 15 minutes');
    const { diagnostics } = await nextDiagnostics(templateUri, (params) => params.version === version, `diagnostics of version ${version}`);
    assert.equal(diagnostics.some((diagnostic) => diagnostic.code === 'time-limit'), false);
    assert.ok(clientCopy.getText().includes('grab coffee for 15 minutes next week'));
  });

  it('stops ranking time-limit clauses first once the ask has a length', async () => {
    const ranked = await rankedClauses();
    assert.ok(ranked.findIndex((item) => item.detail === 'opener') < ranked.findIndex((item) => item.detail === 'time-limit'));
  });

  it('shows a summary lens on the first body line with the counts of the edited text', async () => {
    const version = clientCopy.version;
    const { diagnostics } = await nextDiagnostics(templateUri, (params) => params.version === version, `diagnostics of version ${version}`);
    const lenses = await within(connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: templateUri } }), 'code lenses');
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    assert.equal(lens!.range.start.line, 7, 'the greeting line, right after the front matter');
    assert.equal(lens!.command?.command, 'outreach.showSummary');
    // 14 words in the introduction + 22 in the edited ask ("health-tech" is two); "you" once; "I" and "my".
    const findings = `${diagnostics.length} open finding${diagnostics.length === 1 ? '' : 's'}`;
    assert.equal(lens!.command?.title, `36 words · < 1 min read · 1 question · you/I 1:2 · ${findings}`);
    assert.deepEqual(lens!.command?.arguments?.[0], { words: 36, readingMinutes: 1, questions: 1, secondPerson: 1, firstPerson: 2, openFindings: diagnostics.length });
  });

  it('coalesces a burst of edits and reports on the latest version', async () => {
    let version = clientCopy.version;
    for (const word of [' Also,', ' I', ' read', ' your', ' post.']) version = change({ start: at('Thanks,', 'before'), end: at('Thanks,', 'before') }, word);
    const latest = await nextDiagnostics(templateUri, (params) => params.version === version, `diagnostics of version ${version}`);
    assert.equal(latest.version, version);
  });

  it('completes declared variables after {{', async () => {
    const end = clientCopy.positionAt(clientCopy.getText().length);
    change({ start: end, end }, 'P.S. {{');
    const position = clientCopy.positionAt(clientCopy.getText().length);
    const list = await within(
      connection.sendRequest<CompletionList>('textDocument/completion', {
        textDocument: { uri: templateUri },
        position,
        context: { triggerKind: 2, triggerCharacter: '{' },
      }),
      'placeholder completions',
    );
    const firstName = list.items.find((item) => item.label === 'recipient.firstName');
    assert.equal(firstName?.detail, 'Noor');
    assert.ok(list.items.some((item) => item.label === 'sender.firstName'));
  });

  it('re-lints open templates when .outreachrc.json changes on disk', async () => {
    const current = [...server.published].reverse().find((params) => params.uri === templateUri);
    const rule = String(current?.diagnostics[0]?.code ?? '');
    assert.ok(rule, 'the template still has a finding to turn off');
    const refreshed = within(new Promise<void>((resolve) => refreshWaiters.push(resolve)), 'a code lens refresh, as open findings changed');
    writeFileSync(join(workspace, '.outreachrc.json'), JSON.stringify({ rules: { [rule]: 'off' } }));
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await nextDiagnostics(templateUri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === rule), `diagnostics without ${rule}`);
    await nextDiagnostics(configUri, (params) => params.diagnostics.length === 0, 'the config problems to clear');
    await refreshed;
    assert.ok(codeLensRefreshes >= 2, 'after the first settings load and after this change');
  });

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    await within(connection.sendRequest('shutdown'), 'the shutdown response');
    await connection.sendNotification('exit');
    assert.equal(await within(exited, 'the server process to exit'), 0);
    assert.equal(logs.filter((message) => /failed/.test(message)).join('\n'), '', 'no feature failed along the way');
  });
});
