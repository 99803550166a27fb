import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig } from '../../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../../server/src/service/document/parse';
import { lintDocument } from '../../../server/src/service/lint';
import { phrases, ruleTester, template } from '../../helpers/ruleTester';

const questions = (body: string): string => template('kind: questions', body);
const list = (items: string[], marker = '-'): string => items.map((item) => `${marker} ${item}`).join('\n');

const SIX = [
  'How did you move from agency work into an in-house team?',
  'What does a typical week look like in your role?',
  'What surprised you most in your first year?',
  'Which skills turned out to matter more than you expected?',
  'What would you focus on if you were starting out today?',
  'Who else would you suggest I learn from?',
];

ruleTester('question-count', {
  valid: [
    {
      name: 'prompts without a question mark count: imperatives and polite requests',
      text: questions(
        list(
          [
            'Walk me through how you get ready for a big auction.',
            'Tell me about the first piece you turned down.',
            'Could you describe how your week splits between the workshop and the paperwork',
            'I would love to hear how you set your rates when you started',
            'Describe a valuation you would make differently now.',
          ],
          '1.',
        ),
      ),
    },
    { name: 'six questions', text: questions(list(SIX)) },
    { name: 'five numbered questions under a heading and an intro line', text: questions(`# Questions for Priya\nTo open with, after thanking her for the time:\n\n${list(SIX.slice(0, 5), '1.')}`) },
    {
      name: 'a follow-up in the same item counts once',
      text: questions(list(['Which part of the job do you find most rewarding? Most draining?', ...SIX.slice(0, 6)])),
    },
    {
      name: 'indented sub-items are follow-ups of the item above',
      text: questions(`${list(SIX.slice(0, 5))}\n  - Was that move planned?\n  - What would you do differently?\n- What do you read to keep up?`),
    },
    { name: 'items without question marks still count', text: questions(list(SIX.slice(0, 5).map((question) => question.replace('?', '')))) },
    { name: 'questions written as prose', text: questions(`I would open with the move itself. ${SIX.slice(0, 5).join(' ')}`) },
    { name: 'not a question list', text: template('kind: request', 'Would you have 15 minutes next week? I have three questions about your move into design.') },
  ],
  invalid: [
    {
      name: 'a to-do list is not a question list',
      text: questions(`${list(SIX.slice(0, 3))}\n\nBefore the call:\n- Share my portfolio link in the invite.\n- Bring the printed notes.`),
      flagged: ['- How did you move from agency work into an in-house team?'],
      message: /3 questions/,
    },
    {
      name: 'three questions',
      text: questions(list(SIX.slice(0, 3))),
      flagged: [`- ${SIX[0]}`],
      message: /has 3 questions: prepare 5 to 7/,
      output: null,
    },
    {
      name: 'nine questions',
      text: questions(`Questions:\n${list([...SIX, 'What do you wish you had known earlier?', 'How has remote work changed your team?', 'What are you working on now?'], '*')}`),
      flagged: [`* ${SIX[0]}`],
      message: /has 9 questions: keep the 5 to 7 strongest/,
    },
    {
      name: 'no questions at all',
      text: questions('Things to ask about: her move to Berlin, the design system, hiring juniors.'),
      flagged: ['Things to ask about: her move to Berlin, the design system, hiring juniors.'],
      message: /no questions/,
    },
  ],
});

describe('question-count options', () => {
  it('honours minQuestions and maxQuestions from config', () => {
    const config = emptyConfig();
    config.rules['question-count'] = { options: { minQuestions: 2, maxQuestions: 3 } };
    const findings = lintDocument(parseOutreachDocument(questions(list(SIX.slice(0, 3)))), { config, phrases }).filter((finding) => finding.rule === 'question-count');
    assert.deepEqual(findings, []);
  });
});
