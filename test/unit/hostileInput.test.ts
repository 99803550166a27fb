/** Regressions found by the property tests and the protocol fuzzer: hostile text that froze the parser or split characters. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitsCharacter, wholeCharacters } from '../../server/src/service/document/characters';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { MAX_FRONT_MATTER_CHARS } from '../../server/src/service/document/frontMatter';
import { lintText, request, template } from '../helpers/ruleTester';

/** Lints `text` and checks it took under `ms` (generous: each case took seconds to minutes before its fix). */
function lintsWithin(text: string, ms: number): ReturnType<typeof lintText> {
  const started = performance.now();
  const findings = lintText(text);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < ms, `took ${elapsed.toFixed(0)} ms`);
  return findings;
}

describe('hostile input is linted in linear time', () => {
  it('a long run of emoji with no space (8 minutes before: the word segmenter got it in one piece)', () => {
    lintsWithin(request('😀'.repeat(150_000)), 3_000);
  });

  it('thousands of unclosed `{{` (the fallback tag scan restarted at each one)', () => {
    assert.ok(lintsWithin(request(`Hi there, ${'{{'.repeat(4_000)}`), 3_000).some((finding) => finding.rule === 'template-syntax'));
    // Past MAX_TEMPLATE_TAGS Handlebars is skipped (too-large says so), and the scan alone must stay linear.
    assert.ok(lintsWithin(request(`Hi there, ${'{{'.repeat(150_000)}`), 3_000).some((finding) => finding.rule === 'too-large'));
  });

  it('thousands of unclosed block tags and comments', () => {
    lintsWithin(request('{{#if a '.repeat(40_000)), 3_000);
    lintsWithin(request('{{!-- a }} '.repeat(30_000)), 3_000);
  });

  it('a front matter of 9,000 keys (yaml compared each key with every earlier one before)', () => {
    const keys = Array.from({ length: 9_000 }, (_, index) => `k${index}: v`).join('\n');
    const findings = lintsWithin(template(`kind: request\n${keys}`, 'Hi there,'), 3_000);
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
    const findings = lintsWithin(text, 2_000).filter((finding) => finding.rule === 'frontmatter');
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
