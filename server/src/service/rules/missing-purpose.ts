import { insertClauseFixes } from '../clauseFixes';
import { isAskLike } from '../lexicon/value';
import type { Rule } from '../rule';
import { meetingRequest } from '../lexicon/logistics';
import { asksIn, type Ask } from '../speechActs';

/** Question words that name a topic when the sender asks or wishes ("I'd love to hear how…"), not in "the team where I worked". */
const TOPIC_IN_ASK = /\b(?:how|what|why|which|where)\b/i;

/** Words that introduce what a conversation would be about ("about…", "advice on…", "discuss…", "whether…"). */
const TOPIC =
  /\b(?:about|regarding|concerning|discuss(?:ing)?|whether|(?:advice|thoughts|views?|take|perspective|input|insights?|feedback|tips|questions?|recommendations?|suggestions?|guidance|brain|experience|help) (?:on|for|about|in|with|as)|(?:review|critique|proofread) (?:my|our)|interested in|curious)\b/i;

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
    const { bodySentences } = context.analysis;
    // The rule is about a conversation: an email-only favor ("would you share the table?") is its own purpose.
    if (!meetingRequest(context.analysis) && !bodySentences.some((sentence) => asksIn(sentence).some(asksForConversation))) return;
    // The topic is stated where the sender asks or wishes ("I'd love to hear how…", "I'm curious whether…"), not in a
    // relative clause of their background ("the team where I worked").
    const statesTopic = bodySentences.some((sentence) => {
      const text = sentence.text.replace(LOGISTICS, ' ');
      if (TOPIC.test(text)) return true;
      const asks = asksIn(sentence);
      return ((asks.length > 0 || isAskLike(sentence.text)) && TOPIC_IN_ASK.test(text)) || asks.some(namesTask);
    });
    if (statesTopic) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Say what you would like to talk about (a specific question or topic), so they can tell whether they are the right person.',
      fixes: insertClauseFixes(context, 'purpose', 'after-ask', 'Add a purpose'),
    });
  },
};

/** Verbs of meeting and scheduling, which say how and when they would talk but not what about. */
const LOGISTICS_VERBS = new Set([
  'have', 'be', 'let', 'know', 'meet', 'chat', 'talk', 'speak', 'call', 'connect', 'grab', 'get', 'hop', 'jump', 'find', 'work', 'suit',
  'steal', 'spare', 'make', 'set', 'schedule', 'book', 'join', 'catch', 'sit', 'come', 'go', 'pick', 'do', 'love', 'like',
  'appreciate', 'welcome', 'hope', 'wonder', 'want', 'need', 'take', 'free', 'fit', 'squeeze', 'spend', 'see', 'reply', 'respond',
  'hear', 'thank', 'help', 'consider', 'keep', 'try', 'reach', 'visit', 'treat', 'buy',
]);

/**
 * The ask names a task for them ("could you introduce me to…", "I'm hoping you'd look over our cap table"): a concrete
 * favor is its own purpose. The task is the first verb after the ask's head; "any advice you'd have to offer" has none.
 */
function namesTask(ask: Ask): boolean {
  for (const token of ask.scope.slice(1)) {
    if (token.pos === 'VERB') return !token.negated && !LOGISTICS_VERBS.has(token.lemma) && !/ing$/.test(token.lower);
    // "Would you be willing to…", "could you possibly…", "I'm hoping you'd…".
    if (!(token.pos === 'AUX' || token.pos === 'PRON' || token.pos === 'ADV' || token.pos === 'PART' || token.pos === 'SCONJ' || token.pos === 'ADJ')) return false;
  }
  return false;
}

/** Open-ended asks for a conversation that name no meeting: "I'd love if we could connect", "I'd welcome any advice". */
const CONVERSATION_LEMMAS = new Set(['connect', 'advice', 'guidance', 'mentor', 'mentorship', 'network', 'insight', 'perspective', 'thought', 'brain']);

function asksForConversation(ask: Ask): boolean {
  return ask.scope.some((token) => !token.negated && CONVERSATION_LEMMAS.has(token.lemma));
}
