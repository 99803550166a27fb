import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, ruleTester, template } from '../../helpers/ruleTester';

const questions = (...items: string[]): string => template('kind: questions', items.map((item) => `- ${item}`).join('\n'));
const withCompany = (...items: string[]): string =>
  template('kind: questions\nvariables:\n  recipient.company: Fernway', items.map((item) => `- ${item}`).join('\n'));

ruleTester('googleable-question', {
  valid: [
    { name: 'what they judged when importing, and why (a coffee roaster)', text: withCompany('What beans does {{recipient.company}} import, and why?', 'What went wrong with your first container from Huila?') },
    { name: 'a trade question about their own choices (a timber merchant)', text: withCompany('Which timber did you stop importing after the flood, and from which mills do you buy now?') },
    { name: 'a follow-up that asks how, not where (a tile maker)', text: withCompany('What tiles does {{recipient.company}} export, and how did you win the first order?') },
    {
      name: 'a named body, asked about what it means for them',
      text: questions('What does the Arts Council do when a grantee misses a deadline?', 'What did I get wrong in my first application to the Arts Council?', 'What does Tuesday’s ward round look like for you?', 'How did you find your first clients?', 'What would you change about your first year?'),
    },
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
    // Hard negatives: the organisation is named, but the question asks for their experience or judgment.
    { name: 'what surprised them on joining', text: questions('What surprised you most in your first month at the foundry?') },
    { name: 'how they decided', text: withCompany('How did you decide that {{recipient.company}} was the right size for you?') },
    { name: 'what they would do differently', text: questions('What would you do differently if you opened the bakery again?') },
    { name: 'what customers misunderstand', text: questions('What do customers misunderstand about the clinic when they first call?') },
    { name: 'customers they find hard', text: questions('Who are the clients you find hardest to turn down?') },
    { name: 'what the practice looks for', text: questions('What does the practice look for in a newly qualified vet?') },
    { name: 'where the company is going', text: questions('Where do you see the studio in three years?') },
    { name: 'a public fact joined to a personal one', text: questions('When was the co-op started, and what made you join it early on?') },
    { name: 'a public fact with a personal condition', text: questions('What does the lab do when a grant renewal falls through?') },
    { name: 'headcount it takes, not headcount it has', text: questions('How many people does it take to run one field season?') },
    { name: 'team size is not on the website (how big)', text: questions('How big is the team you joined, and how has it changed?') },
    { name: 'not a question list', text: template('kind: request', 'Would you have 15 minutes? I read what your company does and have a question about your pricing change.') },
    {
      name: 'what an organisation gets wrong, or a place they chose, is not on its website',
      text: questions('What mistakes does your bakery make with first-time wholesale buyers?', 'Which plans does your team run into trouble with?', 'In which cities did you enjoy touring most?', 'Which tours does the museum run, and which one do you guide yourself?'),
    },
    // Where things are made, asked for a reason of their own: a decision or a judgment, not a location.
    { name: 'why the factory moved', text: questions('Why did your company move its factory closer to the tanneries?') },
    { name: 'which plant they would visit first', text: withCompany('Which of the {{recipient.company}} plants would you show a new buyer first, and why?') },
    { name: 'where the company sees itself', text: questions('Where does the co-op see itself once the mill closes?') },
    // What an organisation is charged with or how it is paid for, asked for what it means to them.
    { name: 'what they were responsible for in a role is their experience', text: questions('What exactly were you responsible for in your first year at the water board?') },
    { name: 'a remit beyond the public one', text: questions('What is your lab responsible for that the ministry used to do?') },
    { name: 'how the funding changed their work', text: questions('How is the hospice funded, and how did that change the way you plan the rota?') },
  ],
  invalid: [
    {
      name: 'what a trader imports and from where (a tea merchant)',
      text: withCompany('What teas does {{recipient.company}} import, and from which countries?', 'How do you taste a lot before you bid on it?'),
      flagged: ['What teas does {{recipient.company}} import, and from which countries?'],
    },
    {
      name: 'what a named distributor supplies, and to which markets (a bike-parts wholesaler)',
      text: questions('Which brands does Chainline Parts distribute, and to which markets?', 'What did the first recall teach you?'),
      flagged: ['Which brands does Chainline Parts distribute, and to which markets?'],
    },
    {
      name: 'what a body is responsible for and how it is funded (a sheep farmer)',
      text: withCompany('What exactly is {{recipient.company}} responsible for, and how is it funded?', 'How did you move from the farm into policy?'),
      flagged: ['What exactly is {{recipient.company}} responsible for, and how is it funded?'],
    },
    {
      name: 'how a named charity is financed',
      text: questions('How is the Marsh Harrier Trust financed?', 'Which part of the job did you learn on the reserve?'),
      flagged: ['How is the Marsh Harrier Trust financed?'],
    },
    {
      name: 'a catalogue and the venue cities, in a second clause that starts with a preposition (a museum)',
      text: questions('How did you learn to brew?', 'Which tours does the museum run, and in which cities are the venues?'),
      flagged: ['Which tours does the museum run, and in which cities are the venues?'],
    },
    {
      name: 'what a trust called by its name does, and when it was founded',
      text: questions('What does the Hill Farm Trust actually do?', 'When was the Hill Farm Trust founded?', 'How did you find your first clients?', 'What would you change about your first year?', 'Which mistake cost you the most?'),
      flagged: ['What does the Hill Farm Trust actually do?', 'When was the Hill Farm Trust founded?'],
    },
    {
      name: 'who founded a company called by its name',
      text: questions('Who founded Kestrel Foods?', 'How did you find your first clients?', 'What would you change about your first year?', 'Which mistake cost you the most?', 'How do you protect your weekends?'),
      flagged: ['Who founded Kestrel Foods?'],
    },
    { name: 'what does your company do', text: questions('What does your company do?'), flagged: ['What does your company do?'], message: /website or public profile.*look it up/, output: null },
    { name: 'what does a placeholder company do exactly', text: withCompany('What does {{recipient.company}} do exactly?'), flagged: ['What does {{recipient.company}} do exactly?'] },
    { name: 'what products do you sell', text: questions('What products do you sell?'), flagged: ['What products do you sell?'] },
    { name: 'when was the company founded', text: questions('When was the company founded?'), flagged: ['When was the company founded?'] },
    { name: 'how many employees', text: withCompany('How many employees does {{recipient.company}} have?'), flagged: ['How many employees does {{recipient.company}} have?'] },
    { name: 'where is your office', text: questions('Where is your office?'), flagged: ['Where is your office?'] },
    { name: 'where is the company based', text: questions('Where is the company headquartered?'), flagged: ['Where is the company headquartered?'] },
    { name: 'who founded the company', text: questions('Who founded the company?'), flagged: ['Who founded the company?'] },
    { name: 'what is your job title', text: questions('What is your job title?'), flagged: ['What is your job title?'] },
    { name: 'what it sells and who its customers are', text: withCompany('What does {{recipient.company}} sell, and who are its main customers?'), flagged: ['What does {{recipient.company}} sell, and who are its main customers?'] },
    { name: 'founding date and headcount, with "there"', text: questions('When was the lab set up, and how many scientists work there?'), flagged: ['When was the lab set up, and how many scientists work there?'] },
    { name: 'what services it offers', text: questions('What kinds of services does the clinic offer?'), flagged: ['What kinds of services does the clinic offer?'] },
    {
      name: 'what a placeholder firm makes, and where its factories are (a saddler)',
      text: withCompany('What does {{recipient.company}} make, and where are its factories?'),
      flagged: ['What does {{recipient.company}} make, and where are its factories?'],
    },
    { name: 'where your plants are', text: questions('Where are your plants located?'), flagged: ['Where are your plants located?'] },
    { name: 'where the firm manufactures (a kayak builder)', text: questions('Where does the firm manufacture its products?'), flagged: ['Where does the firm manufacture its products?'] },
    { name: 'where its offices are', text: questions('Where are the agency’s offices?'), flagged: ['Where are the agency’s offices?'] },
    { name: 'who started it', text: withCompany('Who set up {{recipient.company}}?'), flagged: ['Who set up {{recipient.company}}?'] },
    { name: 'how big its revenue is', text: questions('How big is the firm’s annual revenue these days?'), flagged: ['How big is the firm’s annual revenue these days?'] },
    { name: 'its mission statement', text: questions('What is the charity’s mission statement?'), flagged: ['What is the charity’s mission statement?'] },
    { name: 'how much funding it raised', text: questions('How much funding has the startup raised so far?'), flagged: ['How much funding has the startup raised so far?'] },
    { name: 'what it sells and who buys from it', text: questions('What does the bakery make, and who buys from it?'), flagged: ['What does the bakery make, and who buys from it?'] },
    { name: 'what year it opened', text: questions('In what year did the museum open?'), flagged: ['In what year did the museum open?'] },
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
