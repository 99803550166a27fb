/**
 * The benchmark's generated corpus stays a fair one: templates of every kind and about 150 words, which trip many rules
 * and, like real templates, rarely repeat a sentence (harper.js caches lints per sentence, so a repetitive corpus
 * measures its cache instead of its linting).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateLargeDocument, generateTemplates } from '../../bench/corpus';
import { emptyConfig } from '../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import { TEMPLATE_KINDS } from '../../server/src/service/types';
import { phrases } from '../helpers/ruleTester';

const templates = generateTemplates(1000);
const bodyLines = (text: string): string[] => text.replace(/^---[\s\S]*?\n---\n/, '').split('\n');
/** The generated sentences and questions: body lines but the greeting and the sign-off. */
const sentences = templates.flatMap((template) => bodyLines(template.text).filter((line) => line.length > 0 && !/^(?:Hi .*,|Best,|Sam)$/.test(line)));

describe('benchmark corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    assert.deepEqual(generateTemplates(20).map((template) => template.text), templates.slice(0, 20).map((template) => template.text));
    assert.notDeepEqual(generateTemplates(20, 150, 1).map((template) => template.text), templates.slice(0, 20).map((template) => template.text));
  });

  it('has every kind, at about 150 words a template', () => {
    assert.deepEqual(new Set(templates.map((template) => template.kind)), new Set(TEMPLATE_KINDS));
    const meanWords = templates.reduce((sum, template) => sum + template.words, 0) / templates.length;
    assert.ok(meanWords > 140 && meanWords < 170, `mean ${meanWords} words`);
  });

  it('fills every slot: sentences start with a capital and hold no slot syntax', () => {
    for (const sentence of sentences) {
      assert.match(sentence, /^(?:- )?[A-Z]/, sentence);
      assert.doesNotMatch(sentence.replace(/\{\{[\w.]+\}\}/g, ''), /[{}|]/, sentence);
    }
  });

  it('rarely repeats a sentence, in the templates and in a large document', () => {
    assert.ok(new Set(sentences).size >= 0.95 * sentences.length, `${new Set(sentences).size} distinct of ${sentences.length}`);
    const large = generateLargeDocument(100_000).split(/(?<=[.?!]) |\n+/).filter((sentence) => sentence.length > 20);
    assert.ok(new Set(large).size >= 0.95 * large.length, `${new Set(large).size} distinct of ${large.length}`);
  });

  it('has a million-word document that still gets the full check (the bench times its growth)', () => {
    assert.equal(parseOutreachDocument(generateLargeDocument(1_000_000)).large, undefined);
  });

  it('parses cleanly and trips most of the prose rules', () => {
    const settings = { config: emptyConfig(), phrases };
    const fired = new Set<string>();
    for (const template of templates) {
      const document = parseOutreachDocument(template.text);
      assert.equal(document.syntaxError, undefined, template.name);
      assert.deepEqual(document.frontMatter.problems, [], template.name);
      for (const finding of lintDocument(document, settings)) fired.add(finding.rule);
    }
    assert.ok(fired.size >= 25, `only ${fired.size} rules fire: ${[...fired].join(', ')}`);
  });
});
