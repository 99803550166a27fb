import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generatedFiles } from '../../scripts/generate';
import { RULES } from '../../server/src/service/rules';
import { SEVERITIES, TEMPLATE_KINDS } from '../../server/src/service/types';
import { phrases } from '../helpers/ruleTester';

const RULES_DIR = join(__dirname, '..', '..', 'server', 'src', 'service', 'rules');
/** The rule catalog the README promises: a rule may be added, none may go missing. */
const CATALOG = [
  'reason-to-meet', 'time-limit', 'long-meeting', 'vague-coffee', 'free-consulting', 'googleable-ask', 'small-favor',
  'cold-referral', 'personalization', 'flexibility', 'meeting-burden', 'scheduling-burden', 'timezone', 'self-centered',
  'missing-purpose', 'ask-first', 'length', 'influencer-target',
  'intro-opt-in', 'intro-reason', 'intro-expectation', 'easy-out',
  'decline-honest-reason', 'decline-offer', 'decline-ask-details',
  'thanks-specific', 'thanks-no-ask', 'pushy-follow-up',
  'question-count', 'closed-question', 'googleable-question',
  'template-syntax', 'frontmatter', 'unknown-variable', 'unused-variable', 'leftover-placeholder', 'subject', 'render-empty', 'unknown-rule',
];

describe('rule metadata', () => {
  it('ships one documentation page per registered rule, and none for a rule that is gone', () => {
    const pages = readdirSync(join(__dirname, '..', '..', 'docs', 'rules')).filter((name) => name !== 'README.md').map((name) => name.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), RULES.map((rule) => rule.meta.id).sort());
  });

  it('registers one rule per file, named by its id, sorted', () => {
    const files = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts').map((name) => name.slice(0, -3));
    const ids = RULES.map((rule) => rule.meta.id);
    assert.deepEqual(ids, [...files].sort());
    assert.deepEqual(ids, [...ids].sort());
  });

  it('covers every rule of the catalog', () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    assert.deepEqual(CATALOG.filter((id) => !ids.has(id)), []);
  });

  for (const { meta } of RULES) {
    it(`${meta.id} has complete metadata`, () => {
      assert.ok((SEVERITIES as readonly string[]).includes(meta.severity) && meta.severity !== ('off' as string));
      assert.ok(meta.kinds === 'all' || (meta.kinds.length > 0 && meta.kinds.every((kind) => TEMPLATE_KINDS.includes(kind))));
      for (const text of [meta.description, meta.docs.why, meta.docs.better]) {
        assert.ok(text.length > 15 && !/\bTODO\b/.test(text), `${meta.id}: incomplete text "${text}"`);
      }
      // A rule that judges language says what it takes as evidence; hygiene rules check the file's form.
      if (meta.kinds !== 'all') assert.ok((meta.docs.evidence ?? '').length > 30, `${meta.id}: docs.evidence says what counts as evidence`);
      assert.match(meta.description, /^[A-Z`“"].*[.?]$/, 'description is one sentence');
    });

    if (meta.phraseCategory) {
      it(`${meta.id} names a phrase category that ships clauses for a kind it checks`, () => {
        const kinds = meta.kinds === 'all' ? TEMPLATE_KINDS : meta.kinds;
        assert.ok(kinds.some((kind) => phrases.inCategory(meta.phraseCategory!, kind).length > 0), `${meta.phraseCategory} has no clause for ${kinds.join(', ')}`);
      });
    }

    if (meta.options) {
      it(`${meta.id} has a valid default for each option, for every kind it checks`, () => {
        for (const [name, option] of Object.entries(meta.options ?? {})) {
          for (const kind of meta.kinds === 'all' ? TEMPLATE_KINDS : meta.kinds) {
            const value = typeof option.default === 'number' ? option.default : option.default[kind];
            assert.ok(value !== undefined && value >= (option.minimum ?? -Infinity), `${meta.id}.${name}: default ${value} for ${kind}`);
          }
        }
      });
    }
  }
});

describe('files generated from rule metadata', () => {
  for (const [file, expected] of Object.entries(generatedFiles())) {
    it(`${file.split(/[\\/]/).slice(-2).join('/')} matches the metadata (run \`npm run generate\` if not)`, () => {
      assert.equal(readFileSync(file, 'utf8'), expected);
    });
  }
});
