import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LARGE_DOCUMENT_CHARS, MAX_TEMPLATE_TAGS } from '../../../server/src/service/document/document';
import { parseOutreachDocument } from '../../../server/src/service/document/parse';
import { lintText, request, ruleTester, template } from '../../helpers/ruleTester';

const STARTER = readFileSync(join(__dirname, '../../../templates/starters/request.outreach.hbs'), 'utf8');

/** `text` with paragraphs appended until it is past `chars`. */
function grown(text: string, chars: number, paragraph = '\nI would be glad to share what we learned about remote onboarding.\n'): string {
  return text + paragraph.repeat(Math.ceil((chars - text.length) / paragraph.length) + 1);
}

ruleTester('too-large', {
  valid: [
    { name: 'a starter template', text: STARTER },
    { name: 'a long but ordinary request', text: grown(request('Hi Sam,\n'), 20_000) },
    { name: 'an empty file', text: '' },
  ],
  invalid: [
    {
      name: 'a template past the limit',
      text: grown(request('Hi Sam,\n'), LARGE_DOCUMENT_CHARS),
      flagged: ['---'],
      message: new RegExp(`over the ${LARGE_DOCUMENT_CHARS.toLocaleString('en-US')} a full check handles: the etiquette rules, the Handlebars syntax check and the empty-render check were skipped`),
      output: null,
    },
    {
      name: 'a template with more `{{` than a full check handles',
      text: request(`Hi Sam,\n\n${'{{recipient.firstName}} '.repeat(MAX_TEMPLATE_TAGS + 1)}\n`),
      flagged: ['---'],
      message: new RegExp(`holds over ${MAX_TEMPLATE_TAGS.toLocaleString('en-US')} \`\\{\\{…\\}\\}\` tags, more than a full check handles`),
      output: null,
    },
    {
      name: 'one huge line without front matter: only its start is flagged',
      text: 'word '.repeat(LARGE_DOCUMENT_CHARS / 4),
      flagged: ['word '.repeat(16)],
    },
    {
      name: 'never half an emoji',
      text: `${'a'.repeat(79)}${'😀'.repeat(LARGE_DOCUMENT_CHARS / 2)}`,
      flagged: ['a'.repeat(79)],
    },
  ],
});

describe('a template past the size limit', () => {
  const body = grown(
    'Hi [Name],\n\nCould we grab coffee sometime? I am {{sender.firstName}} and I would love to pick your brain about {{meeting.topic}}.\n',
    LARGE_DOCUMENT_CHARS,
  );
  const text = template('kind: request\nsubject: Coffee?\nvariables:\n  sender.firstName: Kai\n  recipient.firstName: Noor', body);

  it('still gets the hygiene rules, and no prose rule', () => {
    const rules = new Set(lintText(text).map((finding) => finding.rule));
    for (const hygiene of ['too-large', 'leftover-placeholder', 'unknown-variable', 'unused-variable']) assert.ok(rules.has(hygiene), `${hygiene} among ${[...rules].join(', ')}`);
    for (const prose of ['time-limit', 'free-consulting', 'vague-coffee', 'subject', 'length']) assert.ok(!rules.has(prose), `${prose} was skipped`);
  });

  it('scans a pasted line of a hundred thousand placeholders instead of parsing it with Handlebars (seconds on it)', () => {
    const text = template('kind: request\nvariables:\n  recipient.firstName: Noor', `Hi Sam,\n${'{{a}} '.repeat(170_000)}\n`);
    assert.equal(parseOutreachDocument(text).large, 'template tags');
    const rules = new Set(lintText(text).map((finding) => finding.rule));
    assert.ok(rules.has('too-large') && rules.has('unknown-variable'), [...rules].join(', '));
  });

  it('gives 10 MB the hygiene check only (the full check took 28 s on it)', () => {
    const tenMegabytes = grown(STARTER, 10_000_000, STARTER.slice(STARTER.indexOf('\n---\n') + 5));
    assert.equal(parseOutreachDocument(tenMegabytes).large, 'characters');
    assert.deepEqual(lintText(tenMegabytes).map((finding) => finding.rule), ['too-large']);
  });
});
