import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { COMMANDS, type TemplateSummary } from '../../server/src/protocol';
import { describeSummary, summarize, summaryTitle, templateSummary } from '../../server/src/service/features/summary';
import type { Finding } from '../../server/src/service/types';
import { createService, textDocument } from '../helpers/serviceFixture';
import { template } from '../helpers/ruleTester';

const FRONT_MATTER = 'kind: request\nsubject: Your bike-lane survey\nvariables:\n  recipient.firstName: Tomas\n  recipient.city: Ghent\n  sender.firstName: Ines';
// Between greeting and sign-off: 15 + 13 + 7 + 5 = 40 words ("cargo-bike" and "co-op" are two each); you/your 3 and one recipient.* placeholder; I/my 3.
const BODY = [
  'Hi {{recipient.firstName}},',
  '',
  'Your survey of cargo-bike riders in {{recipient.city}} is the best data I have found.',
  'I run a small delivery co-op and my riders answered it too.',
  'Would you have 15 minutes on Tuesday? Which question surprised you most?',
  '',
  'Thanks,',
  '{{sender.firstName}}',
  '',
].join('\n');
const TEXT = template(FRONT_MATTER, BODY);

function summaryOf(text: string, findings: Finding[] = []): TemplateSummary {
  return summarize(parseOutreachDocument(text), findings);
}

/** `count` plain words, no pronouns, in sentences of ten. */
function filler(count: number): string {
  const words = Array.from({ length: count }, (_, index) => (index % 10 === 9 ? 'notes.' : 'notes'));
  return words.join(' ');
}

describe('template summary', () => {
  it('counts words between greeting and sign-off, questions, and you/I as self-centered does', () => {
    const summary = summaryOf(TEXT);
    assert.equal(summary.words, 40);
    assert.equal(summary.questions, 2);
    assert.equal(summary.secondPerson, 4, 'your, you, you, and the {{recipient.city}} placeholder; the greeting and sign-off are left out');
    assert.equal(summary.firstPerson, 3);
  });

  it('reads short bodies as under a minute and rounds longer ones up at 200 words a minute', () => {
    assert.match(summaryTitle(summaryOf(template(FRONT_MATTER, `Hi there,\n\n${filler(99)}\n`))), /· < 1 min read ·/);
    const oneMinute = summaryOf(template(FRONT_MATTER, `Hi there,\n\n${filler(150)}\n`));
    assert.equal(oneMinute.readingMinutes, 1);
    assert.match(summaryTitle(oneMinute), /^150 words · 1 min read ·/);
    assert.equal(summaryOf(template(FRONT_MATTER, `Hi there,\n\n${filler(401)}\n`)).readingMinutes, 3);
    assert.equal(summaryOf(template(FRONT_MATTER, '')).readingMinutes, 0);
  });

  it('counts a question list by its entries, follow-ups included in their item', () => {
    const list = template(
      'kind: questions',
      'Questions for Tomas\n\n1. How did you choose which streets to survey first?\n2. What was the hardest part? And the easiest?\n3. Who else should I talk to about rider safety data?\n',
    );
    assert.equal(summaryOf(list).questions, 3);
  });

  it('counts the open findings it is given', () => {
    const finding: Finding = { rule: 'time-limit', severity: 'warning', message: 'Say how long the call would take.', range: { start: 0, end: 1 }, fixes: [] };
    assert.equal(summaryOf(TEXT, [finding, finding]).openFindings, 2);
  });

  it('titles the lens in one line with singular and plural forms', () => {
    const summary: TemplateSummary = { words: 1, readingMinutes: 1, questions: 1, secondPerson: 9, firstPerson: 4, openFindings: 0 };
    assert.equal(summaryTitle(summary), '1 word · < 1 min read · 1 question · you/I 9:4 · 0 open findings');
    assert.equal(summaryTitle({ ...summary, words: 250, readingMinutes: 2, questions: 0, openFindings: 1 }), '250 words · 2 min read · 0 questions · you/I 9:4 · 1 open finding');
    assert.match(describeSummary(summary), /“you” 9 times and “I” 4 times/);
  });

  it('is a code lens on the first body line whose command carries the summary', () => {
    const service = createService();
    const document = textDocument(TEXT);
    const lenses = service.codeLenses(document);
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    assert.equal(lens?.range.start.line, TEXT.split('\n').indexOf('Hi {{recipient.firstName}},'));
    assert.equal(lens?.command?.command, COMMANDS.showSummary);
    const summary = lens?.command?.arguments?.[0] as TemplateSummary;
    assert.equal(summary.openFindings, service.findings(document).length);
    assert.equal(lens?.command?.title, summaryTitle(summary));
    assert.equal(lens?.command?.arguments?.[1], document.uri, 'the document the command asks the server about');
  });

  it('answers outreach/summary with the numbers and their description', () => {
    const service = createService();
    const document = textDocument(TEXT);
    const result = templateSummary(service.parse(document), service.findings(document));
    assert.deepEqual(result.summary, summaryOf(TEXT, service.findings(document)));
    assert.equal(result.description, describeSummary(result.summary));
    assert.match(result.description, /^40 words between the greeting and the sign-off/);
  });
});
