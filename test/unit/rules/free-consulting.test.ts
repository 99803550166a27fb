import assert from 'node:assert/strict';
import { request, ruleTester } from '../../helpers/ruleTester';

const PAID = 'If it is easier, I would be glad to book this as a paid session at your usual rate.';
/** For an ask answered by email, with no meeting: paying for the work without turning it into a session. */
const PAID_WORK = 'If it is easier, I would be glad to pay your usual rate for this.';

ruleTester('free-consulting', {
  valid: [
    {
      name: 'their method, adapted to the sender’s surroundings',
      text: request('I read your paper on cooling rooms without mains power. Could we talk for 15 minutes so I can hear how you would adapt the method for our humid coast?'),
    },
    {
      name: 'how they would handle the sender’s own first year, a career matter',
      text: request('I am a retired dentist starting out as a hospice volunteer. I would love to hear how you would approach my first year on the ward. Would 15 minutes by phone work?'),
    },
    {
      name: 'how they read a rule, not work on the sender’s thing',
      text: request('I would like to understand how you would read our county’s new grazing rules. Would you have 15 minutes on a call next week?'),
    },
    {
      name: 'what they would do in general, nothing of the sender’s',
      text: request('I would love to hear what you would do with the same budget if you were starting a studio today. Would you have 15 minutes next week?'),
    },
    {
      name: 'a plan that is one person’s career plan',
      text: request('Could you look over my plan for moving from farming into agronomy teaching? Fifteen minutes on the phone would be plenty.'),
    },
    {
      name: 'their own path, asked of a coach',
      text: request('I heard you went from dentistry to coaching. I would love to hear what made you leave the clinic. Would 15 minutes on a call work?', 'recipient:\n  sellsAdvice: true'),
    },
    {
      name: 'feedback on something of theirs',
      text: request('Could you look over the rules of your card game with me? I think I found a loop in round three.'),
    },
    {
      name: 'career advice about their path',
      text: request('I would love your advice on how you moved from accounting into product management. Would you have 15 minutes next week?'),
    },
    {
      name: 'advice on the sender’s job search is career advice',
      text: request('I would appreciate any advice you have for my job search in the Chicago market.'),
    },
    {
      name: 'offers to pay',
      text: request('I would love to pick your brain about our pricing strategy, and I am happy to pay for your time.'),
    },
    {
      name: 'negated',
      text: request('I do not want to pick your brain for free; I have one question about how you structured your first consulting contract.'),
    },
    {
      name: 'their story, when they sell advice',
      text: request('I would love to hear how you built your coaching practice after leaving corporate HR. Would you have 15 minutes?', 'recipient:\n  sellsAdvice: true'),
    },
    {
      name: 'their business, not the sender’s',
      text: request('I would love to hear how you scaled your design studio from two people to twenty.'),
    },
    {
      name: 'a venture of the recipient’s, not one the sender runs',
      text: request('I run a small ceramics studio in Hobart and admired your kiln talk. Would you walk me carefully through the museum’s glaze archive, so I can learn how the collection is catalogued? Twenty minutes by phone would be plenty.'),
    },
    {
      name: 'the sender runs a course, and asks about the recipient’s own path through it',
      text: request('I run a beekeeping club for retirees. Could you go step by step through how you started your own apiary? A 15-minute call any week would suit me.'),
    },
    {
      name: 'a budget the sender drafted for the recipient’s festival is their matter (a caterer)',
      text: request('I cater weddings in Galway and I have drafted a budget for your harvest festival. Could you look over that budget with me on a short call?'),
    },
    {
      name: 'a CV the sender wrote is a career matter (a retiree)',
      text: request('I retired from the post office and wrote a CV for volunteer work. Could you look over that CV on a 15-minute call?'),
    },
    {
      name: 'the same noun, but theirs: “the budget” of the recipient’s project',
      text: request('I tune pianos in Leeds. Could you go through the budget of your touring choir with me, so I can see how venues are paid?'),
    },
    {
      name: 'an anaphor whose antecedent is a career matter (a retired nurse’s CV)',
      text: request('I have rewritten my CV for hospice roles, and I was hoping you could look over it before I apply. Fifteen minutes by phone would be plenty.'),
    },
    {
      name: 'an anaphor after something of the sender’s that is the subject, not the work (a beekeeper)',
      text: request('Our apiary published its swarm counts in May, and I was hoping you could check them against your own hive records. Would 15 minutes by phone suit?'),
    },
  ],
  invalid: [
    {
      name: 'the work’s object named before the ask, taken up by “both” (an adviser who sells advice, a ferry operator)',
      text: request('We are rewriting our timetable and our fare card for the summer, and I was hoping you could go through both and tell us what to drop. Half an hour on the phone any morning?', 'recipient:\n  sellsAdvice: true'),
      flagged: ['go through both'],
    },
    {
      name: 'the work’s object named before the ask, taken up by “it” (a game designer, no paid adviser)',
      text: request('We have just rebuilt our studio’s storefront page, and I would love it if you could look over it and tell us why nobody buys. Would 20 minutes next week work?'),
      flagged: ['look over it'],
    },
    {
      name: 'a review of venture work the sender said they drafted, taken up by “that” (a game designer)',
      text: request('I am opening a two-person board-game studio, and I have drafted the pricing sheet, the print order and a launch budget. Could you spend 15 minutes going through that budget with me and telling me what you would cut?'),
      flagged: ['going through that budget'],
    },
    {
      name: 'a pitch the sender wrote, taken up by “the” (a farmer)',
      text: request('We grow heritage oats on two farms, and we have put together a pitch deck for the mills. Would you look over the deck before we send it? Twenty minutes by phone would do.'),
      flagged: ['look over the deck'],
    },
    {
      name: 'a review of a venture the sender named earlier, by “the”, past a manner phrase (a bike mechanic)',
      text: request('I run a one-room bicycle repair shop in Ghent. Could you go page by page through the shop’s service menu and tell me what you would cut? Half an hour on the phone any weekday works.'),
      flagged: ['go page by page through the shop’s service menu'],
    },
    {
      name: 'a review of an organisation’s plan, named through its owner (“our co-op’s plan”)',
      text: request('Would you go through our co-op’s grazing plan and mark where it will hurt the soil, before it goes to the parish board?'),
      flagged: ['go through our co-op’s grazing plan'],
      output: (fixed) => assert.ok(fixed.includes(PAID_WORK) && !fixed.includes('paid session')),
    },
    {
      name: 'how they would do the sender’s own thing in their stead',
      text: request('I would love to hear how you would structure our tabletop studio’s first crowdfunding campaign. Would you have 15 minutes next week?'),
      flagged: ['how you would structure our tabletop studio’s first crowdfunding campaign'],
      fix: /paid session/,
    },
    {
      name: 'asked outright: “how would you price our…?”',
      text: request('We keep bees on four farms and sell at two markets. How would you price our heather honey this autumn?'),
      flagged: ['How would you price our heather honey'],
    },
    {
      name: 'their plan for the sender’s own drive, to someone who sells advice',
      text: request('I would like to bring my figures and have you lay out how you would sequence my spring fundraising drive. Fifteen minutes by phone?', 'recipient:\n  sellsAdvice: true'),
      flagged: ['how you would sequence my spring fundraising drive'],
    },
    {
      name: 'a review of the organisation’s own numbers, in other words',
      text: request('Before our co-op signs the lease, could you look over our cash-flow forecast with us?'),
      flagged: ['look over our cash-flow forecast'],
    },
    {
      name: 'their take on the pitch',
      text: request('I would value your take on our grant pitch before the deadline on the 9th.'),
      flagged: ['take on our grant pitch'],
    },
    {
      name: 'pick your brain',
      text: request('I saw that you also work in React! I would love to pick your brain about it. Are you free Thursday at 4pm?'),
      flagged: ['pick your brain'],
      message: /specific questions/,
      output: request('I saw that you also work in React! I would love to ask you a couple of specific questions about it. Are you free Thursday at 4pm?'),
    },
    {
      name: 'expert work on the sender’s own business',
      text: request('I am having trouble recruiting engineers. I would love to take you out for coffee and learn how I could improve my hiring process.'),
      flagged: ['how I could improve my hiring process'],
      message: /expert work/,
      output: (fixed) => assert.ok(fixed.includes(`improve my hiring process. ${PAID}`)),
    },
    {
      name: 'a review of the sender’s business plan',
      text: request('Could you review our business plan before we pitch investors next month?'),
      flagged: ['review our business plan'],
    },
    {
      name: 'any advice ask when they sell advice',
      text: request('I listened to your podcast on family budgeting and would love your tips on paying down our mortgage faster.', 'recipient:\n  sellsAdvice: true'),
      flagged: ['tips'],
      message: /paid session/,
      output: (fixed) => assert.ok(fixed.endsWith(`mortgage faster. ${PAID_WORK}`)),
    },
    {
      name: 'pick your brain, to someone who sells advice: the paid session is preferred',
      text: request('Could I pick your brain on our go-to-market plan?', 'recipient:\n  sellsAdvice: true'),
      flagged: ['pick your brain'],
      fix: /paid session/,
      output: (fixed) => assert.ok(fixed.endsWith(`go-to-market plan? ${PAID}`)),
    },
  ],
});
