/** Diagnostics and hovers of a coffee-chat request with problems, read through the vscode API. */
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { ASK } from './fixtures';
import { diagnosticsWhere, findDiagnostic, hoverText, openFile, ruleIds } from './helpers';

const EXPECTED = ['flexibility', 'reason-to-meet', 'time-limit'];

suite('diagnostics and hover', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    document = (await openFile('coffee.outreach.hbs')).document;
    diagnostics = await diagnosticsWhere(document.uri, `diagnostics ${EXPECTED.join(', ')}`, () => ruleIds(document.uri).join() === EXPECTED.join());
  });

  test('marks the ask with reason-to-meet, time-limit and flexibility from the outreach source', () => {
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'outreach');
      assert.equal(document.getText(diagnostic.range), ASK, `${String(diagnostic.message)} covers the ask`);
    }
    assert.equal(findDiagnostic(diagnostics, 'time-limit').severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(findDiagnostic(diagnostics, 'reason-to-meet').severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(findDiagnostic(diagnostics, 'flexibility').severity, vscode.DiagnosticSeverity.Information);
    assert.match(findDiagnostic(diagnostics, 'time-limit').message, /how long/);
  });

  test('links each diagnostic to its rule documentation, a page the installed extension ships', async () => {
    const code = findDiagnostic(diagnostics, 'time-limit').code;
    assert.ok(typeof code === 'object', 'a code with a target');
    assert.match(code.target.toString(), /^file:\/\/.*\/docs\/rules\/time-limit\.md$/);
    await vscode.workspace.fs.stat(code.target);
  });

  test('hovers a finding with its rule’s why', async () => {
    const position = document.positionAt(document.getText().indexOf('grab coffee'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /\*\*time-limit\*\*/);
    assert.match(text, /A busy person weighs every request against their calendar/);
    assert.match(text, /\*\*reason-to-meet\*\*/);
  });
});
