import { bodyProse } from '../lexicon/value';
import { afterSentence, clauseFixes, declineSentence, hasPlaceholder, replyAnchor } from '../lexicon/replies';
import type { Rule } from '../rule';

const APOSTROPHE = `['’]`;

/** Signs of an actual reason: a cause, a current situation, a standing policy, or a mismatch with what was asked. */
const HONEST_REASON = new RegExp(
  [
    // Their need is already covered: "I already work with a planner".
    String.raw`\balready\b`,
    // A current situation or standing policy: "I'm not taking on mentees until spring", "I don't take vendor meetings".
    String.raw`\bnot (?:currently |actively )?(?:looking|taking|accepting|hiring|mentoring|advising|considering|planning|open to)\b`,
    String.raw`\bno longer\b`,
    String.raw`\b(?:i|we) (?:do not|don${APOSTROPHE}t|never|only|mainly|mostly|generally|usually) (?:wish|take|accept|do|offer|mentor|advise|meet|review|work|give|agree|make|share|speak)\b`,
    String.raw`\b(?:my|our|company|firm|team) (?:policy|rule)\b`,
    String.raw`\b(?:focus(?:ed|ing)?|concentrat(?:e|ed|ing)) (?:on|entirely|fully|all)\b|\bpriorit(?:y|ies|i[sz]e|i[sz]ing)\b|\bcommitted to\b`,
    // Not the right person or topic.
    String.raw`\bnot (?:the )?(?:right|best|ideal|most useful) (?:person|fit|match|contact|one)\b|\bnot (?:a |the )?(?:good |great )?(?:fit|match)\b`,
    String.raw`\b(?:outside|beyond) (?:of )?(?:my|our|what|the|it)\b|\bnot (?:my|our) (?:area|field|expertise|specialty|focus|role)\b`,
    // Concrete circumstances.
    String.raw`\b(?:relocat\w*|moving (?:to|house|abroad|cities)|(?:parental|maternity|paternity|medical|sick) leave|on leave|sabbatical|travel(?:l?ing)?|launch\w*|deadlines?|exams?|thesis|dissertation|phd|degree|studies|fundrais\w*|new (?:role|job|position|baby|team)|started (?:a|my) new|family|health|conflict of interest|competitors?|employer|contract|(?:places|slots|spots|seats) (?:are |is )?(?:all )?(?:taken|full|filled)|fully booked|at capacity)\b`,
    // Advice the sender is paid for.
    String.raw`\bpaid (?:work|sessions?|engagements?|consult\w*)|\bfor (?:my |paying )?clients\b`,
    // Busy with something named: "swamped with our product launch".
    String.raw`\b(?:busy|swamped|slammed|tied up|buried) (?:with|preparing|finishing|working on|getting|launching|moving|writing|running|training|organi[sz]ing)\b`,
    // A selection that went another way: "we had many strong submissions".
    String.raw`\b(?:submissions|applications|applicants|proposals|candidates|entries)\b`,
    String.raw`\bhappy (?:with|in|at|where) (?:my|our|the|where)\b`,
  ].join('|'),
  'i',
);

/** A cause: "because…", "as I'm…", "since my…"; it counts only when what follows is more than being busy. */
const CAUSE = new RegExp(
  String.raw`\b(?:because|due to|given (?:that|my|our)|the reason|for (?:that|this) reason|since (?:i|we|my|our|the|it)|while (?:i|we)|as (?:i|we)(?:${APOSTROPHE}m|${APOSTROPHE}re| am| are| have|${APOSTROPHE}ve))\b`,
  'gi',
);

/** "Too busy" and its cousins: an excuse rather than a reason. */
const BUSY = new RegExp(
  String.raw`\b(?:busy|swamped|slammed|hectic|bandwidth|(?:no|not enough|little|(?:don${APOSTROPHE}t|do not) have (?:the |enough |much |any )?)time\b|(?:schedule|calendar|plate) is (?:really |very |pretty |quite )?(?:full|tight|packed|jammed)|a lot (?:going )?on|(?:my|the|a|our) (?:schedule|workload|calendar)|(?:other|prior|existing) commitments|time constraints)`,
  'i',
);

/** A placeholder the author fills with their reason per message. */
const REASON_PLACEHOLDER = /reason|because|why/i;

export const declineHonestReason: Rule = {
  meta: {
    id: 'decline-honest-reason',
    severity: 'warning',
    kinds: ['decline'],
    description: 'The decline gives no honest, specific reason: nothing at all, or only "I\'m too busy".',
    docs: {
      why:
        'Saying no is fine and often kind to both sides, but the other person needs to know why so they can adjust: "too busy" sounds like a brush-off and invites them to try again next month. One true, concrete sentence (you already have a planner, you are not taking mentees this season, the topic is outside your work) lets them update their plans without hard feelings.',
      worse: 'Thanks for the invitation. I am too busy right now, so I will have to pass.',
      better: 'Thanks for the invitation. I already work with a financial planner I am happy with, so a meeting would not be a good use of your time.',
    },
    fixable: true,
    source: '002 §2',
  },
  check(context) {
    const { document, analysis } = context;
    const prose = bodyProse(analysis.bodySentences);
    if (!prose.trim() || givesReason(prose) || hasPlaceholder(document, REASON_PLACEHOLDER)) return;
    const no = declineSentence(analysis.bodySentences);
    const insertion = no ?? analysis.bodySentences[analysis.bodySentences.length - 1];
    context.report({
      range: replyAnchor(context, no),
      message: BUSY.test(prose)
        ? '"Too busy" reads as a brush-off: say the real, specific reason you are declining (in one sentence), so they can adjust their plans.'
        : 'Say why you are declining, honestly and in one sentence (e.g. you already have a planner, or you are not taking mentees this season).',
      fixes: insertion ? clauseFixes(context, 'decline-reason', 'decline', 'Add an honest reason', afterSentence(insertion)) : [],
    });
  },
};

function givesReason(prose: string): boolean {
  if (HONEST_REASON.test(prose)) return true;
  for (const cause of prose.matchAll(CAUSE)) {
    // Up to the next punctuation mark: searching for it, not splitting the rest of the message at every mark.
    const rest = prose.slice((cause.index ?? 0) + cause[0].length);
    const stop = rest.search(/[.;:!?,—–]/);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    if (clause.trim() && !BUSY.test(clause)) return true;
  }
  return false;
}
