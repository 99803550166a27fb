/**
 * The accuracy harness counts what it claims: strict counting of full labels, merged `labels-*.json`
 * parts, the prefix filter, the quiet share of clean templates and the fix round trip. It runs on a
 * tiny corpus written to a temporary folder, and judges it against a small registry so that the
 * figures do not move when an unrelated rule changes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkFixRoundTrip, evaluateFolder, loadLabels, rejectedRules, thresholdFailures, type FileLabels } from '../../server/src/evaluate';
import { loadPhraseLibrary } from '../../server/src/service/config/bundledPhrases';
import { emptyConfig } from '../../server/src/service/config/settings';
import { RULES } from '../../server/src/service/rules';
import type { RuleMeta } from '../../server/src/service/rules/rule';
import type { Finding } from '../../server/src/service/types';

/** A question list that no rule objects to, with `extra` before the questions. */
function questions(extra = '', frontMatter = ''): string {
  return (
    `---\nkind: questions\n${frontMatter}---\n${extra}` +
    '- What surprised you most when you moved from research into product work?\n' +
    '- How do you decide which customer problems your team takes on first?\n' +
    '- What would you tell someone making the same move today?\n' +
    '- Which skills from the lab turned out to matter most?\n' +
    '- How did you find your first mentor in the new field?\n'
  );
}

function meta(id: string): RuleMeta {
  const rule = RULES.find((candidate) => candidate.meta.id === id);
  assert.ok(rule, `no rule ${id}`);
  return rule.meta;
}
/** Two non-hint rules and a hint one: full labels reject the first two only. */
const REGISTRY = [meta('leftover-placeholder'), meta('frontmatter'), meta('unused-variable')];
const settings = { config: emptyConfig(), phrases: loadPhraseLibrary().library };

