import { declarePlaceholders } from '../fixes/clauseFixes';
import { insertSentenceEdit } from '../fixes/edits';
import { asksForMeetingIn } from '../language/analysis';
import { handsOverTimeChoice, meetingRequest, offersBookingLink, PROPOSED_SLOT, SCHEDULING_HANDOFF, SENDER_AVAILABILITY, WHEN_THEIR_CALENDAR_ALLOWS } from '../lexicon/logistics';
import { bodyProse } from '../lexicon/value';
import { clauseSnippet } from '../config/phrases';
import type { Rule, RuleContext } from './rule';
import type { Fix, OffsetRange } from '../types';

const MAX_ALTERNATIVES = 3;

export const schedulingBurden: Rule = {
  meta: {
    id: 'scheduling-burden',
    severity: 'info',
    kinds: ['request'],
    description: 'The request leaves the recipient to find a time, proposing no slots and no booking link.',
    docs: {
      why:
        '“Let me know when works for you” sounds polite, but it hands the recipient a chore: opening their calendar, offering times and starting an email back-and-forth for a meeting they did not ask for. Proposing two concrete slots with your time zone, or a booking link, lets them answer in one line. You can still add that other times are fine.',
      evidence:
        'Evidence is a handoff (“when works for you?” or “just pick a day that suits you”, before or after the ask, or “whenever your diary has a gap” in the ask itself) with no proposed day or time and no booking link.',
      worse: 'Would you have 15 minutes for a call? Let me know when works for you.',
      better: 'Would you have 15 minutes for a call? Tuesday at 10 am or Thursday at 3 pm (CET) would suit me, and I am happy to find another time if neither works.',
    },
    fixable: true,
    phraseCategory: 'scheduling',
  },
  check(context) {
    const { analysis, document } = context;
    const meeting = meetingRequest(analysis);
    if (!meeting) return;
    // "Whenever your diary has a gap" hands over the scheduling when it qualifies the meeting ask itself.
    // "Name any day that's open on your side" hands it over wherever it stands, before or after the ask: its object is
    // a time (not a date "for the field day", not one of the sender's own slots), so in a message asking to meet it is
    // the meeting's time.
    const sentences = analysis.bodySentences;
    const handoff = sentences.find(
      (sentence) =>
        SCHEDULING_HANDOFF.test(sentence.text) ||
        (WHEN_THEIR_CALENDAR_ALLOWS.test(sentence.text) && (sentence === meeting || asksForMeetingIn(sentence))) ||
        handsOverTimeChoice(sentence),
    );
    if (!handoff || offersBookingLink(document)) return;
    const prose = bodyProse(analysis.bodySentences);
    if (PROPOSED_SLOT.test(prose) || SENDER_AVAILABILITY.test(prose)) return;
    context.report({
      range: handoff.range,
      message: 'This leaves the recipient to find a time: propose two slots with your time zone, or share a booking link.',
      fixes: schedulingFixes(context, handoff.range),
    });
  },
};

/** Inserts a scheduling clause (two slots, or the booking link) right after the sentence that hands over the scheduling. */
function schedulingFixes(context: RuleContext, handoff: OffsetRange): Fix[] {
  return context.phrases
    .inCategory('scheduling', context.document.frontMatter.kind)
    .slice(0, MAX_ALTERNATIVES)
    .map((entry, index) =>
      declarePlaceholders(context, {
        title: `Propose times: “${entry.label}”`,
        edits: [insertSentenceEdit(handoff.end, entry.text, clauseSnippet(entry.text))],
        preferred: index === 0,
      }),
    );
}
