import { ruleTester, template } from '../../helpers/ruleTester';

const thanks = (body: string): string => template('kind: thank-you\nrelationship: warm', body);

ruleTester('thanks-no-ask', {
  valid: [
    {
      name: 'thanks for having been considered for a post',
      text: thanks('Hi Ada,\n\nThank you for considering me when the apprentice post came free last spring, and for your advice on grafting since.\n\nBest,\nTom'),
    },
    {
      name: '“think of me” offering help, no opening',
      text: thanks('Hi Ada,\n\nThank you for the grafting lesson and the tip about wax. Do think of me if you ever need a hand moving the hives.\n\nBest,\nTom'),
    },
    {
      name: 'offering to walk them through results, on their say-so (a retiree)',
      text: thanks('Thank you for the tips on the pension forms. Let me know if I can ever walk you through the volunteer roster in return.'),
    },
    {
      name: 'gratitude for their time is not a meeting ask',
      text: thanks('Your tip about soil tests saved my tomatoes. Really appreciate your time.'),
    },
    {
      name: 'asking about their role is not asking for one',
      text: thanks('Thank you for explaining how you moved from nursing into informatics. Could you tell me more about your role sometime by email?'),
    },
    {
      name: 'keeping them posted',
      text: thanks('Thank you for the advice on portfolio reviews. I will keep you posted on how the next round goes.'),
    },
    {
      name: 'offering to return the favor',
      text: thanks('Thanks again for walking me through your hiring loop. I would be happy to return the favor any time.'),
    },
    {
      name: 'offering help',
      text: thanks('Thank you for explaining how your team runs design critiques. Let me know if I can help you with the accessibility audit you mentioned.'),
    },
    {
      name: 'thanks for an introduction they offered',
      text: thanks('Thank you for offering to introduce me to someone on the data team; I will wait to hear from you.'),
    },
    {
      name: 'a past call',
      text: thanks('Thanks so much for the quick call on Friday. I would love to hear how the pilot goes.'),
    },
    {
      name: 'explicitly not asking',
      text: thanks('Thank you for your candid view of the market. I am not asking for a referral, just letting you know your advice landed.'),
    },
    {
      name: 'a hope to cross paths',
      text: thanks('Your tip about the summer analyst program paid off: I start in June. Hope to cross paths at the office this summer.'),
    },
  ],
  invalid: [
    {
      name: 'a place in their team, asked for as “think of me if one comes free”',
      text: thanks('Hi Ada,\n\nThank you for showing me how you graft the old apple stock; the wax tip saved two trees.\n\nIf a place ever comes free on your orchard crew, would you think of me before you advertise it?\n\nBest,\nTom'),
      flagged: ['If a place ever comes free on your orchard crew, would you think of me before you advertise it?'],
    },
    {
      name: '“keep me in mind” when a chair opens up',
      text: thanks('Hi Ada,\n\nThank you for the tour of the salon and your advice on colour correction.\n\nIf a chair ever opens up in your salon, please keep me in mind.\n\nBest,\nTom'),
      flagged: ['If a chair ever opens up in your salon, please keep me in mind.'],
    },
    {
      name: 'another half hour, in words the patterns do not list',
      text: thanks('Thank you for the notes on my level design. Could we grab another hour in May, so I can show you the new build?'),
      flagged: ['Could we grab another hour in May, so I can show you the new build?'],
    },
    {
      name: 'passing a name along to whoever hires (a farmhand)',
      text: thanks('Thanks for showing me the orchard. If a seasonal spot opens up, I would be thankful if you could put my name forward to your farm manager.'),
      flagged: ['If a seasonal spot opens up, I would be thankful if you could put my name forward to your farm manager.'],
    },
    {
      name: 'the hiring manager as the one to reach',
      text: thanks('Thanks for the advice on my portfolio. Would you mind introducing me to the hiring manager for the clinic?'),
      flagged: ['Would you mind introducing me to the hiring manager for the clinic?'],
    },
    {
      name: 'fishing for another coffee',
      text: thanks('Hi Ana,\n\nIt was great meeting you at the meetup and hearing how you moved into research.\n\nIf you are ever open to coffee or a quick chat, I would be happy to connect.\n\nBest,\nMo'),
      flagged: ['If you are ever open to coffee or a quick chat, I would be happy to connect.'],
      message: /remove this ask/,
      output: thanks('Hi Ana,\n\nIt was great meeting you at the meetup and hearing how you moved into research.\n\nBest,\nMo'),
    },
    {
      name: 'a referral ask, removed from inside a paragraph',
      text: thanks('Thank you again for your advice on portfolio reviews. Would you be willing to refer me for the open designer role? I will keep you posted either way.'),
      flagged: ['Would you be willing to refer me for the open designer role?'],
      output: thanks('Thank you again for your advice on portfolio reviews. I will keep you posted either way.'),
    },
    {
      name: 'asking whether they are hiring',
      text: thanks('Thanks for the great conversation about data contracts. Is your team still hiring analysts this year?'),
      flagged: ['Is your team still hiring analysts this year?'],
      output: thanks('Thanks for the great conversation about data contracts.'),
    },
    {
      name: 'meeting up again',
      text: thanks('Thanks again for meeting me and for the tip about the analytics guild. I would love to meet up again next time you are in Berlin.'),
      flagged: ['I would love to meet up again next time you are in Berlin.'],
      output: thanks('Thanks again for meeting me and for the tip about the analytics guild.'),
    },
    {
      name: 'another meeting',
      text: thanks('Thank you for the advice about negotiating my offer. Could we set up another call next month to go over the contract?'),
      flagged: ['Could we set up another call next month to go over the contract?'],
    },
  ],
});
