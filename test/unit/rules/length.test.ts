import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig } from '../../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../../server/src/service/document/parse';
import { lintDocument } from '../../../server/src/service/lint';
import { phrases, request, ruleTester, template } from '../../helpers/ruleTester';

const PARAGRAPH = 'I spent four years running logistics for a regional grocery chain, and I am now retraining as a data analyst through an evening course at the local college.';
const PARAGRAPH_WORDS = PARAGRAPH.split(' ');

/** A body of exactly `count` words: whole paragraphs, then a partial one. */
function words(count: number): string {
  const paragraphs: string[] = [];
  for (let left = count; left > 0; left -= PARAGRAPH_WORDS.length) paragraphs.push(PARAGRAPH_WORDS.slice(0, left).join(' '));
  return paragraphs.join('\n\n');
}

ruleTester('length', {
  valid: [
    { name: 'a short request', text: request(`Hi Ana,\n\n${words(120)}\n\nThanks,\nJo`) },
    { name: 'exactly 200 words', text: request(words(200)) },
    { name: 'greeting and sign-off do not count', text: request(`Hi Ana,\n\n${words(199)}\n\nThanks,\nJo`) },
    { name: 'an intro request of 150 words', text: template('kind: intro-request', words(150)) },
    { name: 'other kinds have no limit here', text: template('kind: thank-you', words(400)) },
    { name: 'placeholders are single words', text: request(`${words(198)} {{recipient.firstName}} {{recipient.company}}`, 'variables:\n  recipient.firstName: Ana\n  recipient.company: Acme Analytics Incorporated') },
  ],
  invalid: [
    { name: 'a long request', text: request(words(230)), flagged: [PARAGRAPH], message: /230 words, over the 200-word limit/, output: null },
    { name: 'a long intro request', text: template('kind: intro-request', words(160)), flagged: [PARAGRAPH], message: /over the 150-word limit/ },
    { name: 'anchored on the ask', text: request(`${words(196)}\n\nWould you have 15 minutes next week?`), flagged: ['Would you have 15 minutes next week?'] },
  ],
});

describe('length option', () => {
  it('maxWords from config overrides the per-kind default', () => {
    const config = emptyConfig();
    config.rules.length = { options: { maxWords: 100 } };
    const lint = (text: string) => lintDocument(parseOutreachDocument(text), { config, phrases }).filter((f) => f.rule === 'length');
    assert.equal(lint(request(words(120))).length, 1);
    assert.equal(lint(template('kind: intro-request', words(120))).length, 1);
    assert.equal(lint(request(words(90))).length, 0);
  });
});
