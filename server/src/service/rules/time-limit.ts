import { timeLimitFixes } from '../durationFix';
import type { Rule } from '../rule';

/** An ask for a favor by email only ("could you introduce me", "would you share feedback") needs no meeting length. */
export const timeLimit: Rule = {
  meta: {
    id: 'time-limit',
    severity: 'warning',
    kinds: ['request'],
    description: 'A meeting or call is requested without saying how long it would take.',
    docs: {
      why:
        'A busy person weighs every request against their calendar. An open-ended "can we meet?" hides the cost, so the safe answer is no or never. Naming a short, fixed length (15 or 20 minutes) tells them exactly what they are agreeing to and shows you respect their time.',
      evidence:
        'An ask whose scope names a meeting or call in any words (a slot on their calendar, some of their time, hopping on a call, a plan that "we should get together") and no length anywhere in the message, in any spelling. An email-only favor is not a meeting.',
      worse: 'Would you be open to meeting up to talk about your move into product design?',
      better: 'Would you have 15 minutes for a call in the next two weeks to talk about your move into product design?',
    },
    fixable: true,
    source: '004, 000',
  },
  check(context) {
    const ask = context.analysis.meetingAsk;
    if (!ask || context.analysis.durations.length > 0) return;
    context.report({
      range: ask.range,
      message: 'Say how long the meeting would take (e.g. "15 minutes") so the recipient knows what they are agreeing to.',
      fixes: timeLimitFixes(context),
    });
  },
};
