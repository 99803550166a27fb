import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, ruleTester, template } from '../../helpers/ruleTester';

const decline = (body: string, frontMatter = ''): string => template(`kind: decline\n${frontMatter}`, body);
const firstOffer = phrases.inCategory('decline-offer', 'decline')[0]!.text;

ruleTester('decline-offer', {
  valid: [
    {
      name: 'a docs page that covers it, and open office hours (a game engine maintainer)',
      text: decline('Hi Kai,\n\nI am not taking one-to-one calls before the release. The page on shader caching in our manual covers most of your question, and I run open office hours every other Friday where you would be welcome to bring your project.\n\nBest,\nAda'),
    },
    {
      name: 'invited to drop in (a farmer)',
      text: decline('Hi Pat,\n\nHarvest keeps me in the fields until October, so I have to say no to a visit. We host a drop-in morning for new growers on the first Saturday of each month.\n\nCheers,\nBea'),
    },
    {
      name: 'a resource they can read',
      text: decline('Dear {{recipient.firstName}},\n\nUnfortunately we cannot include your talk this year; we had far more strong proposals than slots. You can read the reviewers’ comments in your speaker profile, and we hope you will submit again next year.\n\nKind regards,\nThe programme team', 'variables:\n  recipient.firstName: Sam'),
    },
    {
      name: 'a better person to ask, by name',
      text: decline('Payments compliance is outside my area, so I would not be much help. You might talk to Rosa Lind, who ran compliance at my last company.'),
    },
    {
      name: 'an offer to pass their details on',
      text: decline('I already work with a planner I am happy with. If you send me a short overview of your services, I will forward it to friends who ask me for recommendations.'),
    },
    {
      name: 'a door left open',
      text: decline('I am not taking on mentees until spring. Please write to me again in March and we can find a time then.'),
    },
    {
      name: 'help by email instead',
      text: decline('My calendar is closed while I finish my thesis, but I would be happy to answer one or two questions by email.'),
    },
    {
      name: 'any other way to help',
      text: decline('I am not the right person for a review of your deck, since I have never raised money. If there is any other way I can help, just let me know.'),
    },
    {
      name: 'pointing to a community',
      text: decline('I only mentor people inside my company, so I have to decline. Have you looked at the volunteer mentoring network run by the design guild? Many senior designers give their time there.'),
    },
    {
      name: 'suggesting who else to try',
      text: decline('I am not the best person to talk to about fundraising, since I have never raised money. Try reaching out to the founders in the alumni forum instead.'),
    },
    {
      name: 'open to a later round',
      text: decline('Thank you for the invite to speak at the meetup. I cannot make it on the 12th as I am moving house that week. If you run another session in the spring, I would love to be considered.'),
    },
    {
      name: 'the offer is a placeholder',
      text: decline('I am on leave until June. {{decline.offer}}', 'variables:\n  decline.offer: My colleague Ana can help in the meantime.'),
    },
    {
      name: 'where to reach a better desk (a museum curator)',
      text: decline('Hi Farid,\n\nI cannot take on loan requests myself while the west wing is closed. Our collections office handles these year-round, and you can reach them at loans@example.org.\n\nBest,\nIngeborg'),
    },
    {
      name: 'passing a name on is an offer, not a no (a harbour pilot)',
      text: decline('Hi Sol,\n\nI am not taking trainees on the boat this season. I will pass your details on to the pilots\' association.\n\nRegards,\nMarit'),
    },
    {
      name: 'a named person to ask for at a place (a ferry skipper)',
      text: decline('Hi Lucan,\n\nI am stretched thin with the summer timetable, so I will have to say no to the interview. Ask for Bridget at the harbour office; she keeps the old logbooks and loves visitors.\n\nBest,\nFen'),
    },
    {
      name: 'a better place to get it, and an open day with a word between (a cheesemaker)',
      text: decline('Hi Orla,\n\nThe dairy is flat out this month, so I cannot host your class. You would get far more from the open cellar day the co-op holds each spring anyway.\n\nWarmly,\nPiet'),
    },
  ],
  invalid: [
    {
      name: 'a weekday to ask for is no referral, and an open diary is no open day (a dog groomer)',
      text: decline('Hi Tamsin,\n\nI would have to ask for Saturday off to do it, and my diary is not open any day this month, so it is a no from me.\n\nAll the best,\nRhys'),
      flagged: ['I would have to ask for Saturday off to do it, and my diary is not open any day this month, so it is a no from me.'],
    },
    {
      name: '"I\'ll pass" is the no itself (a potter)',
      text: decline('Hi Jun,\n\nThanks for asking about the glaze workshop. The kilns keep me flat out right now, so I\'ll pass.\n\nTake care,\nRhiannon'),
      flagged: ['The kilns keep me flat out right now, so I\'ll pass.'],
    },
    {
      name: '"we\'ll pass on this one for now" hands nothing on',
      text: decline('Hi Otto,\n\nSadly we\'ll pass on this one for now.\n\nBest wishes,\nThe allotment committee'),
      flagged: ['Sadly we\'ll pass on this one for now.'],
    },
    {
      name: 'a load is not something held ready for them',
      text: decline('Hi Dee,\n\nI will have to decline. I have too many patients on my books to take on another student this year.\n\nDr. Amar'),
      flagged: ['I will have to decline.'],
    },
    {
      name: 'a resource that does not cover it',
      text: decline('Hi Dee,\n\nI cannot help with this, sorry; I am retired from the board. The guide I wrote years ago does not cover it either.\n\nWalt'),
      flagged: ['I cannot help with this, sorry; I am retired from the board.'],
    },
    {
      name: 'a LinkedIn invitation is not an offer',
      text: decline('Hi Sally,\n\nThanks for reaching out. I am currently not looking for a new role. Feel free to connect with me on LinkedIn.\n\nBest,\nKim'),
      flagged: ['I am currently not looking for a new role.'],
      message: /offer something/,
      output: decline(`Hi Sally,\n\nThanks for reaching out. I am currently not looking for a new role. Feel free to connect with me on LinkedIn.\n\n${firstOffer}\n\nBest,\nKim`),
    },
    {
      name: 'asking to be kept in mind is not an offer',
      text: decline('I am not in a position to relocate this year. Please keep me in mind if something remote opens up in the future.'),
      flagged: ['I am not in a position to relocate this year.'],
    },
    {
      name: 'a wish to help is not an offer',
      text: decline('I wish I could help, but I am not taking on advisory work this year. Good luck with the launch!'),
      flagged: ['I wish I could help, but I am not taking on advisory work this year.'],
    },
    {
      name: 'just a no',
      text: decline('Thanks for thinking of me. Unfortunately I have to pass on the panel this time.'),
      flagged: ['Unfortunately I have to pass on the panel this time.'],
    },
  ],
});

describe('decline-offer: every decline-offer clause clears it', () => {
  const bare = 'Thank you for the invitation. I am not taking new meetings this quarter.';
  for (const entry of phrases.inCategory('decline-offer', 'decline')) {
    it(entry.id, () => {
      const found = lintText(decline(`${bare} ${entry.text}`)).filter((finding) => finding.rule === 'decline-offer');
      assert.deepEqual(found, []);
    });
  }
});
