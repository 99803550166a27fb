import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phrases, ruleTester, template } from '../../helpers/ruleTester';
import { isClosed } from '../../../server/src/service/rules/closed-question';

const questions = (...items: string[]): string => template('kind: questions', items.map((item) => `- ${item}`).join('\n'));
/** A one-question list, flagged on that question, whose rewrite is `open` (or no rewrite when `open` is null). */
const rewrites = (name: string, closed: string, open: string | null) => ({
  name,
  text: questions(closed),
  flagged: [closed],
  output: open === null ? null : questions(open),
});

ruleTester('closed-question', {
  valid: [
    { name: 'what and how questions', text: questions('What do you enjoy most about working in a small team?', 'How did you move from agency work into product?') },
    { name: 'a polite request for a story', text: questions('Could you walk me through how a feature goes from idea to release on your team?') },
    { name: 'would you tell me how', text: questions('Would you tell me how you prepared for your first management role?') },
    { name: 'can you tell me about', text: questions('Can you tell me about the project you learned the most from?') },
    { name: 'a choice between alternatives', text: questions('Do you prefer working at a startup or at a large company?') },
    { name: 'a choice between two clauses', text: questions('Did you study design formally or did you teach yourself?') },
    { name: 'may I ask what', text: questions('May I ask what made you leave consulting?') },
    { name: 'a lead-in clause before an open question', text: questions('If you could start over, what would you do differently?') },
    { name: 'an indirect wh-question', text: questions('Do you know how your team decides what to build next?') },
    { name: 'a note to self is not a question', text: questions('Do this before the call: reread her post on hiring.', 'What does a typical week look like for you?') },
    { name: 'not a question list', text: template('kind: request', 'Do you have 15 minutes next week to talk about your move into design?') },
    { name: 'would you be willing to describe', text: questions('Would you be willing to describe how you plan a tasting menu for a new season?') },
    { name: 'would you be open to sharing how', text: questions('Would you be open to sharing how you priced your first commissions?') },
    { name: 'could you give an example', text: questions('Could you give an example of a repair that taught you the most?') },
    { name: 'could you say a bit about', text: questions('Could you say a bit about how you split your week between the clinic and teaching?') },
    { name: 'can you talk a little about', text: questions('Can you talk a little about how you found your first three clients?') },
    { name: 'could you shed some light on', text: questions('Could you shed some light on how apprentices are assessed in your trade?') },
    { name: 'could you speak to', text: questions('Could you speak to how the job changed once you became a partner?') },
  ],
  invalid: [
    { name: 'is it hard to', text: questions('Is it hard to find a rehearsal space in a big city?'), flagged: ['Is it hard to find a rehearsal space in a big city?'] },
    { name: 'are you taking on', text: questions('Are you taking on any new trainees this autumn?'), flagged: ['Are you taking on any new trainees this autumn?'] },
    { name: 'would you be open to a thing, not a story', text: questions('Would you be open to a second call in March?'), flagged: ['Would you be open to a second call in March?'] },
    { name: 'could you tell if: a yes/no judgment', text: questions('Could you tell if a new hire would last after their first week?'), flagged: ['Could you tell if a new hire would last after their first week?'] },
    rewrites('do you enjoy X', 'Do you enjoy working in a small team?', 'What do you enjoy most about working in a small team?'),
    rewrites('did you like X', 'Did you like your first year at {{recipient.company}}?', 'What did you like most about your first year at {{recipient.company}}?'),
    rewrites('is there anything you wish', 'Is there anything you wish you’d known before your first design review?', 'What do you wish you’d known before your first design review?'),
    rewrites('is there anything that', 'Is there anything that surprised you about leading a team?', 'What surprised you about leading a team?'),
    rewrites('is there anyone else I should', 'Is there anyone else I should talk to?', 'Who else should I talk to?'),
    rewrites('did you find X hard', 'Did you find the move from agency work hard?', 'What did you find hardest about the move from agency work?'),
    rewrites('do you find X rewarding', 'Do you find mentoring rewarding?', 'What do you find most rewarding about mentoring?'),
    rewrites('are there … with a clause', 'Are there common mistakes people make in their first year?', 'What common mistakes do people make in their first year?'),
    rewrites('are there any … bare', 'Are there any downsides?', 'What downsides are there?'),
    rewrites('are there any … with a place', 'Are there any good meetups in Lisbon?', 'What good meetups are there in Lisbon?'),
    rewrites('is there a … you would', 'Is there a book you’d recommend?', 'What book would you recommend?'),
    rewrites('do you have any advice', 'Do you have any advice for someone switching from teaching?', 'What advice do you have for someone switching from teaching?'),
    rewrites('do you have any X or Y you would', 'Do you have any books or podcasts you would recommend?', 'What books or podcasts would you recommend?'),
    rewrites('could you recommend someone', 'Could you recommend someone else I should speak with?', 'Who else would you recommend I speak with?'),
    rewrites('can you recommend any', 'Can you recommend any books on negotiation?', 'What books on negotiation would you recommend?'),
    rewrites('would you change anything', 'Would you change anything about how you got into the field?', 'What would you change about how you got into the field?'),
    rewrites('no natural rewrite: do you think', 'Do you think bootcamps are worth it?', null),
    rewrites('no natural rewrite: was it worth', 'Was the pay cut worth it?', null),
    rewrites('no natural rewrite: have you ever', 'Have you ever regretted leaving research?', null),
    rewrites('no rewrite for a request-shaped noun', 'Is there a chance you could review my portfolio?', null),
    rewrites('no rewrite when the phrase may hide a verb', 'Are there mistakes juniors make?', null),
    {
      name: 'a lead-in clause before a yes/no question',
      text: questions('Looking back, would you take the same path again?'),
      flagged: ['Looking back, would you take the same path again?'],
      message: /yes or no: ask an open question/,
      output: null,
    },
    {
      name: 'a quoted question and a follow-up in one item',
      text: template('kind: questions', '1. What drew you to research? “Did you plan it?”\n2. How do you pick projects?'),
      flagged: ['Did you plan it?'],
    },
    {
      name: 'an "or" inside an existence question stays yes/no',
      text: questions('Are there any blogs or newsletters you read every week?'),
      flagged: ['Are there any blogs or newsletters you read every week?'],
      output: questions('What blogs or newsletters do you read every week?'),
    },
  ],
});

describe('closed-question and the phrase library', () => {
  it('accepts every open-questions phrase as open', () => {
    for (const entry of phrases.inCategory('open-questions')) assert.equal(isClosed(entry.text), false, entry.text);
  });
});
