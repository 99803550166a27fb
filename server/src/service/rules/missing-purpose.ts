import { insertClauseFixes } from '../fixes/clauseFixes';
import { isAskLike } from '../lexicon/value';
import type { Rule } from './rule';
import { meetingRequest } from '../lexicon/logistics';
import { tagged } from '../language/nlp';
import { asksIn, clausesOf, isRecipientWord, isSenderWord, type Ask, type Token } from '../language/speechActs';

/** Question words that name a topic when the sender asks or wishes ("I'd love to hear how…"), not in "the team where I worked". */
const TOPIC_IN_ASK = /\b(?:how|what|why|which|where)\b/i;

/** Words that introduce what a conversation would be about ("about…", "advice on…", "discuss…", "whether…", "talk through the plan"). */
const TOPIC =
  /\b(?:about|regarding|concerning|discuss(?:ing)?|whether|(?:advice|thoughts|views?|take|perspective|input|insights?|feedback|tips|questions?|recommendations?|suggestions?|guidance|brain|experience|help) (?:on|for|about|in|with|as)|(?:review|critique|proofread) (?:my|our)|interested in|curious|(?:talk|go|walk|run|think) (?:through|over) (?!to\b|it\b|this\b|that\b|things\b|everything\b|stuff\b)(?:the|your|my|our|a|an|some|how|what|why|whether|x{3,})|compare notes)\b/i;

/**
 * Logistics and small talk that use the same words without naming a topic ("how does Tuesday sound?", "about 15
 * minutes"), and open ends that say there is none ("see where the talk goes", "wherever it takes us", "see what happens";
 * not "hear where the grant money goes", which is a topic).
 */
const LOGISTICS =
  /\b(?:(?:see (?:where|what) |wherever )(?:\w+ ){0,3}(?:goes|go|leads|lead|takes us|take us|ends up|end up|happens)\b|how (?:does|do|is|are you|have you been|about)|what (?:time|day|date|works|would work|suits)|what(?:['’]s| is) your (?:schedule|availability|calendar)|where (?:would|should|could|to) (?:we |i )?meet|where (?:is|would be) (?:convenient|easiest|best)|about (?:a|an|\d+|half|fifteen|twenty|thirty|ten) (?:min|minutes|hour|hours|quarter)\b)/gi;

export const missingPurpose: Rule = {
  meta: {
    id: 'missing-purpose',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request never says what the conversation would be about.',
    docs: {
      why:
        'A request without a topic makes the recipient guess what you want and whether they can help, and an open-ended "connect" or "pick your brain" sounds like it could go anywhere and take any amount of time. Naming the subject lets them see at once that they are the right person and that the conversation has a clear end.',
      evidence:
        'Evidence of a topic is a subject named where the sender asks or wishes (about, advice on, how, whether, a concrete task for them); words like "about" in what other people say or do do not count.',
      worse: 'I would love to connect and get any advice you have. Are you free next week?',
      better: 'I would love to hear how you moved from teaching into UX research. Would you have 15 minutes next week?',
    },
    fixable: true,
    phraseCategory: 'purpose',
  },
  check(context) {
    const { bodySentences } = context.analysis;
    // The rule is about a conversation: an email-only favor ("would you share the table?") is its own purpose.
    if (!meetingRequest(context.analysis) && !bodySentences.some((sentence) => asksIn(sentence).some(asksForConversation))) return;
    // The topic is stated where the sender asks or wishes ("I'd love to hear how…", "I'm curious whether…"), not in a
    // relative clause of their background ("the team where I worked").
    const statesTopic = bodySentences.some((sentence) => {
      const text = sentence.text.replace(LOGISTICS, ' ');
      const tokens = tagged(sentence).tokens;
      if (TOPIC.test(text) && clausesOf(tokens).some((clause) => topicForThem(sentence.text, clause))) return true;
      const asks = asksIn(sentence);
      const askLike = asks.length > 0 || isAskLike(sentence.text);
      return (askLike && (TOPIC_IN_ASK.test(text) || namesSubjectOn(tokens) || meetsForTask(tokens))) || asks.some(namesTask) || hopesForTask(tokens);
    });
    if (statesTopic) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Say what you would like to talk about (a specific question or topic), so they can tell whether they are the right person.',
      fixes: insertClauseFixes(context, 'purpose', 'after-ask', 'Add a purpose'),
    });
  },
};

/**
 * A clause that names a topic for the two of them: the topic words sit in a clause with the sender or the recipient in
 * it ("I'd ask about…", "your view on…") or open it with no subject ("Curious about…"). "The whole trade talks about it"
 * reports what others do and names nothing to discuss.
 */
function topicForThem(text: string, clause: readonly Token[]): boolean {
  const clauseText = text.slice(clause[0]!.start, clause[clause.length - 1]!.end).replace(LOGISTICS, ' ');
  const match = TOPIC.exec(clauseText);
  if (!match) return false;
  if (clause.some((token) => isSenderWord(token) || isRecipientWord(token) || /^x{3,}/i.test(token.text))) return true;
  // Nothing but modifiers before the topic words: no one else is the subject.
  const before = clause.filter((token) => token.start - clause[0]!.start < match.index);
  return before.every((token) => token.pos === 'ADV' || token.pos === 'ADJ' || token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'INTJ');
}

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
  const scope = ask.scope;
  for (let index = 1; index < scope.length; index++) {
    const token = scope[index]!;
    if (token.pos === 'VERB') return isTaskVerb(scope, index);
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

/** Nouns of time: a verb whose object is one of these asks for time, not for a task ("borrow twenty minutes", "carve out an hour"). */
const TIME_NOUNS = new Set(['minute', 'min', 'mins', 'hour', 'time', 'moment', 'second', 'slot', 'window', 'morning', 'afternoon', 'evening', 'lunchtime', 'lunchbreak']);

/** The verb at `index` names something for them to do: not a verb of meeting, not a gerund, and not one whose object is time. */
function isTaskVerb(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index]!;
  if (verb.negated || LOGISTICS_VERBS.has(verb.lemma) || /ing$/.test(verb.lower)) return false;
  for (let after = index + 1; after < Math.min(tokens.length, index + 6); after++) {
    const word = tokens[after]!;
    if (word.pos === 'VERB' || word.pos === 'PUNCT') break;
    if (word.pos === 'NOUN' && TIME_NOUNS.has(word.lemma)) return false;
  }
  return true;
}

/**
 * A hope or wish that they do something, however it is phrased ("what I'm really hoping is that you could introduce me
 * to…", "I wish you would look at…"): a hope word, then "you" with a modal and a task verb.
 */
function hopesForTask(tokens: readonly Token[]): boolean {
  const hopeAt = tokens.findIndex((token) => (token.lemma === 'hope' || token.lemma === 'wish' || token.lemma === 'wonder') && !token.negated);
  if (hopeAt < 0) return false;
  for (let index = hopeAt + 1; index < tokens.length - 2; index++) if (youWouldDo(tokens, index)) return true;
  return false;
}

/** At `index`, "you" with a modal and a task verb: "you could introduce me to…", "you'd look over…". */
function youWouldDo(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'you' || !SUBJECT_MODALS.has(tokens[index + 1]?.lower ?? '')) return false;
  let verb = index + 2;
  while (tokens[verb] && tokens[verb]!.pos === 'ADV') verb++;
  return tokens[verb]?.pos === 'VERB' && isTaskVerb(tokens, verb);
}

