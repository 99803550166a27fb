import { insertClauseFixes } from '../fixes/clauseFixes';
import { meetingRequest, proposesEventMeeting } from '../lexicon/logistics';
import type { Rule } from './rule';

export const influencerTarget: Rule = {
  meta: {
    id: 'influencer-target',
    severity: 'hint',
    kinds: ['request'],
    description: 'An executive or well-known person is asked for a separate meeting instead of meeting at an event they already attend.',
    docs: {
      why:
        'Executives and well-known people get more meeting requests than they can answer, so most must be declined. Offering to say hello at a conference, meetup or event they already attend costs them almost nothing and is easy to accept. It may also be worth asking someone a few steps ahead of you instead, who has more time and will gain as much from the conversation.',
      evidence:
        'Seniority `executive` or `influencer` and no proposal to meet at an event or place they already go.',
      better: 'I see you are speaking at the product meetup on the 12th; if you are open to it, I could say hello there rather than asking for time in your week.',
    },
    fixable: true,
    phraseCategory: 'event-alternative',
  },
  check(context) {
    const { analysis, document } = context;
    const seniority = document.frontMatter.seniority;
    if ((seniority !== 'executive' && seniority !== 'influencer') || !meetingRequest(analysis)) return;
    if (proposesEventMeeting(document, analysis)) return;
    context.report({
      range: context.messageAnchor(),
      message: `A ${seniority === 'executive' ? 'senior executive' : 'well-known person'} turns down most meeting requests: offer to meet at an event they already attend instead.`,
      fixes: insertClauseFixes(context, 'event-alternative', 'after-ask', 'Meet at their event'),
    });
  },
};
