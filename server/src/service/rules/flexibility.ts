import { insertClauseFixes } from '../fixes/clauseFixes';
import { meetingRequest, offersFlexibility } from '../lexicon/logistics';
import type { Rule } from './rule';

export const flexibility: Rule = {
  meta: {
    id: 'flexibility',
    severity: 'info',
    kinds: ['request'],
    description: 'The meeting request offers no flexibility on format (call, video, in person) or timing.',
    docs: {
      why:
        'A request with one fixed format and time asks the recipient to bend their week to yours. Offering a choice — a call or a coffee near them, any day next week, whatever is easiest — lets them say yes in the way that costs them least. One kind of flexibility is enough.',
      evidence:
        'Counted as flexibility: two ways to meet joined by “or” or a second way offered “too” or “instead”, the choice left to them (“if you prefer”, “your call”), going to them, more than one day or an open span of time, or a booking link.',
      worse: 'Would you be free for a 20-minute video call on Friday at 2 pm ET?',
      better: 'Would you be free for a 20-minute call sometime next week? Phone or video, whichever is easiest for you.',
    },
    fixable: true,
    phraseCategory: 'flexibility',
  },
  check(context) {
    const { analysis, document } = context;
    if (!meetingRequest(analysis) || offersFlexibility(document, analysis)) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Offer some flexibility on format (phone, video, in person) or timing (“any day next week”, “whatever is easiest for you”) so the recipient can fit you in.',
      fixes: insertClauseFixes(context, 'flexibility', 'after-ask', 'Offer flexibility'),
    });
  },
};
