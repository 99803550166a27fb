import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, ruleTester, template } from '../../helpers/ruleTester';

const thanks = (body: string, frontMatter = 'relationship: warm'): string => template(`kind: thank-you\n${frontMatter}`, body);
const firstClause = phrases.inCategory('thanks-specific', 'thank-you')[0]!.text;

ruleTester('thanks-specific', {
  valid: [
    {
      name: 'their advice, in a verb the patterns do not list (a game designer)',
      text: template('kind: thank-you\nrelationship: warm', 'Thank you for Thursday. Since our talk, the tutorial sits in the second level, as you proposed.'),
    },
    {
      name: 'what they said, taken in (a dental student)',
      text: template('kind: thank-you\nrelationship: warm', 'Thank you for meeting me. Hearing that most practices hire from their own temp pool made me call the agency first.'),
    },
    {
      name: 'paraphrases concrete advice without the word "advice"',
      text: thanks('Hi Noor,\n\nThank you for the call on Tuesday. Asking each team for their last three retrospectives before an interview is such a simple idea, and I have already started doing it.\n\nBest,\nLeo'),
    },
    {
      name: '"when you mentioned …"',
      text: thanks('Thanks again for your time. When you mentioned that most hiring managers skim the first two lines, I rewrote my summary that evening.'),
    },
    {
      name: 'a decision it led to',
      text: thanks('I just wanted to say how grateful I am for your advice. I am going to stay in my current role another year rather than start the master’s this autumn.'),
    },
    {
      name: 'the advice is a placeholder',
      text: thanks('Thank you for meeting with me. Your advice to {{meeting.advice}} was exactly what I needed.', 'variables:\n  meeting.advice: talk to the support team first'),
    },
    {
      name: 'something they described',
      text: thanks('Thank you for showing me around the lab. I keep thinking about the onboarding problem you described, and I have a few ideas from my teaching years.'),
    },
    {
      name: 'their words quoted',
      text: thanks('Thank you for the coffee. “Hire for the questions people ask, not the answers they know” is now on a sticky note above my desk.'),
    },
    {
      name: 'thanks for an introduction and what came of it',
      text: thanks('Thank you for the introduction to Maya. We are meeting next Tuesday to talk about the internship.'),
    },
    {
      name: 'something learned',
      text: thanks('Thank you for the time yesterday. I learned that most of your analysts came from operations roles, which makes my path feel far less unusual.'),
    },
  ],
  invalid: [
    {
      name: 'a feeling is not a piece of advice',
      text: template('kind: thank-you\nrelationship: warm', 'Thank you for your time and wisdom. It made me feel so welcome in the trade.'),
      flagged: ['Thank you for your time and wisdom.'],
    },
    {
      name: 'generic thanks',
      text: thanks('Hi Ruth,\n\nThank you so much for your time yesterday. Your insights were really helpful and I learned a lot.\n\nBest,\nOmar'),
      flagged: ['Thank you so much for your time yesterday.'],
      message: /specific piece of advice/,
      output: thanks(`Hi Ruth,\n\nThank you so much for your time yesterday. ${firstClause} Your insights were really helpful and I learned a lot.\n\nBest,\nOmar`),
    },
    {
      name: 'an interview thank-you about the sender only',
      text: thanks('Thank you for meeting with me this morning. I am very excited about the role and confident my experience would be a great fit for the team.'),
      flagged: ['Thank you for meeting with me this morning.'],
    },
    {
      name: 'a topic named but no advice',
      text: thanks('It was great meeting you at the design meetup. I really enjoyed our conversation about remote critiques.'),
      flagged: ['It was great meeting you at the design meetup.'],
    },
  ],
});

describe('thanks-specific: every thanks-specific clause clears it', () => {
  for (const entry of phrases.inCategory('thanks-specific', 'thank-you')) {
    it(entry.id, () => {
      const found = lintText(thanks(`Thank you for your time yesterday. ${entry.text}`)).filter((finding) => finding.rule === 'thanks-specific');
      assert.deepEqual(found, []);
    });
  }
});
