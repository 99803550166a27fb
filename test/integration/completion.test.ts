/** Completion in a template body: phrase-library clauses on an empty line, declared variables after `{{`. */
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { BLANK_BODY_LINE, TIME_LIMIT_CLAUSE } from './fixtures';
import { diagnosticsWhere, labelOf, openFile, ruleIds, textBecomes } from './helpers';

suite('completion', () => {
  let document: vscode.TextDocument;

  function complete(position: vscode.Position, triggerCharacter?: string): Thenable<vscode.CompletionList> {
    return vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, triggerCharacter);
  }

  suiteSetup(async () => {
    document = (await openFile('completion.outreach.hbs')).document;
    await diagnosticsWhere(document.uri, 'the template to be linted', () => ruleIds(document.uri).includes('time-limit'));
  });

  test('offers phrase-library clauses on an empty body line, the missing time limit among them', async () => {
    const list = await complete(new vscode.Position(BLANK_BODY_LINE, 0));
    const clauses = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
    const categories = new Set(clauses.map((item) => item.detail));
    for (const category of ['time-limit', 'reason-to-meet', 'flexibility', 'opener']) assert.ok(categories.has(category), `a ${category} clause`);
    const timeLimit = clauses.find((item) => labelOf(item) === '15 minutes in the next two weeks');
    assert.ok(timeLimit, 'the default time-limit clause');
    const insert = timeLimit.insertText instanceof vscode.SnippetString ? timeLimit.insertText.value : timeLimit.insertText;
    assert.equal(insert, TIME_LIMIT_CLAUSE);
    const rank = (item: vscode.CompletionItem): string => item.sortText ?? labelOf(item);
    const firstOpener = clauses.filter((item) => item.detail === 'opener').map(rank).sort()[0] ?? '';
    assert.ok(rank(timeLimit) < firstOpener, 'the missing time limit ranks before openers');
  });

  test('lists the declared variables with their samples after {{', async () => {
    const before = document.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(before.length), 'P.S. {{');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await textBecomes(document, `${before}P.S. {{`, 'the typed {{');
    const list = await complete(document.positionAt(document.getText().length), '{');
    const variables = new Map(list.items.map((item) => [labelOf(item), item.detail]));
    assert.equal(variables.get('recipient.firstName'), 'Noor');
    assert.equal(variables.get('sender.firstName'), 'Kai');
  });
});
