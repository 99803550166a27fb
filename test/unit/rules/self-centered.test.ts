import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../../server/src/service/document/parse';
import { lintDocument } from '../../../server/src/service/lint';
import { emptyConfig } from '../../../server/src/service/config/settings';
import { phrases, request, ruleTester } from '../../helpers/ruleTester';

const ALL_ABOUT_ME =
  'I am a career changer and I have spent six years in retail management. I am now learning analytics and I want to move into a data role. I think my background in operations gives me an edge, and I would love to meet so I can ask my questions about the field. It would help me a lot with my search.';

ruleTester('self-centered', {
  valid: [
    {
      name: 'balanced request',
      text: request(
        'Hi Noor,\n\nYour talk on pricing experiments changed how I think about discounts. You mentioned that your team runs every test for two full cycles; I tried that with my own shop and saw the difference. Would you have 15 minutes next week? I would love to hear how you decide when a test is done, and I can share what I learned from my results.\n\nThanks,\nIvo',
      ),
    },
    { name: 'short body under 40 words', text: request('I am a student and I would love my first chance to ask my questions. I hope I am not bothering you.') },
    {
      name: 'recipient placeholders count as second person',
      text: request(
        'I read {{recipient.articleTitle}} twice. I run a small bakery and I tried the batching idea from {{recipient.firstName}}’s piece, and it cut my waste in half. I would like to share my numbers with {{recipient.firstName}}, since {{recipient.company}} might find them useful for {{recipient.nextPost}}. Could we talk for 15 minutes?',
        'variables:\n  recipient.articleTitle: Batching\n  recipient.firstName: Ana\n  recipient.company: Acme\n  recipient.nextPost: the next post',
      ),
    },
    {
      name: 'greeting and sign-off are not counted',
      text: request(
        'Hi, I am Jo, and my name is on my card!\n\nYour piece on code review norms was the clearest I have read. Your point about reviewing the tests first stuck with you know who: my whole team. Would you have 15 minutes to talk about how you introduced the norm at your company? I can share how it went for us.\n\nThanks so much, I really appreciate it, my best,\nJo',
      ),
    },
    { name: 'not a request kind', text: `---\nkind: thank-you\n---\n${ALL_ABOUT_ME}` },
  ],
  invalid: [
    {
      name: 'all about the sender',
      text: request(`Hi Noor,\n\n${ALL_ABOUT_ME} Would you have time for a call?\n\nThanks,\nIvo`),
      flagged: ['I think my background in operations gives me an edge, and I would love to meet so I can ask my questions about the field.'],
      message: /I\/me\/my 1\d times and you\/your once/,
      output: null,
    },
    {
      name: 'no second person at all',
      text: request(ALL_ABOUT_ME),
      flagged: ['I think my background in operations gives me an edge, and I would love to meet so I can ask my questions about the field.'],
      message: /you\/your 0 times/,
    },
    {
      name: 'curly apostrophes count',
      text: request(
        'I’m a designer and I’ve shipped two apps. I’d love to move into research, and I’ll be honest: I’m nervous about it. My portfolio is mostly visual work, and I’m not sure my case studies show my process. I’d be grateful if you could look at my site, since you hire researchers.',
      ),
      flagged: ['I’d love to move into research, and I’ll be honest: I’m nervous about it.'],
      message: /I\/me\/my 1\d times and you\/your 2 times/,
    },
  ],
});

describe('self-centered options', () => {
  it('honours minWords and maxRatio from config', () => {
    const text = request('I am new here and I would love my first chat with you about my plans.');
    const config = emptyConfig();
    config.rules['self-centered'] = { options: { minWords: 5, maxRatio: 2 } };
    const findings = lintDocument(parseOutreachDocument(text), { config, phrases }).filter((f) => f.rule === 'self-centered');
    assert.equal(findings.length, 1);
    config.rules['self-centered'] = { options: { minWords: 5, maxRatio: 10 } };
    assert.equal(lintDocument(parseOutreachDocument(text), { config, phrases }).filter((f) => f.rule === 'self-centered').length, 0);
  });
});
