import { insertClauseFixes } from '../clauseFixes';
import type { Rule } from '../rule';

/** Words that introduce what a conversation would be about ("about…", "how you…", "advice on…", "discuss…"). */
const TOPIC =
  /\b(?:about|regarding|concerning|discuss(?:ing)?|how|what|why|which|whether|where|(?:advice|thoughts|views?|take|perspective|input|insights?|feedback|tips|questions?|recommendations?|suggestions?|guidance|brain|experience|help) (?:on|for|about|in|with|as)|(?:review|critique|proofread) (?:my|our)|interested in|curious)\b/i;

/** Logistics and small talk that use the same words without naming a topic ("how does Tuesday sound?", "about 15 minutes"). */
const LOGISTICS =
  /\b(?:how (?:does|do|is|are you|have you been|about)|what (?:time|day|date|works|would work|suits)|what(?:['’]s| is) your (?:schedule|availability|calendar)|where (?:would|should|could|to) (?:we |i )?meet|where (?:is|would be) (?:convenient|easiest|best)|about (?:a|an|\d+|half|fifteen|twenty|thirty|ten) (?:min|minutes|hour|hours|quarter)\b)/gi;

export const missingPurpose: Rule = {
  meta: {
    id: 'missing-purpose',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request never says what the conversation would be about.',
    docs: {
      why:
        'A request without a topic makes the recipient guess what you want and whether they can help, and an open-ended "connect" or "pick your brain" sounds like it could go anywhere and take any amount of time. Naming the subject lets them see at once that they are the right person and that the conversation has a clear end.',
      worse: 'I would love to connect and get any advice you have. Are you free next week?',
      better: 'I would love to hear how you moved from teaching into UX research. Would you have 15 minutes next week?',
    },
    fixable: true,
    source: '004, 001',
  },
  check(context) {
    const { askSentence, bodySentences } = context.analysis;
    if (!askSentence) return;
    const statesTopic = bodySentences.some((sentence) => TOPIC.test(sentence.text.replace(LOGISTICS, ' ')));
    if (statesTopic) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Say what you would like to talk about (a specific question or topic), so they can tell whether they are the right person.',
      fixes: insertClauseFixes(context, 'purpose', 'after-ask', 'Add a purpose'),
    });
  },
};
