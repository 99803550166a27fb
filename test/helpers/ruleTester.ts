import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPhraseLibrary } from '../../server/src/service/config/bundledPhrases';
import { emptyConfig } from '../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import { applyEdits } from '../../server/src/service/fixes/edits';
import { RULES } from '../../server/src/service/rules';
import type { Finding, Fix } from '../../server/src/service/types';

export const phrases = loadPhraseLibrary().library;

/** Builds a template: front-matter lines (without the `---`) and a body. */
export function template(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}

/** A `kind: request` template with optional extra front-matter lines. */
export function request(body: string, frontMatter = ''): string {
  return template(`kind: request\n${frontMatter}`, body);
}

export function lintText(text: string): Finding[] {
  return lintDocument(parseOutreachDocument(text), { config: emptyConfig(), phrases });
}

export interface ValidCase {
  name: string;
  text: string;
}

export interface InvalidCase {
  name: string;
  text: string;
  /** The exact source text each finding of the rule covers, in order. */
  flagged: string[];
  /** A pattern every finding's message must match. */
  message?: RegExp;
  /**
   * The text after applying the first finding's fix titled like `fix` (or its first fix): an exact
   * string, or a check on it. `null` asserts that the finding has no fix.
   */
  output?: string | ((fixed: string) => void) | null;
  fix?: RegExp;
}

/**
 * Table-driven tests for one rule, in the manner of ESLint's RuleTester. The table must agree with `meta.fixable`: a rule
 * that is not fixable never carries a fix, and a fixable one fixes at least one of its invalid cases.
 */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const meta = RULES.find((rule) => rule.meta.id === ruleId)?.meta;
  describe(ruleId, () => {
    it(meta?.fixable ? 'is fixable: an invalid case carries a fix' : 'is not fixable: no finding carries a fix', () => {
      assert.ok(meta, `no registered rule \`${ruleId}\``);
      const fixed = cases.invalid.some((testCase) => lintText(testCase.text).some((finding) => finding.rule === ruleId && finding.fixes.length > 0));
      assert.equal(fixed, meta.fixable);
    });
    describe('should not flag', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const found = lintText(testCase.text).filter((finding) => finding.rule === ruleId);
          assert.deepEqual(found.map((finding) => testCase.text.slice(finding.range.start, finding.range.end)), []);
        });
      }
    });
    describe('flags', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const found = lintText(testCase.text).filter((finding) => finding.rule === ruleId);
          assert.deepEqual(
            found.map((finding) => testCase.text.slice(finding.range.start, finding.range.end)),
            testCase.flagged,
          );
          for (const finding of found) {
            if (testCase.message) assert.match(finding.message, testCase.message);
          }
          if (testCase.output === undefined) return;
          const first = found[0];
          assert.ok(first, 'expected a finding to fix');
          if (testCase.output === null) {
            assert.deepEqual(first.fixes, []);
            return;
          }
          const fix: Fix | undefined = testCase.fix ? first.fixes.find((candidate) => testCase.fix!.test(candidate.title)) : first.fixes[0];
          assert.ok(fix, `expected a fix${testCase.fix ? ` matching ${testCase.fix}` : ''}; got ${first.fixes.map((f) => f.title).join(', ')}`);
          const fixed = applyEdits(testCase.text, fix.edits);
          if (typeof testCase.output === 'function') testCase.output(fixed);
          else assert.equal(fixed, testCase.output);
        });
      }
    });
  });
}
