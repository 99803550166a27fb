import assert from 'node:assert/strict';
import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('small-favor', {
  valid: [
    {
      name: 'asks for the introduction directly',
      text: request('Would you be willing to introduce me to someone on the data platform team? A two-line email would be plenty.'),
    },
    {
      name: 'the meeting is with the third party',
      text: request('Would you be able to connect me with a few of your colleagues in Denver? I would love to grab lunch with them and talk about mobile testing.'),
    },
    {
      name: 'introduction first, then a meeting with that person',
      text: request('Could you introduce me to Dana Ruiz so I could buy her a coffee and hear about the Lisbon office?'),
    },
    {
      name: 'a meeting about a real topic',
      text: request('Would you have 20 minutes for a call next week to talk about how you moved from support into solutions engineering?'),
    },
    {
      name: 'a favor without any meeting ask',
      text: request('Could you take a quick look at my portfolio when you have a moment? Any two comments would help.'),
    },
    {
      name: 'a meeting and, separately, a favor for later',
      text: request('Would you have 15 minutes for a call next week about your path into data journalism? Later on I may ask for feedback on my portfolio.'),
    },
    { name: '“tell me whether you are free” asks about them, not a verdict on the sender’s thing (a cellist)', text: request('I play cello in a Porto string quartet and loved your Bartók recording. Could we have a 15-minute call, and could you tell me whether you are free in May?') },
    { name: 'a verdict asked by email, no meeting (a glaze chemist)', text: request('I make stoneware in Bizen. Could you tell me by email whether my celadon recipe is food-safe? I can send the analysis sheet.') },
    { name: 'a verdict on the field in general is advice, not one thing of the sender’s (a drone pilot)', text: request('I fly survey drones in Perth. Could we have a 15-minute call so you can tell me whether lidar work is growing in mining?') },
  ],
  invalid: [
    {
      name: 'an introduction asked for right after the call',
      text: request('Would you have 15 minutes for a phone call next week? Mostly I am hoping you would introduce me to the curator of your print collection.'),
      flagged: ['Mostly I am hoping you would introduce me to the curator of your print collection.'],
      // The favor replaces the call it was wrapped in.
      output: request('Would you be willing to introduce me to the curator of your print collection by email?'),
    },
    {
      name: 'an introduction wrapped in coffee',
      text: request('Hi Ana,\n\nCould we get coffee next week so I can ask you to introduce me to your design lead?\n\nThanks,\nSam'),
      flagged: ['Could we get coffee next week so I can ask you to introduce me to your design lead?'],
      message: /small favor/,
      output: request('Hi Ana,\n\nWould you be willing to introduce me to your design lead by email?\n\nThanks,\nSam'),
    },
    {
      name: 'feedback on one draft wrapped in a call',
      text: request('Would you have 20 minutes for a call so you could share feedback on my cover letter for the Acme role?'),
      flagged: ['Would you have 20 minutes for a call so you could share feedback on my cover letter for the Acme role?'],
      output: request('Would you be willing to share quick feedback on my cover letter for the Acme role by email?'),
    },
    {
      name: 'one question wrapped in a meeting',
      text: request('Could we meet for 15 minutes so I can ask you one quick question about the certification exam?'),
      flagged: ['Could we meet for 15 minutes so I can ask you one quick question about the certification exam?'],
      output: request('Could I send you one quick question about the certification exam by email?'),
    },
    {
      name: 'a warm intro over lunch',
      text: request('Would you be up for a quick lunch next week where I could ask for a warm intro to your head of partnerships?'),
      flagged: ['Would you be up for a quick lunch next week where I could ask for a warm intro to your head of partnerships?'],
      output: request('Would you be willing to introduce me to your head of partnerships by email?'),
    },
    {
      name: 'keeps placeholders in the rewrite',
      text: request('Could we hop on a 15-minute call so you could put me in touch with {{contact.name}}?', 'variables:\n  contact.name: Dana'),
      flagged: ['Could we hop on a 15-minute call so you could put me in touch with {{contact.name}}?'],
      output: request('Would you be willing to introduce me to {{contact.name}} by email?', 'variables:\n  contact.name: Dana'),
    },
    {
      name: 'a call so they can tell whether one thing the sender made works (a crossword setter)',
      text: request('I set cryptic crosswords for a Dublin weekly and your column on fair clueing changed how I write. Could we do a 20-minute call so you can tell me whether my new themed grid is fair to solvers?'),
      flagged: ['Could we do a 20-minute call so you can tell me whether my new themed grid is fair to solvers?'],
    },
    {
      name: '“let me know if” one thing holds up, wrapped in a video chat (a bridge engineer)',
      text: request('I design footbridges in Rotterdam. Would you have 15 minutes for a video chat to let me know if this cable layout holds up under crowd loading?'),
      flagged: ['Would you have 15 minutes for a video chat to let me know if this cable layout holds up under crowd loading?'],
      output: (fixed) => assert.match(fixed, /Would you be willing to tell me by email whether this cable layout holds up under crowd loading\?/),
    },
  ],
});
