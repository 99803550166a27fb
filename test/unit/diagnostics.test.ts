import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/service/config/settings';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configProblemDiagnostics, MAX_DIAGNOSTICS, readDiagnosticData, toDiagnostic, toDiagnostics } from '../../server/src/service/features/diagnostics';
import { RULES } from '../../server/src/service/rules';
import type { Finding } from '../../server/src/service/types';
import { createService, textDocument } from '../helpers/serviceFixture';
import { request } from '../helpers/ruleTester';

const ASK = 'Could we grab coffee next week to talk about how you moved from teaching into UX research?';

describe('diagnostics', () => {
  it('links no docs page for a custom rule from .outreachrc.json', () => {
    const finding: Finding = { rule: 'no-synergy', severity: 'warning', message: 'Say what you mean.', range: { start: 0, end: 5 }, fixes: [] };
    const diagnostic = toDiagnostic(finding, textDocument('Hello there.', 1));
    assert.equal(diagnostic.code, 'no-synergy');
    assert.equal(diagnostic.codeDescription, undefined);
  });

  it('maps a finding to an LSP diagnostic with rule id, docs link, source and its fixes as data', () => {
    const document = textDocument('Hello there.\nSecond line.', 7);
    const finding: Finding = {
      rule: 'time-limit',
      severity: 'warning',
      message: 'Say how long.',
      range: { start: 13, end: 19 },
      fixes: [{ title: 'Add 15 minutes', edits: [{ range: { start: 25, end: 25 }, newText: ' 15 minutes', snippet: ' ${1:15} minutes' }], preferred: true }],
    };
    const diagnostic = toDiagnostic(finding, document);
    assert.equal(diagnostic.code, 'time-limit');
    assert.equal(diagnostic.source, 'outreach');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    // The rule's page ships with the package: the link opens a file that is there.
    const href = diagnostic.codeDescription?.href ?? '';
    assert.match(href, /^file:\/\/.*\/docs\/rules\/time-limit\.md$/);
    assert.ok(existsSync(fileURLToPath(href)));
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.deepEqual(readDiagnosticData(diagnostic.data), {
      version: 7,
      fixes: [
        {
          title: 'Add 15 minutes',
          edits: [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 12 } }, newText: ' 15 minutes', snippet: ' ${1:15} minutes' }],
          safe: false,
          preferred: true,
        },
      ],
    });
  });

  it('sends at most MAX_DIAGNOSTICS, the most severe first, after a note with the full count', () => {
    const text = `${'Hi {{a}}. '.repeat(1_500)}Last line.`;
    const findings: Finding[] = Array.from({ length: 1_500 }, (_, index) => ({
      rule: 'unknown-variable',
      severity: 'warning',
      message: 'Unknown.',
      range: { start: 10 * index + 3, end: 10 * index + 8 },
      fixes: [],
    }));
    findings.push({ rule: 'template-syntax', severity: 'error', message: 'Broken.', range: { start: text.length - 5, end: text.length }, fixes: [] });
    const diagnostics = toDiagnostics(findings, textDocument(text, 1));
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS);
    assert.match(String(diagnostics[0]!.message), /This file has 1,501 problems; the 999 most severe are shown/);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    const shown = diagnostics.slice(1);
    assert.equal(shown.at(-1)!.code, 'template-syntax', 'the error at the very end is kept');
    assert.deepEqual(shown.slice(0, 3).map((diagnostic) => diagnostic.range.start.character), [3, 13, 23], 'warnings in document order');
    assert.equal(toDiagnostics(findings.slice(0, MAX_DIAGNOSTICS), textDocument(text, 1)).length, MAX_DIAGNOSTICS, 'no note at the limit');
  });

  it('maps every severity', () => {
    const document = textDocument('Hi.');
    const severityOf = (severity: Finding['severity']): DiagnosticSeverity | undefined =>
      toDiagnostic({ rule: 'length', severity, message: 'm', range: { start: 0, end: 1 }, fixes: [] }, document).severity;
    assert.deepEqual(
      (['error', 'warning', 'info', 'hint'] as const).map(severityOf),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint],
    );
  });

  it('keeps ranges right after emoji and accented text (UTF-16 code units)', () => {
    const text = request(`Hi José 👋🏽,\n\n🎉 Congrats on the launch! ${ASK}\n\nThanks,\nRenée`);
    const document = textDocument(text);
    const diagnostic = createService().diagnostics(document).find((candidate) => candidate.code === 'time-limit');
    assert.ok(diagnostic, 'expected a time-limit diagnostic');
    assert.equal(document.getText(diagnostic.range), ASK);
    const line = text.split('\n')[diagnostic.range.start.line] ?? '';
    // 🎉 is two UTF-16 code units: the ask starts at character 27, though it is the 27th code point (index 26).
    assert.equal(diagnostic.range.start.character, line.indexOf('Could'));
    assert.equal(diagnostic.range.start.character, 27);
    assert.equal([...line.slice(0, 27)].length, 26);
  });

  it('keeps ranges right in a CRLF document', () => {
    const text = request(`Hi Ana,\r\n\r\n${ASK}\r\n\r\nThanks,\r\nJo`).replace(/(?<!\r)\n/g, '\r\n');
    const document = textDocument(text);
    const diagnostic = createService().diagnostics(document).find((candidate) => candidate.code === 'time-limit');
    assert.ok(diagnostic);
    assert.equal(document.getText(diagnostic.range), ASK);
  });

  it('rejects malformed diagnostic data coming back from a client', () => {
    assert.equal(readDiagnosticData(undefined), undefined);
    assert.equal(readDiagnosticData({ version: 1, fixes: [{ title: 'x', edits: [{ newText: 'y' }] }] }), undefined);
    assert.equal(readDiagnosticData({ version: '1', fixes: [] }), undefined);
  });

  it('reports .outreachrc.json problems at the offending key', () => {
    const text = '{\n  "rules": {\n    "time-limt": "off"\n  }\n}\n';
    const { problems } = parseConfig(text, RULES.map((rule) => rule.meta));
    const configDocument = TextDocument.create('file:///project/.outreachrc.json', 'json', 0, text);
    const diagnostics = configProblemDiagnostics(configDocument, problems);
    assert.equal(diagnostics.length, 1);
    assert.equal(configDocument.getText(diagnostics[0]!.range), '"time-limt"');
    assert.match(JSON.stringify(diagnostics[0]!.message), /Unknown rule/);
  });
});
