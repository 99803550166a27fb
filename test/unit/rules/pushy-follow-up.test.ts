import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester, template } from '../../helpers/ruleTester';

const followUp = (body: string): string => template('kind: follow-up\nrelationship: cold', body);
const firstValue = phrases.inCategory('follow-up-value', 'follow-up')[0]!.text;

ruleTester('pushy-follow-up', {
  valid: [
    {
      name: 'a quick follow-up that reports what they did with the advice (a grad student)',
      text: followUp('Just a quick follow-up: I rewrote the intro of my thesis the way you suggested, and my advisor signed off on it.'),
    },
    {
      name: 'circling back with results attached (a game studio)',
      text: followUp('Circling back with the playtest numbers you asked about: the new tutorial halved early quits. The full sheet is attached.'),
    },
    {
      name: 'a request that checks a date, not a message',
      text: followUp('I planted the cover crop you recommended, and the soil test came back with twice the organic matter. Any update on the field day date?'),
    },
    {
      name: 'follows up with an article',
      text: followUp('Hi Priya,\n\nJust following up on my note from last month: I came across this article on running critiques across time zones and thought you might enjoy it, given your talk on remote design teams.\n\nBest,\nJonas'),
    },
    {
      name: 'reports what came of their advice',
      text: followUp('Circling back with some news: I took your advice and asked for the team’s last three retrospectives before my interview, and I got the offer.'),
    },
    {
      name: 'news since they spoke',
      text: followUp('I wanted to follow up since we spoke in March. I have started a new role on the platform team, and your advice played a real part in it.'),
    },
    {
      name: 'a follow-up without the pushy phrases',
      text: followUp('Last week I applied for the analyst role on your team. I was hoping you could share the decision timeline when you have a moment.'),
    },
    {
      name: 'an offer of an introduction',
      text: followUp('Checking in again, because I met someone at the data meetup who is building exactly the tool you described, and I would be glad to introduce you if that is useful.'),
    },
    {
      name: 'a reminder that names the benefit to them',
      text: followUp('Just a friendly reminder about the salary survey: it closes on Friday, and your team’s answers would make the benchmark far more useful to you.'),
    },
    {
      name: 'a request that refers back to an earlier note, then makes its case',
      text: request('Hi Ana, I wanted to follow up on my note from the conference. Would you have 15 minutes next week to talk about your move into UX research?'),
    },
    {
      name: 'follow as in following their work',
      text: request('I have been following your work on accessible charts for a year. Would you have 15 minutes next week to talk about how you test with screen-reader users?'),
    },
  ],
  invalid: [
    {
      name: 'floating it back up, in any words (a dentist)',
      text: followUp('Hi Dr. Ames,\n\nNudging this up your inbox a third time. Would Thursday work?\n\nLuis'),
      flagged: ['Nudging this up your inbox a third time.'],
    },
    {
      name: 'checking whether the earlier note arrived',
      text: followUp('Checking whether my note from the co-op meeting reached you. Still hoping for ten minutes.'),
      flagged: ['Checking whether my note from the co-op meeting reached you.'],
    },
    {
      name: 'asking for an update on their earlier message',
      text: followUp('Any word on my message from last Monday about the internship?'),
      flagged: ['Any word on my message from last Monday about the internship?'],
    },
    {
      name: 'lost in the shuffle',
      text: followUp('I wanted to see if this got lost in the shuffle. Happy to work around your schedule.'),
      flagged: ['I wanted to see if this got lost in the shuffle.'],
    },
    {
      name: 'a bare bump',
      text: followUp('Hi Sam,\n\nJust wanted to bump this to the top of your inbox. Would 15 minutes next week work?\n\nThanks,\nLee'),
      flagged: ['Just wanted to bump this to the top of your inbox.'],
      message: /something of value/,
      output: followUp(`Hi Sam,\n\n${firstValue} Would 15 minutes next week work?\n\nThanks,\nLee`),
    },
    {
      name: 'did you get my last email',
      text: followUp('Did you get my last email? I know inboxes get buried, so I wanted to check.'),
      flagged: ['Did you get my last email?'],
    },
    {
      name: 'circling back one more time',
      text: followUp('Circling back one more time. Completely understand if now is not a good time.'),
      flagged: ['Circling back one more time.'],
    },
    {
      name: 'a request that opens with a nudge',
      text: request('Just following up on my previous message. Would you have 15 minutes next week to talk about your move into product?'),
      flagged: ['Just following up on my previous message.'],
    },
    {
      name: 'checking in again, twice',
      text: followUp('Checking in again on my request for a short call. Any update?'),
      flagged: ['Checking in again on my request for a short call.', 'Any update?'],
    },
  ],
});

describe('pushy-follow-up: every follow-up-value clause clears it', () => {
  for (const entry of phrases.inCategory('follow-up-value', 'follow-up')) {
    it(entry.id, () => {
      const found = lintText(followUp(`Just checking in. ${entry.text}`)).filter((finding) => finding.rule === 'pushy-follow-up');
      assert.deepEqual(found, []);
    });
  }
});