let folder = '';
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'outreach-eval-'));
  const files: Record<string, string> = {
    'a1.outreach.hbs': questions('Hi [Name],\n\n'),
    'a2.outreach.hbs': questions('XXX\n\n'),
    // An unused variable is a hint: not a false positive of a full label, and not noise on a clean template.
    'a3.outreach.hbs': questions('', 'variables:\n  recipient:\n    firstName: Ana\n'),
    'b1.outreach.hbs': questions('Hi [Name],\n\n'),
    'b2.outreach.hbs': questions('Hi [Name],\n\n'),
    'unlabeled.outreach.hbs': questions('XXX\n\n'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const partA: Record<string, FileLabels> = {
    'a1.outreach.hbs': { expect: ['leftover-placeholder'], allow: [] },
    'a2.outreach.hbs': { expect: [], allow: [] },
    'a3.outreach.hbs': { expect: [], allow: [] },
    'a9-missing.outreach.hbs': { expect: ['frontmatter'], allow: [] },
  };
  const partB: Record<string, FileLabels> = {
    // Partial labels: only what is named is judged, so the placeholder goes uncounted.
    'b1.outreach.hbs': { expect: [], reject: [] },
    'b2.outreach.hbs': { expect: [], allow: ['leftover-placeholder'] },
  };
  writeFileSync(join(folder, 'labels-a.json'), JSON.stringify(partA));
  writeFileSync(join(folder, 'labels-b.json'), JSON.stringify(partB));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('evaluateFolder', () => {
  it('merges labels-*.json parts', () => {
    assert.deepEqual(Object.keys(loadLabels(folder)).sort(), ['a1.outreach.hbs', 'a2.outreach.hbs', 'a3.outreach.hbs', 'a9-missing.outreach.hbs', 'b1.outreach.hbs', 'b2.outreach.hbs']);
  });

  it('a full label rejects every non-hint rule it neither expects nor allows', () => {
    assert.deepEqual(rejectedRules({ expect: ['frontmatter'], allow: [] }, REGISTRY), ['leftover-placeholder']);
    assert.deepEqual(rejectedRules({ expect: [], allow: ['frontmatter'] }, REGISTRY), ['leftover-placeholder']);
    assert.deepEqual(rejectedRules({ expect: [], reject: ['unused-variable'] }, REGISTRY), ['unused-variable']);
  });

  it('counts full labels strictly and partial labels as given', () => {
    const evaluation = evaluateFolder(folder, { rules: REGISTRY, settings });
    assert.equal(evaluation.files, 5);
    assert.deepEqual(evaluation.missingFiles, ['a9-missing.outreach.hbs']);
    const placeholder = evaluation.rules['leftover-placeholder'];
    // a1 expected it (TP); a2 is full and silent on it (FP); a3 is full and clean (TN); b1 partial and b2 allowed: uncounted.
    assert.deepEqual(placeholder && { tp: placeholder.tp, fp: placeholder.fp, fn: placeholder.fn, tn: placeholder.tn }, { tp: 1, fp: 1, fn: 0, tn: 1 });
    assert.deepEqual(placeholder?.falseAlarms, ['a2.outreach.hbs']);
    assert.equal(evaluation.rules['frontmatter']?.tn, 4);
    assert.equal(evaluation.rules['unused-variable'], undefined);
    assert.deepEqual(evaluation.total, { tp: 1, fp: 1, fn: 0, tn: 5 });
    assert.equal(evaluation.precision, 0.5);
    assert.equal(evaluation.recall, 1);
  });

  it('reports the share of clean templates without a warning or error', () => {
    const evaluation = evaluateFolder(folder, { rules: REGISTRY, settings });
    assert.equal(evaluation.clean, 4);
    assert.equal(evaluation.quietClean, 1);
    assert.equal(evaluation.quietShare, 0.25);
    assert.deepEqual(
      evaluation.noisyCleanFiles.map((noisy) => noisy.file),
      ['a2.outreach.hbs', 'b1.outreach.hbs', 'b2.outreach.hbs'],
    );
    assert.deepEqual(thresholdFailures(evaluation, { minPrecision: 0.5, minRecall: 1, minQuiet: 0.3 }), [`${evaluation.name}: quiet clean share 0.250 < 0.3`]);
  });

  it('keeps only the files whose name starts with the prefix', () => {
    const evaluation = evaluateFolder(folder, { rules: REGISTRY, settings, prefix: 'b' });
    assert.equal(evaluation.files, 2);
    assert.deepEqual(evaluation.total, { tp: 0, fp: 0, fn: 0, tn: 1 });
    assert.equal(evaluation.quietShare, 0);
  });

  it('round-trips the preferred fixes it finds', () => {
    const evaluation = evaluateFolder(folder, { rules: REGISTRY, settings });
    // [Name] in a1, b1, b2 and the unused declaration in a3; the XXX of a2 has no fix.
    assert.equal(evaluation.fixes.applied, 4);
    assert.deepEqual(evaluation.fixes.failures, []);
  });
});

describe('checkFixRoundTrip', () => {
  const text = questions('Hi [Name],\n\n');
  const at = text.indexOf('[Name]');
  /** The leftover-placeholder finding on `[Name]`, with the fixes a test gives it. */
  const finding = (fixes: Finding['fixes']): Finding => ({ rule: 'leftover-placeholder', severity: 'error', message: 'leftover', range: { start: at, end: at + 6 }, fixes });

  it('passes the real fix, which removes its finding', () => {
    assert.deepEqual(checkFixRoundTrip(text, 't.outreach.hbs', settings), { applied: 1, failures: [] });
  });

  it('fails a fix that leaves its finding in place', () => {
    // A fix that edits the wrong place: the placeholder is still there afterwards.
    const hi = text.indexOf('Hi');
    const wrongPlace = finding([{ title: 'Greet warmly', edits: [{ range: { start: hi, end: hi + 2 }, newText: 'Hello' }], preferred: true }]);
    const result = checkFixRoundTrip(text, 't.outreach.hbs', settings, [wrongPlace]);
    assert.deepEqual(result, { applied: 1, failures: [{ file: 't.outreach.hbs', rule: 'leftover-placeholder', title: 'Greet warmly', before: 1, after: 1, appeared: [] }] });
  });

  it('fails a fix that brings in another rule', () => {
    // Only recipient.firstName is declared: turning <COMPANY> into {{recipient.company}} makes it an unknown variable.
    const declared = questions('Hi {{recipient.firstName}}, about <COMPANY>:\n\n', 'variables:\n  recipient:\n    firstName: Ana\n');
    // The shipped fix declares the placeholder it brings; this one does not.
    const company = declared.indexOf('<COMPANY>');
    const undeclared: Finding = {
      rule: 'leftover-placeholder',
      severity: 'error',
      message: 'leftover',
      range: { start: company, end: company + 9 },
      fixes: [{ title: 'Use a placeholder', edits: [{ range: { start: company, end: company + 9 }, newText: '{{recipient.company}}' }], preferred: true }],
    };
    const result = checkFixRoundTrip(declared, 't.outreach.hbs', settings, [undeclared]);
    assert.equal(result.applied, 1);
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0]?.rule, 'leftover-placeholder');
    assert.equal(result.failures[0]?.after, 0);
    assert.deepEqual(result.failures[0]?.appeared, ['unknown-variable']);
  });

  it('skips fixes that are not preferred or that create files', () => {
    const noop = { title: 'nothing', edits: [] };
    const skipped = finding([noop, { ...noop, preferred: true, newFiles: [{ path: 'x.outreach.hbs', text: '' }] }]);
    assert.deepEqual(checkFixRoundTrip(text, 't.outreach.hbs', settings, [skipped]), { applied: 0, failures: [] });
  });
});
