import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester, template } from '../../helpers/ruleTester';

const decline = (body: string, frontMatter = ''): string => template(`kind: decline\n${frontMatter}`, body);
const firstReason = phrases.inCategory('decline-reason', 'decline')[0]!.text;

ruleTester('decline-honest-reason', {
  valid: [
    {
      name: 'an insurer that does not allow visitors on the site (a roofer)',
      text: decline('Hi Priya,\n\nLovely to hear from you. I can’t take you along this month: the insurer doesn’t allow anyone off the payroll on a roof we are working, even to watch.\n\nBest,\nGus'),
    },
    {
      name: 'bylaws that do not let members do it (a seed co-op)',
      text: decline('Hi Ade,\n\nThank you for asking. The co-op’s bylaws don’t let members sell seed outside the valley, so I have to say no to the stall.\n\nWarmly,\nBeth'),
    },
    {
      name: 'not permitted, in the passive (a lab technician)',
      text: decline('Hi Tom,\n\nThanks for the note. We’re not permitted to bring guests into the cleanroom, so a tour is off the table.\n\nCheers,\nKit'),
    },
    {
      name: 'hospital rules forbid it (a theatre nurse)',
      text: decline('Hi Jo,\n\nI was glad you asked, but hospital rules forbid observers in theatre for anyone not enrolled on a course with us.\n\nBest,\nNia'),
    },
    {
      name: 'stepping back from a kind of work for a while',
      text: decline('Hi Jo,\n\nThanks for asking me. This year I am stepping back from judging competitions to look after my father, so I have to say no.\n\nBest,\nLes'),
    },
    {
      name: 'a course of study under way',
      text: decline('Hi Jo,\n\nThanks for thinking of me. I am finishing a diploma in soil science this term and cannot take on anything else.\n\nBest,\nLes'),
    },
    {
      name: 'busy, with the trial that keeps them busy (a court reporter)',
      text: decline('Hi Jo,\n\nI am swamped: I start covering a five-week fraud trial on the 3rd, so I cannot take calls until it ends. My blog has a post on getting certified.\n\nBest,\nRen'),
    },
    {
      name: 'slammed, and the only vet on call over lambing season',
      text: decline('Hi Sam,\n\nI am slammed right now. I am the only vet covering the valley until the Hartley practice reopens in April, so I have to pass. Try the county extension office meanwhile.\n\nAll best,\nMo'),
    },
    {
      name: 'a staffing shortage with a date (a dentist)',
      text: decline('Hi Lena,\n\nOur clinic is short two assistants until the new hires start in May, so I cannot host shadowing this term. Ask me again in June.\n\nDr. Ortiz'),
    },
    {
      name: 'a brief policy with a time frame',
      text: decline('Hi Marta,\n\nThanks so much for thinking of me. I am not taking on mentees until spring, but I would be glad to read one page of your portfolio and send notes.\n\nBest,\nIlse'),
    },
    {
      name: 'their need is already covered',
      text: decline('It is kind of you to offer to walk me through your services, but I already work with a financial planner I trust, so a meeting would not be a good use of your time.'),
    },
    {
      name: 'busy with something named',
      text: decline('I am heads-down on our hardware launch until the end of March, so I cannot add calls before then. Please write to me again in April.'),
    },
    {
      name: 'not the right person',
      text: decline('Embedded firmware is outside what I work on, so I would not be much use to you. My colleague Ana would be a far better person to ask.'),
    },
    {
      name: 'a cause that is more than busyness',
      text: decline('I cannot join the panel because I will be at my sister’s wedding that weekend.'),
    },
    {
      name: 'a selection that went another way',
      text: decline('Dear {{recipient.firstName}},\n\nUnfortunately your workshop did not make this year’s programme. We received over two hundred proposals for twelve slots.\n\nKind regards,\nThe programme team', 'variables:\n  recipient.firstName: Sam'),
    },
    {
      name: 'the reason is a placeholder filled per message',
      text: decline('Thank you for the invitation. {{decline.reason}} I hope the event goes well.', 'variables:\n  decline.reason: I am on parental leave until June.'),
    },
    {
      name: 'a standing policy',
      text: decline('Thanks for the note. I do not take sales meetings while our budget is frozen, so I will pass for now.'),
    },
    {
      name: 'a circumstance introduced by "while"',
      text: decline('Thanks for reaching out! I have to say no to new advisory roles this year while I finish my PhD.'),
    },
    {
      name: 'not a decline',
      text: request('I know you are busy, so I will keep this short. Would you have 15 minutes next week to talk about your move into design research?'),
    },
    {
      name: 'a no, then the cause after a colon (a falconer)',
      text: decline('Hi Jo,\n\nI have to say no: our Harris hawk is moulting this month, and the mews stays closed to visitors until she is flying again.\n\nBest,\nLes'),
    },
    {
      name: 'a resource still being written is work under way, a cause (a beekeeper)',
      text: decline('Hi Jo,\n\nThanks for asking. I am writing the county beekeeping handbook that covers swarm control, and the printer wants it by the 20th, so I cannot meet this month.\n\nBest,\nLes'),
    },
    {
      name: 'someone of the sender’s they cannot leave (a shepherd)',
      text: decline('Hi Jo,\n\nThank you for the invitation. I will have to say no. I cannot leave my young dogs with the flock during lambing.\n\nBest,\nLes'),
    },
    {
      name: 'a shop of theirs they cannot close (a cobbler)',
      text: decline('Hi Jo,\n\nI would love to, but I can’t. We can’t shut our little repair shop on a Saturday.\n\nBest,\nLes'),
    },
  ],
  invalid: [
    {
      name: 'a schedule that will not allow it is only being busy (a florist)',
      text: decline('Hi Jo,\n\nThanks for asking. My schedule won’t allow it this month, so I have to pass.\n\nBest,\nLes'),
      flagged: ['My schedule won’t allow it this month, so I have to pass.'],
    },
    {
      name: 'time that does not permit it is only being busy (a tour guide)',
      text: decline('Hi Jo,\n\nThanks for the kind words. Sadly time doesn’t permit a meeting right now.\n\nBest,\nLes'),
      flagged: ['Sadly time doesn’t permit a meeting right now.'],
    },
    {
      name: 'a desk they cannot leave is only being busy (an actuary)',
      text: decline('Hi Jo,\n\nThanks for asking. I can’t leave my desk at the moment, so I will have to pass.\n\nBest,\nLes'),
      flagged: ['I can’t leave my desk at the moment, so I will have to pass.'],
    },
    {
      name: 'a guide pointed to instead of the meeting is the offer, not the cause (a quilt restorer)',
      text: decline('Hi Jo,\n\nThanks for writing. Sadly my diary is completely full at the moment, so I cannot meet. Our textile team published a two-part guide to hanging antique quilts, which answers most of what people ask me.\n\nBest,\nLes'),
      flagged: ['Sadly my diary is completely full at the moment, so I cannot meet.'],
    },
    {
      name: 'a no, then only the calendar after a colon',
      text: decline('Hi Jo,\n\nI have to say no: my calendar is a mess at the moment. Good luck with it.\n\nBest,\nLes'),
      flagged: ['I have to say no: my calendar is a mess at the moment.'],
    },
    {
      name: 'a cause that is itself negated stays no cause',
      text: decline('Hi Jo,\n\nSorry, but no. I have no particular reason; it just does not appeal.\n\nBest,\nLes'),
      flagged: ['Sorry, but no.'],
    },
    {
      name: '“of course” and “in due course” are no course of study',
      text: decline('Hi Jo,\n\nThanks for the invitation. Of course I would love to, but I am swamped, so I will have to pass and maybe try again in due course.\n\nBest,\nLes'),
      flagged: ['Of course I would love to, but I am swamped, so I will have to pass and maybe try again in due course.'],
    },
    {
      name: 'busy this month, and a date that is no cause',
      text: decline('Hi Theo,\n\nSadly my calendar is full until August, so I will pass on coffee. Best of luck with the game jam.\n\nIris'),
      flagged: ['Sadly my calendar is full until August, so I will pass on coffee.'],
    },
    {
      name: 'thanks that name a year are no reason',
      text: decline('Hi Theo,\n\nThanks for thinking of me for the 2025 retirees panel. I am swamped, so I will pass. Ping me again in the spring.\n\nIris'),
      flagged: ['I am swamped, so I will pass.'],
    },
    {
      name: 'only "too busy"',
      text: decline('Hi Tom,\n\nThanks for the invitation. Unfortunately I am too busy right now, so I will have to pass.\n\nBest,\nDana'),
      flagged: ['Unfortunately I am too busy right now, so I will have to pass.'],
      message: /Too busy/,
      output: decline(`Hi Tom,\n\nThanks for the invitation. Unfortunately I am too busy right now, so I will have to pass. ${firstReason}\n\nBest,\nDana`),
    },
    {
      name: 'no reason at all',
      text: decline('Thank you for reaching out. I will not be able to meet. Best of luck with the project.'),
      flagged: ['I will not be able to meet.'],
      message: /Say why you are declining/,
    },
    {
      name: 'a cause that is only the schedule',
      text: decline('I can’t take this on because of my schedule right now. Wishing you all the best.'),
      flagged: ['I can’t take this on because of my schedule right now.'],
    },
    {
      name: 'prior commitments',
      text: decline('Due to prior commitments, I am unable to join you for coffee next week.'),
      flagged: ['Due to prior commitments, I am unable to join you for coffee next week.'],
    },
    {
      name: 'someone else’s regrets, no reason',
      text: decline('Hi Bob. Priya sends her regrets: she is unable to make the introduction.', 'relationship: warm'),
      flagged: ['Priya sends her regrets: she is unable to make the introduction.'],
    },
  ],
});

describe('decline-honest-reason: every decline-reason clause clears it', () => {
  const bare = 'Thank you for the invitation. I will have to pass.';
  for (const entry of phrases.inCategory('decline-reason', 'decline')) {
    it(entry.id, () => {
      const found = lintText(decline(`${bare} ${entry.text}`)).filter((finding) => finding.rule === 'decline-honest-reason');
      assert.deepEqual(found, []);
    });
  }
});
