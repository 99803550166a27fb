import { isRequest, MEETING_WORDS } from '../language/analysis';
import { beforeSentence } from '../fixes/clauseFixes';
import { declineSentence, hasPlaceholder } from '../lexicon/replies';
import { replyAnchor, type Rule } from './rule';

const APOSTROPHE = `['’]`;

/** A question about what the meeting would be for: "is there something specific you wanted to discuss?". */
const ASKS_DETAILS = new RegExp(
  [
    String.raw`\b(?:something|anything) (?:specific|particular|in particular)\b`,
    String.raw`\bwhat (?:exactly |specifically )?(?:you(?:${APOSTROPHE}d| would) like to|(?:did|do) you (?:have in mind|want to|hope to|wish to)|you (?:had|have) in mind|you(?:${APOSTROPHE}re| are) hoping|would you like to|were you hoping|(?:it|the (?:meeting|call|chat|coffee)) (?:would be|is) (?:about|for))`,
    String.raw`\b(?:tell|share with|give) me (?:a (?:little|bit) )?(?:more )?(?:about|on) (?:what|the (?:purpose|topic|agenda|goal))\b`,
    String.raw`\bmore (?:details|context|detail) (?:on|about)\b|\b(?:the )?(?:purpose|topic|agenda|goal) (?:of|for) (?:the|our|a|your)\b`,
  ].join('|'),
  'i',
);

/** The decline already names what they wanted ("your invitation to talk about your planning services"): no need to ask. */
const KNOWN_PURPOSE =
  /\b(?:invit\w*|offer\w*|request\w*|reaching out|note|message|e-?mail|asking|suggest\w*|proposal)\b[^.?!]{0,60}\b(?:about|regarding|to (?:discuss|talk (?:about|through)|pitch|present|demo|show|share|review|walk me through|introduce|speak (?:at|on)|give|judge|mentor|advise|join (?:the|your|a|an))|on how)\b/i;

/** What they offer is named ("your planning services", "your new platform"). */
const NAMED_OFFERING = /\byour (?:[\w-]+ ){0,3}(?:services?|products?|platform|tool|app|software|startup|company|proposal|pitch|course|program(?:me)?|project|offering)\b/i;

/** A meeting named with its subject: "the best person to talk to about fundraising". */
const MEETING_TOPIC = /\b(?:talk|chat|meet|call|coffee|conversation|discuss)\w*\b[^.?!]{0,30}\b(?:about|regarding)\s+\w/i;

const TOPIC_PLACEHOLDER = /topic|purpose|subject|agenda/i;

const ASK_FOR_DETAILS = 'Before I answer, could you tell me a little about what you would like to discuss?';

export const declineAskDetails: Rule = {
  meta: {
    id: 'decline-ask-details',
    severity: 'hint',
    kinds: ['decline'],
    description: 'A decline to a stranger\'s meeting invitation that never asks what the meeting would be about.',
    docs: {
      why:
        'An invitation from someone you barely know often hides its purpose, and sometimes the purpose is worth a yes. Asking "is there something specific you wanted to discuss?" before deciding costs one line: if the answer does not fit your goals you can still decline, now with an honest reason, and if it does you have not turned away something useful.',
      evidence:
        'A cold decline with no question about what the meeting would be for.',
      worse: 'Thanks for the coffee invitation. I am afraid I will have to pass.',
      better: 'Thanks for the coffee invitation. My calendar is tight for the next few weeks; is there something specific you would like to discuss?',
    },
    fixable: true,
  },
  check(context) {
    const { document, analysis } = context;
    if (document.frontMatter.relationship !== 'cold') return;
    const sentences = analysis.bodySentences;
    if (!sentences.some((sentence) => MEETING_WORDS.test(sentence.text))) return;
    const asked = sentences.some((sentence) => isRequest(sentence.text) && ASKS_DETAILS.test(sentence.text));
    if (asked || sentences.some((sentence) => [KNOWN_PURPOSE, NAMED_OFFERING, MEETING_TOPIC].some((pattern) => pattern.test(sentence.text))) || hasPlaceholder(document, TOPIC_PLACEHOLDER)) return;
    const no = declineSentence(sentences);
    const insertion = no ?? sentences[0];
    context.report({
      range: replyAnchor(context, no),
      message: 'Before declining a stranger\'s invitation, consider asking what they would like to discuss: the answer may change yours, or give you an honest reason.',
      fixes: insertion ? [{ title: 'Ask what they would like to discuss first', edits: [beforeSentence(context.document.text, insertion)(ASK_FOR_DETAILS, ASK_FOR_DETAILS)], preferred: true }] : [],
    });
  },
};