/**
 * A purpose clause that gives them a task: "a short call so you could introduce me to…", "twenty minutes, so that you
 * can check my wiring plan", "so I can ask you to introduce me to…". What the meeting is for is what it would be about; "so we can catch up" names no task.
 */
function meetsForTask(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.lower !== 'so' || token.negated) return false;
    const subject = tokens[index + 1]?.lower === 'that' ? index + 2 : index + 1;
    // "so I can ask you to introduce me to…": the task is theirs, asked through the sender.
    const askedThrough = (tokens[subject]?.lower === 'i' || tokens[subject]?.lower === 'we') && SUBJECT_MODALS.has(tokens[subject + 1]?.lower ?? '') && tokens[subject + 2]?.lemma === 'ask' && tokens[subject + 3]?.lower === 'you' && tokens[subject + 4]?.lower === 'to';
    return youWouldDo(tokens, subject) || (askedThrough && tokens[subject + 5]?.pos === 'VERB' && !LOGISTICS_VERBS.has(tokens[subject + 5]!.lemma));
  });
}

const SUBJECT_MODALS = new Set(['could', 'would', 'can', 'might', 'will', "'d", "'ll"]);

/** Nouns after "on" that say when or where a conversation happens, not what about: "a call on Tuesday", "a chat on Zoom". */
const WHEN_OR_WHERE = new Set([
  'day', 'week', 'weekend', 'weekday', 'morning', 'afternoon', 'evening', 'night', 'date', 'time', 'occasion', 'basis', 'notice', 'end', 'side',
  'calendar', 'schedule', 'phone', 'line', 'zoom', 'teams', 'skype', 'whatsapp', 'signal', 'slack', 'discord', 'video', 'call', 'camera', 'site', 'campus',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'way', 'road', 'train', 'trip', 'flight', 'commute', 'break',
  'lunch', 'holiday', 'vacation', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'me', 'us',
]);

/**
 * A thing asked for, with "on" and its subject: "a guest segment on that", "a short call on grant budgets". Not "a
 * call on Tuesday", "twenty minutes on the phone", "hop on a call" (a verb before "on"), or a date or time.
 */
function namesSubjectOn(tokens: readonly Token[]): boolean {
  for (let index = 1; index < tokens.length - 1; index++) {
    const on = tokens[index]!;
    if (on.lower !== 'on' || on.negated) continue;
    const before = tokens[index - 1]!;
    if (before.pos !== 'NOUN' || TIME_NOUNS.has(before.lemma)) continue;
    const object: Token[] = [];
    for (let after = index + 1; after < tokens.length && object.length < 5; after++) {
      const word = tokens[after]!;
      if (word.pos === 'PUNCT' || word.pos === 'ADP' || word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'CCONJ') break;
      object.push(word);
    }
    const content = object.filter((word) => word.pos !== 'DET' && word.pos !== 'PRON' && word.pos !== 'NUM');
    if (object.some((word) => WHEN_OR_WHERE.has(word.lower) || WHEN_OR_WHERE.has(word.lemma) || /^\d/.test(word.text))) continue;
    // "on that", "on this": the topic the sentence before named.
    if (content.length > 0 || (object.length === 1 && (object[0]!.lower === 'that' || object[0]!.lower === 'this'))) return true;
  }
  return false;
}
