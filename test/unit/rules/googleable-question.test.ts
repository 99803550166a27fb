import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, ruleTester, template } from '../../helpers/ruleTester';

const questions = (...items: string[]): string => template('kind: questions', items.map((item) => `- ${item}`).join('\n'));
const withCompany = (...items: string[]): string =>
  template('kind: questions\nvariables:\n  recipient.company: Fernway', items.map((item) => `- ${item}`).join('\n'));

ruleTester('googleable-question', {
  valid: [
    { name: 'a normal day', text: questions('What does a normal working day look like for you?') },
    { name: 'what the team does differently', text: questions('What does your team do differently from the platform teams you worked with before?') },
    { name: 'what success looks like', text: questions('What does success look like for someone in your position after a year?') },
    { name: 'what the company values', text: questions('What does your company value in a first hire that job ads never mention?') },
    { name: 'team size is not on the website', text: questions('How many people are on your team, and how is the work split?') },
    { name: 'their role, and what the title hides', text: questions('What’s your role on the team, and what does it involve that the title hides?') },
    { name: 'culture is experience, not a fact', text: questions('How would you describe the way decisions get made where you work?') },
    { name: 'how the mission shows up', text: questions('How does your company’s mission show up in your daily work?') },
    { name: 'when they started thinking about it', text: questions('When did you start thinking about moving into management?') },
    { name: 'why they joined', text: withCompany('What made you choose {{recipient.company}} over the other offers you had?') },
    { name: 'not a question list', text: template('kind: request', 'Would you have 15 minutes? I read what your company does and have a question about your pricing change.') },
  ],
  invalid: [
    { name: 'what does your company do', text: questions('What does your company do?'), flagged: ['What does your company do?'], message: /website or public profile.*look it up/, output: null },
    { name: 'what does a placeholder company do exactly', text: withCompany('What does {{recipient.company}} do exactly?'), flagged: ['What does {{recipient.company}} do exactly?'] },
    { name: 'what products do you sell', text: questions('What products do you sell?'), flagged: ['What products do you sell?'] },
    { name: 'when was the company founded', text: questions('When was the company founded?'), flagged: ['When was the company founded?'] },
    { name: 'how many employees', text: withCompany('How many employees does {{recipient.company}} have?'), flagged: ['How many employees does {{recipient.company}} have?'] },
    { name: 'where is your office', text: questions('Where is your office?'), flagged: ['Where is your office?'] },
    { name: 'where is the company based', text: questions('Where is the company headquartered?'), flagged: ['Where is the company headquartered?'] },
    { name: 'who founded the company', text: questions('Who founded the company?'), flagged: ['Who founded the company?'] },
    { name: 'what is your job title', text: questions('What is your job title?'), flagged: ['What is your job title?'] },
    {
      name: 'only the public question in a longer list',
      text: questions('How did you get into data journalism?', 'How big is your company?', 'What would you read first if you were starting out?'),
      flagged: ['How big is your company?'],
    },
  ],
});

describe('googleable-question and the phrase library', () => {
  it('accepts every open-questions phrase', () => {
    const entries = phrases.inCategory('open-questions');
    const list = questions(...entries.map((entry) => entry.text));
    assert.deepEqual(lintText(list).filter((finding) => finding.rule === 'googleable-question'), []);
  });
});
