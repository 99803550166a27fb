/** Regressions found by the property tests and the protocol fuzzer: hostile text that froze the parser or split characters. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitsCharacter, wholeCharacters } from '../../server/src/service/document/characters';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { MAX_TEMPLATE_TAGS } from '../../server/src/service/document/document';
import { MAX_FRONT_MATTER_CHARS } from '../../server/src/service/document/frontMatter';
import { MAX_PIECE } from '../../server/src/service/document/segmentation';
import { HOSTILE_INPUTS } from '../../bench/hostile';
import { lintText, request, template } from '../helpers/ruleTester';

const input = (name: string): string => {
  const hostile = HOSTILE_INPUTS.find((candidate) => candidate.name === name);
  assert.ok(hostile, name);
  return hostile.text(1);
};
const rulesOf = (text: string): Set<string> => new Set(lintText(text).map((finding) => finding.rule));

// How long each takes, and that it grows linearly, is measured by `npm run bench -- --only hostile`.
describe('hostile input is handled', () => {
  it('a long run of emoji with no space reaches the word segmenter in pieces, as prose does', () => {
    const segment = Intl.Segmenter.prototype.segment;
    let longest = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      longest = Math.max(longest, text.length);
      return segment.call(this, text);
    };
    try {
      lintText(input('a run of 150,000 emoji with no space'));
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    assert.ok(longest > 0 && longest <= MAX_PIECE, `the segmenter got ${longest} characters at once`);
  });

  it('thousands of unclosed `{{`, block tags or comments are scanned, not parsed by Handlebars (too-large says so)', () => {
    for (const name of ['4,000 unclosed {{', '150,000 unclosed {{', '40,000 unclosed block tags', '30,000 unclosed comments']) {
      const text = input(name);
      assert.equal(parseOutreachDocument(text).large, 'template tags', name);
      assert.ok(rulesOf(text).has('too-large'), name);
    }
  });

  it('as many unclosed `{{` as Handlebars is given are a syntax error, found by the fallback scan', () => {
    const text = request(`Hi there, ${'{{'.repeat(MAX_TEMPLATE_TAGS)}`);
    assert.equal(parseOutreachDocument(text).large, undefined);
    assert.ok(rulesOf(text).has('template-syntax'));
  });

  it('a front matter of 9,000 keys is read, each unknown key reported', () => {
    const findings = lintText(input('a front matter of 9,000 keys'));
    assert.ok(findings.some((finding) => finding.rule === 'frontmatter' && /Unknown front-matter key `k0`/.test(finding.message)));
  });

  it('still reports a repeated key, in nested and flow maps too', () => {
    for (const [frontMatter, key] of [
      ['kind: request\nvariables:\n  a: 1\n  b: 2\n  a: 3', 'a: 3'],
      ['kind: request\nvariables: {x: 1, x: 2}', 'x: 2'],
    ] as const) {
      const text = template(frontMatter, 'Hi there,');
      const duplicate = lintText(text).find((finding) => /unique/.test(finding.message));
      assert.ok(duplicate, frontMatter);
      assert.equal(text.slice(duplicate.range.start, duplicate.range.start + key.length), key);
    }
  });

  it('skips a front matter over the size limit with one problem on its opening line', () => {
    const text = template(`kind: request\nsubject: ${'x'.repeat(MAX_FRONT_MATTER_CHARS)}`, 'Hi there,');
    const findings = lintText(text).filter((finding) => finding.rule === 'frontmatter');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), '---');
    assert.match(findings[0]!.message, /over the 100,000 this linter reads: it was skipped/);
  });
});

describe('ranges of parse errors are whole characters', () => {
  it('a YAML error at a CRLF covers both halves', () => {
    const text = [
      '---',
      '  sender.firstName: Marisol',
      '  recipientsubject: "unterminated.firstName: Ines',
      'kind: questions',
      'subject: "Your talk on {{rec}}"',
      'relation{FirstName}ship: cold',
      '---',
      '',
    ].join('\r\n');
    const problems = parseOutreachDocument(text).frontMatter.problems;
    assert.ok(problems.length > 0);
    for (const problem of problems) {
      assert.ok(!splitsCharacter(text, problem.range.start) && !splitsCharacter(text, problem.range.end), `${JSON.stringify(problem.range)} ${problem.message}`);
    }
  });

  it('wholeCharacters widens a range that ends inside a CRLF or a surrogate pair', () => {
    assert.deepEqual(wholeCharacters('a\r\nb', { start: 1, end: 2 }), { start: 1, end: 3 });
    assert.deepEqual(wholeCharacters('a😀b', { start: 2, end: 2 }), { start: 1, end: 3 });
    assert.deepEqual(wholeCharacters('a😀b', { start: 1, end: 3 }), { start: 1, end: 3 });
  });
});

describe('segmentation of very long runs', () => {
  it('splits a run-on paragraph at the same places wherever it sits in the body', () => {
    const runOn = `${'and then we tried another idea '.repeat(150)}and it worked.`;
    const sentencesOf = (body: string, shift: number): string[] =>
      parseOutreachDocument(request(body)).sentences.map((sentence) => `${sentence.range.start - shift}:${sentence.text.length}`);
    const plain = sentencesOf(runOn, request('').length);
    for (const prefix of ['Hi Sam,\n\n', 'Hi Zoë 😀,\n\nA. B. C. D. E. F.\n', 'x'.repeat(500) + '\n']) {
      const shifted = sentencesOf(prefix + runOn, request(prefix).length);
      assert.deepEqual(shifted.slice(-plain.length), plain, JSON.stringify(prefix));
    }
  });
});
