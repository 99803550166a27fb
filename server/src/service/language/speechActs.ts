/**
 * What a sentence does, read from its structure (parts of speech, lemmas, negation scope, who is the subject and who
 * benefits) rather than from stock phrases: asks, wishes, offers. Rules combine these acts with what the act is about.
 */
import type { Sentence } from '../document/document';
import { tagged, tagText, type Token } from './nlp';
import { oncePer } from './oncePer';

export type { Token } from './nlp';

/** How a sentence makes a request of the recipient. */
export type AskForm =
  /** "Could you…?", "Would you be open to…?", "Can I…?", "Are you free…?", or any question to them. */
  | 'question'
  /** "Let me know…", "Please send…", "Pass my CV along…". */
  | 'imperative'
  /** "I'd love to…", "I was hoping you could…", "It would mean a lot if you…". */
  | 'wish';

export interface Ask {
  form: AskForm;
  /** Index of the token that carries the ask (the modal, the verb, the wish). */
  head: number;
  /** Tokens of the clause the ask sits in, from its head to the clause end. */
  scope: Token[];
}

const SENDER = new Set(['i', 'we']);
const SENDER_WORDS = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'mine', 'ours', 'myself', 'ourselves']);
const RECIPIENT_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const QUESTION_AUXILIARIES = new Set(['could', 'would', 'can', 'may', 'might', 'will', 'shall', 'do', 'does', 'did', 'are', 'is', 'have', 'has', "'d"]);
/** Modals that make a request of "you" with or without a question mark. */
const REQUEST_MODALS = new Set(['could', 'would', 'can', 'will']);
/** Words that may come before the head of a clause without changing what it does. */
const LEAD_IN = new Set(['so', 'and', 'but', 'then', 'also', 'just', 'maybe', 'perhaps', 'please', 'kindly', 'if', 'not', 'otherwise', 'alternatively', 'ideally', 'honestly', 'really', 'simply', 'now', 'in', 'short', 'either', 'way', 'or', 'failing', 'that', 'hi', 'hey', 'oh', 'ok', 'okay', 'anyway', 'anyhow', 'well', 'right']);
/** Imperatives that are politeness or good wishes, not requests. */
const NOT_REQUEST_VERBS = new Set(['thank', 'thanks', 'hope', 'congratulate', 'congrats', 'wish', 'see', 'look', 'forgive', 'excuse', 'pardon', 'enjoy', 'have', 'take', 'rest', 'keep', 'stay', 'welcome', 'cheer', 'mind', 'ignore', 'disregard', 'bin', 'skip', 'delete', 'hear', 'say', 'best', 'regard', 'sorry']);
/** What a wish is made with: "I'd love", "I would appreciate", "we'd welcome". */
const WISH_VERBS = new Set(['love', 'like', 'appreciate', 'welcome', 'value', 'treasure', 'want']);
const WISH_ADJECTIVES = new Set(['grateful', 'thankful', 'thrilled', 'honored', 'honoured', 'delighted', 'glad', 'happy', 'keen', 'eager', 'obliged', 'indebted']);
const HOPE_VERBS = new Set(['hope', 'wonder']);
/** Openings of a question whose "do you" or "are you" is left out: "Fancy a …?", "Up for …?", "How about …?", "Any chance of …?". */
const INVITATION_OPENERS: readonly (readonly string[])[] = [
  ['fancy'], ['up', 'for'], ['how', 'about'], ['what', 'about'], ['free', 'for'], ['free', 'to'], ['around', 'for'], ['game', 'for'],
  ['keen', 'to'], ['keen', 'on'], ['keen', 'for'], ['open', 'to'], ['available', 'for'], ['any', 'chance'], ['interested', 'in'],
];
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** The sentence split into clauses at semicolons, colons, dashes and brackets, and before "but". */
export function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (CLAUSE_BREAKS.has(token.text) || (token.lower === 'but' && token.pos === 'CCONJ')) {
      if (clauses[clauses.length - 1]!.length) clauses.push([]);
      if (token.lower !== 'but') continue;
    }
    clauses[clauses.length - 1]!.push(token);
  }
  return clauses.filter((clause) => clause.length > 0);
}

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.pos !== 'PUNCT';

/** The first token of a clause after lead-in words ("so", "just", "please", "if not,"). */
function headIndex(clause: readonly Token[]): number {
  let index = 0;
  while (index < clause.length && (clause[index]!.pos === 'PUNCT' || clause[index]!.pos === 'INTJ' || LEAD_IN.has(clause[index]!.lower))) index++;
  return index;
}

/** Whether the token is a second-person word or a `{{recipient.…}}` placeholder (shown as a run of x). */
export function isRecipientWord(token: Token): boolean {
  return RECIPIENT_WORDS.has(token.lower);
}

export function isSenderWord(token: Token): boolean {
  return SENDER_WORDS.has(token.lower);
}

/** Requests the sentence makes of the recipient, one per clause that asks (negated asks, "I'm not asking for…", excluded); read once per sentence. */
export const asksIn = oncePer((sentence: Sentence): readonly Ask[] => asksInTokens(tagged(sentence).tokens, sentence.text.trimEnd().endsWith('?')));

export function asksInText(text: string): Ask[] {
  return asksInTokens(tagText(text).tokens, text.trimEnd().endsWith('?'));
}

function asksInTokens(tokens: readonly Token[], isQuestion: boolean): Ask[] {
  const asks: Ask[] = [];
  const clauses = clausesOf(tokens);
  clauses.forEach((clause, clauseIndex) => {
    const ask = clauseAsk(clause, isQuestion && clauseIndex === clauses.length - 1);
    if (ask) asks.push(ask);
  });
  return asks;
}

function clauseAsk(clause: readonly Token[], endsWithQuestionMark: boolean): Ask | undefined {
  const start = headIndex(clause);
  const head = clause[start];
  if (!head) return undefined;
  const scope = (at: number): Token[] => clause.slice(at);
  // "Could you…", "Would it be possible…", "Can I…", "Are you free…": an auxiliary opening a question.
  if (head.pos === 'AUX' || QUESTION_AUXILIARIES.has(head.lower)) {
    const next = clause[start + 1];
    if (next && (next.pos === 'PRON' || next.lower === 'there' || next.lower === 'it') && endsWithQuestionMark && !head.negated) return { form: 'question', head: start, scope: scope(start) };
    // "Could you give me 15 minutes on Zoom, Monday at 11 p.m." with its question mark cut off by the sentence splitter
    // (or never typed): a request modal, "you", then a verb is a request all the same.
    if (REQUEST_MODALS.has(head.lower) && next?.lower === 'you' && clause[start + 2]?.pos === 'VERB' && !head.negated) return { form: 'question', head: start, scope: scope(start) };
  }
  // Any other question addressed to them: "Any chance you're free…?", "How about Tuesday?".
  if (endsWithQuestionMark && clause.some((token) => isRecipientWord(token) || token.lower === 'we' || token.lower === 'us') && !clause.every((token) => token.negated || !isWord(token))) {
    return { form: 'question', head: start, scope: scope(start) };
  }
  // "Fancy a brew?", "Up for a walk on Sunday?", "Keen to swap notes?": a question with its "do you" / "are you" left out.
  if (endsWithQuestionMark && INVITATION_OPENERS.some((words) => phraseAt(clause, start, words)) && !head.negated) {
    return { form: 'question', head: start, scope: scope(start) };
  }
  // "Swing by the workshop", "Drop in at the stall": a visit asked for (the tagger may read the capitalised verb as a name).
  if (head.pos === 'PROPN' && !head.negated && VISIT_PARTICLES[head.lower]?.includes(clause[start + 1]?.lower ?? '')) {
    return { form: 'imperative', head: start, scope: scope(start) };
  }
  // "Let me know", "Please pass my CV along": a bare verb opening the clause, with no subject before it.
  if (head.pos === 'VERB' && head.lower === head.lemma && !NOT_REQUEST_VERBS.has(head.lemma) && !head.negated && !/ing$/.test(head.lower)) {
    return { form: 'imperative', head: start, scope: scope(start) };
  }
  // Wishes: "I'd love…", "we would appreciate…", "I'd be grateful if…", "I was hoping…", "I'm wondering whether…".
  for (let index = start; index < clause.length - 1; index++) {
    const token = clause[index]!;
    if (!SENDER.has(token.lower)) continue;
    const wish = wishAfter(clause, index + 1);
    if (wish !== undefined && !clause[wish]!.negated) return { form: 'wish', head: wish, scope: scope(wish) };
  }
  // "It would be great if you…", "It would mean a lot if…".
  for (let index = start; index < clause.length - 3; index++) {
    if (clause[index]!.lower === 'it' && (clause[index + 1]!.lower === 'would' || clause[index + 1]!.lower === "'d") && !clause[index + 1]!.negated) {
      const rest = clause.slice(index + 2, index + 8);
      if (rest.some((token) => token.lower === 'if' || token.lower === 'to')) return { form: 'wish', head: index + 1, scope: scope(index + 1) };
    }
  }
  return undefined;
}

/** Index of the wish verb or adjective after a first-person subject ("'d love", "would be grateful", "was hoping"), if any. */
function wishAfter(clause: readonly Token[], at: number): number | undefined {
  let index = at;
  const first = clause[index];
  if (!first) return undefined;
  const conditional = first.lower === 'would' || first.lower === "'d" || first.lower === 'should';
  // "I was hoping", "I'm really hoping", "we are still wondering".
  if (first.lemma === 'be') {
    let verb = index + 1;
    while (clause[verb]?.pos === 'ADV') verb++;
    if (clause[verb]?.lower === 'hoping' || clause[verb]?.lower === 'wondering') return verb;
  }
  if (HOPE_VERBS.has(first.lemma) && (clause[index + 1]?.lower === 'to' || clause[index + 1]?.lower === 'you' || clause[index + 1]?.lower === 'we' || clause[index + 1]?.lower === 'whether' || clause[index + 1]?.lower === 'if')) return index;
  if (!conditional) return undefined;
  index++;
  while (clause[index] && clause[index]!.pos === 'ADV') index++;
  const word = clause[index];
  if (!word) return undefined;
  if (WISH_VERBS.has(word.lemma)) return index;
  if (word.lemma === 'be') {
    let after = index + 1;
    while (clause[after] && clause[after]!.pos === 'ADV') after++;
    const adjective = clause[after];
    // "We'd be glad to walk you through it" offers; "I'd be grateful for…" and "glad to hear" wish.
    if (adjective && WISH_ADJECTIVES.has(adjective.lower) && !(clause[after + 1]?.lower === 'to' && GIVE_VERBS.has(clause[after + 2]?.lemma ?? ''))) return after;
  }
  return undefined;
}

/** Lemmas that name a meeting or a call, in any format. */
const MEETING_LEMMAS = new Set([
  'meet', 'meeting', 'call', 'chat', 'coffee', 'tea', 'lunch', 'breakfast', 'dinner', 'drink', 'conversation', 'talk', 'speak',
  'zoom', 'video', 'videocall', 'phone', 'slot', 'calendar', 'catch-up', 'sit', 'hop', 'jump', 'visit', 'hangout', 'facetime', 'skype',
  'teams', 'interview', 'session', 'walk', 'minute', 'hour',
]);
/** Meeting words that name the recipient's work when owned by them: "your talk", "your interview on…", "the video". */
const WORK_NOUNS = new Set(['talk', 'video', 'interview', 'session', 'call', 'walk']);
const OWNERS = new Set(['your', 'his', 'her', 'their', 'the', 'this', 'that', 'recent', 'latest', 'last']);
/** "your time", "some time", "a slot": time asked of them. */
const TIME_WORDS = new Set(['time']);

/** Whether the ask is for a meeting or call (in any words: a call, coffee, a slot on their calendar, some of their time). */
export function asksForMeeting(ask: Ask): boolean {
  const scope = ask.scope;
  // "I'd love to grab lunch with them" plans a meeting between other people.
  const others = scope.some((token) => token.lower === 'them' || token.lower === 'him' || token.lower === 'her') && !scope.some((token) => isRecipientWord(token) || token.lower === 'we' || token.lower === 'us');
  if (others) return false;
  for (let index = 0; index < scope.length; index++) {
    const token = scope[index]!;
    if (token.negated) continue;
    if (MEETING_LEMMAS.has(token.lemma)) {
      const before = scope[index - 1]?.lower ?? '';
      if (WORK_NOUNS.has(token.lemma) && token.pos === 'NOUN' && OWNERS.has(before)) continue;
      // A meeting word describing another noun ("tea towels", "coffee table", "lunch boxes") names no meeting; in "a video
      // call" the next noun is a meeting word itself and counts on its own.
      if (token.pos === 'NOUN' && scope[index + 1]?.pos === 'NOUN' && !MEETING_LEMMAS.has(scope[index + 1]!.lemma)) continue;
      if ((token.lemma === 'minute' || token.lemma === 'hour') && !hasNumberBefore(scope, index)) continue;
      if (token.lemma === 'sit' && scope[index + 1]?.lower !== 'down') continue;
      if ((token.lemma === 'hop' || token.lemma === 'jump') && scope[index + 1]?.lower !== 'on') continue;
      if (token.lemma === 'walk' && scope[index + 1]?.lower === 'me') continue;
      if (token.lemma === 'phone' && scope[index + 1]?.lower === 'number') continue;
      if (token.lemma === 'visit' && token.pos === 'VERB' && isRecipientWord(scope[index + 1] ?? token)) continue;
      return true;
    }
    if (TIME_WORDS.has(token.lemma) && (isRecipientWord(scope[index - 1] ?? token) || scope[index - 1]?.lower === 'some')) return true;
    // "Are you free next Wednesday?", "would you be available on the 28th?": their availability, not "free to share".
    // Only when the question itself asks it: "let me know when you're free" schedules a meeting asked for elsewhere.
    if (ask.form === 'question' && (token.lower === 'free' || token.lower === 'available') && scope.slice(Math.max(0, index - 3), index).some((word) => word.lower === 'you') && scope[index + 1]?.lower !== 'to' && scope[index + 1]?.lower !== 'for') return true;
    // "pick your brain": a conversation, however it is framed.
    if (token.lemma === 'pick' && isRecipientWord(scope[index + 1] ?? token) && scope[index + 2]?.lemma === 'brain') return true;
    if (sharedServing(scope, index) || visitsThem(scope, index) || inPerson(scope, index)) return true;
  }
  return false;
}

/** Drinks and words had together that stand for a meeting: "a cup", "a brew", "a quick pint", "a word". */
const SHARED_SERVINGS = new Set(['cup', 'cuppa', 'brew', 'pint', 'beer', 'bevvy', 'word', 'natter', 'chinwag']);
/** What the sender invites them to have a serving with: "fancy a …", "grab a …", "up for a …", "over a …", "any chance of a …". */
const HAVING_WORDS = new Set(['fancy', 'grab', 'have', 'get', 'share', 'split', 'for', 'over', 'about', 'of']);
/** Adjectives that describe the drink or the word, not another kind of cup: "a quick cup", "a proper brew" (not "a world cup"). */
const SERVING_ADJECTIVES = new Set(['quick', 'proper', 'nice', 'hot', 'cold', 'decent', 'good', 'fresh', 'lazy', 'leisurely', 'little', 'cheeky', 'strong', 'warm', 'early', 'late', 'brief', 'short', 'friendly', 'celebratory']);

/**
 * A serving two people have together, offered as the meeting: "fancy a cup one afternoon?", "up for a quick pint?",
 * "could I have a word after rehearsal?". Singular, after "a" (one describing adjective allowed) and a verb or
 * preposition of having it. Not "a cup of flour" (what follows "of" decides), "the world cup", "coffee cups", "a beer
 * tap", "put in a word" or "do you have a cup?".
 */
function sharedServing(scope: readonly Token[], index: number): boolean {
  const token = scope[index]!;
  if (!SHARED_SERVINGS.has(token.lower) || token.pos !== 'NOUN') return false;
  const next = scope[index + 1];
  if (next && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  let article = index - 1;
  if (SERVING_ADJECTIVES.has(scope[article]?.lower ?? '')) article--;
  if (!['a', 'an', 'another'].includes(scope[article]?.lower ?? '')) return false;
  const before = scope[article - 1];
  if (!before || !HAVING_WORDS.has(before.lemma) || before.negated) return false;
  // "Do you have a cup?", "did you get a pint?": asking what they have, not inviting them.
  return !((before.lemma === 'have' || before.lemma === 'get') && isRecipientWord(scope[article - 2] ?? before));
}

/** Verbs of dropping in, with the particle that makes them a visit: "swing by", "pop round", "come over", "drop in". */
const VISIT_PARTICLES: Record<string, readonly string[]> = {
  come: ['by', 'round', 'over', 'and'], swing: ['by', 'round', 'over'], drop: ['by', 'in', 'round'], pop: ['by', 'in', 'round', 'over'], stop: ['by', 'in'],
};
/** Events they may attend anyway: a visit to the sender's stand there is no meeting of its own. */
const EVENT_NOUNS = new Set(['booth', 'stand', 'conference', 'expo', 'fair', 'festival', 'summit', 'convention', 'show', 'event', 'meetup', 'talk', 'panel', 'exhibition', 'congress']);

/**
 * An invitation to visit: "swing by the workshop", "come and have a look round the loft", "pop in for a brew" (the
 * sender's place; the visit is the meeting). Not "drop in a comment", "come and see our stand at the expo" (an event
 * they may go to anyway) or "come back to me".
 */
function visitsThem(scope: readonly Token[], index: number): boolean {
  const token = scope[index]!;
  const particles = VISIT_PARTICLES[token.lemma];
  const verb = token.pos === 'VERB' || (token.pos === 'PROPN' && index === 0);
  if (!particles || !verb || token.negated || !particles.includes(scope[index + 1]?.lower ?? '')) return false;
  const after = scope[index + 2];
  if (scope[index + 1]!.lower === 'in' && after && (after.pos === 'DET' || after.pos === 'NOUN')) return false;
  if (scope[index + 1]!.lower === 'and' && after?.pos !== 'VERB' && after?.pos !== 'AUX') return false;
  return !scope.some((word) => word.pos === 'NOUN' && EVENT_NOUNS.has(word.lemma));
}

/**
 * "in person", "face to face", "face-to-face" with the sender in the ask ("show me the press in person", "shall we go
 * over it face to face"): a meeting however it is asked for. Not "could you sign the forms in person at the registry".
 */
function inPerson(scope: readonly Token[], index: number): boolean {
  const token = scope[index]!;
  if (token.negated || !scope.some((word) => word.lower === 'me' || word.lower === 'us' || word.lower === 'we' || word.lower === 'i')) return false;
  return (token.lower === 'in' && scope[index + 1]?.lower === 'person') || (token.lower === 'face' && scope[index + 1]?.lower === 'to' && scope[index + 2]?.lower === 'face') || token.lower === 'face-to-face';
}

function hasNumberBefore(scope: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const token = scope[back]!;
    if (token.pos === 'NUM' || token.lower === 'few' || token.lower === 'couple' || token.lower === 'a' || token.lower === 'an' || token.lower === 'half' || token.lower === 'quarter') return true;
  }
  return false;
}

/** Words that may stand between "we" and its modal without changing a plan: "we all should", "we both ought to". */
export const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'two']);

/** A past participle after "have": "met", "talked", "spoken" (its form differs from its lemma), not "have lunch". */
export function isParticiple(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && token.lower !== token.lemma;
}

/** Whether a phrasal verb's particle stands alone: "get together" meets, "get together the figures" has an object. */
export function particleStandsAlone(next: Token | undefined): boolean {
  return !next || !(next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM');
}

/** Whether the tokens from `index` on hold `words` in order, one per token (lower-case or lemma). */
function phraseAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.lower === word || tokens[index + offset]?.lemma === word);
}

/** Verbs of giving or doing something for someone: what an offer is made of. */
const GIVE_VERBS = new Set([
  'share', 'send', 'show', 'give', 'offer', 'bring', 'introduce', 'connect', 'help', 'contribute', 'volunteer', 'return', 'pass', 'walk',
  'demo', 'present', 'host', 'feature', 'correct', 'repair', 'hand', 'gift', 'deliver', 'post', 'mail', 'promote', 'spotlight', 'credit', 'cover', 'pay', 'sponsor', 'donate', 'fix', 'patch', 'translate',
  'arrange', 'review', 'test', 'write', 'draft', 'prepare', 'compile', 'forward', 'invite', 'lend', 'provide', 'supply', 'teach', 'train',
  'mentor', 'publish', 'list', 'link', 'cite', 'mention', 'recommend', 'refer', 'handle', 'take', 'run', 'organize', 'organise', 'record',
  'transcribe', 'summarize', 'summarise', 'map', 'benchmark', 'audit', 'port', 'maintain', 'open', 'submit', 'upstream', 'sponsor',
]);
/** What the sender sends that is about getting, not giving: their times, their CV, their questions. */
const LOGISTICS_OBJECTS = new Set([
  'time', 'times', 'slot', 'slots', 'availability', 'calendar', 'invite', 'invitation', 'agenda', 'question', 'questions', 'resume', 'cv',
  'portfolio', 'reminder', 'details', 'date', 'dates', 'option', 'options', 'note', 'email', 'message', 'background', 'bio', 'story',
  'application', 'profile', 'request', 'follow-up', 'update', 'meeting', 'call', 'zoom',
]);
/** A note is a message, but notes are content: "I'll send you a note" is logistics, "I'd send you my repair notes" an offer. */
const LOGISTICS_ONLY_SINGULAR = new Set(['note']);

function isLogisticsWord(word: Token): boolean {
  if (LOGISTICS_OBJECTS.has(word.lower)) return true;
  return LOGISTICS_OBJECTS.has(word.lemma) && !(LOGISTICS_ONLY_SINGULAR.has(word.lemma) && word.lower !== word.lemma);
}
/** Give verbs that are an offer only when the recipient is their object: "connect you with", not "we could connect". */
const NEEDS_RECIPIENT_OBJECT = new Set(['connect', 'introduce', 'help', 'walk', 'show', 'take', 'invite']);
const ABILITY = new Set(['can', 'could', 'will', "'ll", 'would', "'d", 'shall', 'might', 'may']);
const WILLING = new Set(['happy', 'glad', 'willing', 'able', 'keen', 'eager', 'delighted', 'ready', 'free', 'pleased', 'prepared', 'available', 'honoured', 'honored', 'proud']);
/** Words that say a thing is theirs to use: "for you", "attached", "ready", "if it helps". */
const BENEFIT_VERBS = new Set(['save', 'help', 'benefit', 'interest', 'serve', 'spare', 'support', 'speed', 'simplify', 'improve', 'cut', 'reduce', 'boost', 'grow', 'fix', 'solve', 'unblock']);
const BENEFIT_ADJECTIVES = new Set(['useful', 'helpful', 'valuable', 'relevant', 'handy', 'interesting', 'worthwhile', 'welcome']);

/** What a sender may "have" that is theirs, not the recipient's gain: an ask, a favor, some minutes. */
const NOT_DELIVERABLE = new Set(['ask', 'favor', 'favour', 'minute', 'hour', 'day', 'week', 'chance', 'idea', 'background', 'interest', 'passion', 'degree', 'year']);

/** What they may be given leave to do with a thing: use it, keep it, quote it. */
const USE_VERBS = new Set(['use', 'reuse', 'keep', 'borrow', 'publish', 'republish', 'cite', 'quote', 'adapt', 'print']);
/** Things used only to reach or book the sender: "use the link below", "use the form on our site". */
const ACCESS_OBJECTS = new Set(['link', 'form', 'page', 'portal', 'app', 'button', 'address', 'number', 'code', 'platform', 'tool', 'entrance', 'door', 'parking', 'booking', 'calendly', 'phone', 'line']);
/** Purposes that make a used thing logistics: "use it to book a slot". */
const ACCESS_PURPOSES = new Set(['book', 'pick', 'choose', 'schedule', 'find', 'grab', 'reserve', 'join', 'sign', 'register', 'reach', 'contact', 'call', 'dial', 'log', 'get', 'send', 'reply', 'respond']);
const USABLE_PRONOUNS = new Set(['it', 'them', 'this', 'these', 'those', 'all', 'any', 'anything', 'whatever']);

/** What may be "yours" without being given: a say in the matter. */
const CHOICES = new Set(['decision', 'choice', 'call', 'pick', 'say', 'preference', 'timing', 'pace', 'move', 'turn']);

/** "You are welcome to ignore this" permits a no; it offers nothing. */
const REFUSALS = new Set(['ignore', 'skip', 'decline', 'say', 'pass', 'disregard', 'delete', 'bin', 'refuse', 'turn']);

export interface Offer {
  /** Index of the verb or word that makes the offer. */
  head: number;
}

/**
 * Offers of something to the recipient: the sender (I/we) as the one who gives ("I can share…", "we'll cover the
 * fare", "happy to walk you through it"), something the sender has ready for them ("I have a patch ready", "attached
 * is…"), or a benefit named for them ("might save your team a week", "you may find it useful"). Negated offers and
 * logistics ("I can send a few times") are not offers.
 */
export const offersIn = oncePer((sentence: Sentence): readonly Offer[] => offersInTokens(tagged(sentence).tokens));

export function offersInText(text: string): Offer[] {
  return offersInTokens(tagText(text).tokens);
}

function offersInTokens(tokens: readonly Token[]): Offer[] {
  const offers: Offer[] = [];
  for (const clause of clausesOf(tokens)) {
    const offer = clauseOffer(clause);
    if (offer !== undefined) offers.push({ head: tokens.indexOf(clause[offer]!) });
  }
  return offers;
}

function clauseOffer(clause: readonly Token[]): number | undefined {
  for (let index = 0; index < clause.length; index++) {
    const token = clause[index]!;
    if (token.negated) continue;
    // "I can share", "we'll cover", "I'd be happy to walk you through", "happy to send", "I am able to translate".
    if (GIVE_VERBS.has(token.lemma) && token.pos === 'VERB' && !declinesWithPass(clause, index) && givenBySender(clause, index) && !logisticsObject(clause, index) && (!NEEDS_RECIPIENT_OBJECT.has(token.lemma) || isRecipientWord(clause[index + 1] ?? token))) return index;
    // "I have a patch ready", "I've got the tally for you", "we have a pilot that…".
    // A question ("Could we have a call…?") asks; only a statement has something.
    if (token.lemma === 'have' && SENDER.has(clause[index - 1]?.lower ?? '') && clause[index - 2]?.pos !== 'AUX' && hasDeliverable(clause, index + 1)) return index;
    // "You are welcome to it", "you're welcome to use the photos": something of theirs to take.
    // "You are welcome to it", "you'd be welcome to the tables": something of theirs to take.
    if (token.lower === 'welcome' && clause[index + 1]?.lower === 'to' && clause[index - 1]?.lemma === 'be' && (clause.slice(Math.max(0, index - 4), index).some(isRecipientWord) || welcomeSubjectIsRecipient(clause, index - 1)) && !REFUSALS.has(clause[index + 2]?.lemma ?? '')) return index;
    // "The file is yours", "it's yours if you want it".
    // "The file is yours", not "the decision is yours" (that leaves a choice to them, it gives nothing).
    if (token.lower === 'yours' && clause[index - 1]?.lemma === 'be' && !CHOICES.has(clause[index - 2]?.lemma ?? '')) return index;
    // "…the scans, yours if you want them", "yours to keep": the thing handed over, its "they are" left out.
    if (token.lower === 'yours' && yoursToTake(clause, index)) return index;
    // "You can use it freely in your work", "you may reuse any of the recordings": leave to use a thing of the sender's.
    if (USE_VERBS.has(token.lemma) && token.pos === 'VERB' && permittedToRecipient(clause, index) && usableObject(clause, index)) return index;
    // "I'd be glad to have the letters scanned", "happy to draft the first version": the sender doing something, which
    // is not a way of meeting, learning or scheduling.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && clause[index - 1]?.lower === 'to' && WILLING.has(clause[index - 2]?.lower ?? '') && (!NOT_AN_OFFER.has(token.lemma) || causative(clause, index)) && !logisticsObject(clause, index) && senderIsWilling(clause, index - 2)) return index;
    // "We're hiring for…", "I'm recruiting for a role that…": an opening offered to them.
    if ((token.lower === 'hiring' || token.lower === 'recruiting') && clause[index - 1]?.lemma === 'be' && clause.slice(Math.max(0, index - 3), index).some((word) => SENDER.has(word.lower) || word.lower === 'our')) return index;
    // "Attached is…", "I've attached…", "I attach…", "enclosed".
    if ((token.lower === 'attached' || token.lower === 'enclosed' || token.lemma === 'attach') && !logisticsObject(clause, index)) return index;
    // "might save your team time", "could help you", "may interest your readers".
    if (BENEFIT_VERBS.has(token.lemma) && token.pos === 'VERB' && clause.slice(index + 1, index + 4).some(isRecipientWord) && !clause.slice(0, index).some(isRecipientWord)) return index;
    // "useful to you", "you might find it useful", "if it is helpful".
    if (BENEFIT_ADJECTIVES.has(token.lower) && (clause.slice(index + 1, index + 4).some(isRecipientWord) || clause.slice(Math.max(0, index - 5), index).some((word) => word.lower === 'find' || word.lower === 'if'))) return index;
  }
  return undefined;
}

/** What a willing sender may do that gives them nothing: meet, talk, learn, ask, fit around them, travel. */
const NOT_AN_OFFER = new Set([
  'chat', 'talk', 'meet', 'speak', 'call', 'connect', 'discuss', 'hear', 'learn', 'listen', 'ask', 'answer', 'explain', 'tell', 'follow',
  'work', 'fit', 'adjust', 'accommodate', 'travel', 'come', 'fly', 'drive', 'join', 'wait', 'move', 'reschedule', 'schedule', 'book',
  'sign', 'keep', 'stay', 'take', 'have', 'do', 'be', 'go', 'get', 'see', 'find', 'hop', 'jump', 'catch', 'grab', 'buy', 'treat', 'pay',
  'read', 'review', 'elaborate', 'expand', 'clarify', 'provide', 'send', 'share', 'help', 'say', 'reply', 'respond', 'write',
]);

/** "have the letters scanned", "get the maps printed": the sender arranging work done for someone. */
function causative(clause: readonly Token[], index: number): boolean {
  if (clause[index]!.lemma !== 'have' && clause[index]!.lemma !== 'get') return false;
  return clause.slice(index + 2, index + 8).some((word) => (word.pos === 'VERB' || word.pos === 'ADJ') && /(?:ed|en)$/.test(word.lower) && !word.negated);
}

/** The willing word at `at` belongs to the sender ("I'd be glad to…", "happy to…" with no subject), not to them. */
function senderIsWilling(clause: readonly Token[], at: number): boolean {
  for (let subject = at - 1; subject >= Math.max(0, at - 5); subject--) {
    const word = clause[subject]!;
    if (isRecipientWord(word)) return false;
    if (SENDER.has(word.lower)) return true;
  }
  return at <= 2;
}

/** After an elliptical "yours": a condition on their wanting it ("if you'd like them", "should you want it") or "to keep/use". */
function yoursToTake(clause: readonly Token[], index: number): boolean {
  const next = clause[index + 1];
  const after = clause[index + 2];
  if (!next || !after) return false;
  if ((next.lower === 'if' || next.lower === 'whenever' || next.lower === 'should') && isRecipientWord(after)) return true;
  return next.lower === 'to' && after.pos === 'VERB' && ['keep', 'use', 'have', 'borrow', 'take', 'share', 'publish', 'print'].includes(after.lemma);
}

/** "You can use…", "you may keep…", "you're free to quote…": the recipient as subject, given leave (not asked: "Can you use…?"). */
function permittedToRecipient(clause: readonly Token[], index: number): boolean {
  let back = index - 1;
  while (back >= 0 && clause[back]!.pos === 'ADV') back--;
  if (clause[back]?.lower === 'to' && clause[back - 1]?.lower === 'free' && clause[back - 2]?.lemma === 'be') back -= 2;
  else if (!['can', 'may', 'could'].includes(clause[back]?.lower ?? '')) return false;
  back--;
  while (back >= 0 && clause[back]!.pos === 'ADV') back--;
  return clause[back]?.lower === 'you';
}

/**
 * What they may use is a thing, not their own ("your camera") nor a way to reach or book ("the link below", "Zoom"), and
 * a pronoun for it stands alone ("use it freely", not "keep it short"); "use it to book a slot" is logistics.
 */
function usableObject(clause: readonly Token[], index: number): boolean {
  let at = index + 1;
  const first = clause[at];
  if (!first) return false;
  if (first.pos === 'PRON' && USABLE_PRONOUNS.has(first.lower) && clause[at + 1]?.lower !== 'of') {
    const next = clause[at + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'ADJ')) return false;
    return !accessPurpose(clause, at + 1);
  }
  while (clause[at] && (['DET', 'ADJ', 'NUM'].includes(clause[at]!.pos) || (clause[at]!.lower === 'of' && clause[at - 1]?.pos === 'DET') || (USABLE_PRONOUNS.has(clause[at]!.lower) && clause[at + 1]?.lower === 'of'))) {
    if (isRecipientWord(clause[at]!)) return false;
    at++;
  }
  const noun = clause[at];
  // A "verb" right after a determiner or adjective is a noun the tagger misread ("the spare chisels").
  const nounLike = noun !== undefined && (noun.pos === 'NOUN' || (noun.pos === 'VERB' && at > index + 1 && ['DET', 'ADJ'].includes(clause[at - 1]!.pos)));
  if (!noun || !nounLike || isLogisticsWord(noun) || ACCESS_OBJECTS.has(noun.lemma) || ACCESS_OBJECTS.has(noun.lower)) return false;
  while (clause[at + 1]?.pos === 'NOUN') at++;
  return !accessPurpose(clause, at + 1);
}

function accessPurpose(clause: readonly Token[], from: number): boolean {
  const to = clause.findIndex((word, index) => index >= from && index <= from + 3 && word.lower === 'to');
  return to >= 0 && ACCESS_PURPOSES.has(clause[to + 1]?.lemma ?? '');
}

/** "I'll pass", "we'll pass on this one for now": a no, not a hand-over. */
function declinesWithPass(clause: readonly Token[], index: number): boolean {
  if (clause[index]!.lemma !== 'pass') return false;
  const next = clause[index + 1];
  return !next || next.pos === 'PUNCT' || (next.lower === 'on' && ['this', 'that', 'it', 'for', 'the'].includes(clause[index + 2]?.lower ?? '')) || next.lower === 'for';
}

/** The give verb at `index` has the sender as its subject: "I can share", "we'd be glad to send", "happy to show". */
function givenBySender(clause: readonly Token[], index: number): boolean {
  let back = index - 1;
  while (back >= 0 && (clause[back]!.pos === 'ADV' || clause[back]!.lower === 'also')) back--;
  if (clause[back]?.lower === 'to') {
    back--;
    while (back >= 0 && clause[back]!.pos === 'ADV') back--;
    // "I'd love to hand it to you", "she would like to give it to your practice": a wish to give them something.
    if (WISH_VERBS.has(clause[back]?.lemma ?? '') && clause.slice(index + 1, index + 6).some(isRecipientWord)) {
      if (coordinatedSubjectIsSender(clause, back)) return true;
      return !clause.slice(Math.max(0, back - 4), back).some(isRecipientWord);
    }
    if (!WILLING.has(clause[back]?.lower ?? '')) return false;
    // "happy to share" with no subject, or "I'd be happy to share".
    for (let subject = back - 1; subject >= Math.max(0, back - 5); subject--) {
      const word = clause[subject]!;
      if (isRecipientWord(word)) return false;
      if (SENDER.has(word.lower)) return true;
      // "We have the logs and would be happy to share them": the subject is the first conjunct's.
      if (word.lower === 'and' && word.pos === 'CCONJ') return coordinatedSubjectIsSender(clause, subject + 1);
    }
    return back <= 2;
  }
  if (ABILITY.has(clause[back]?.lower ?? '') && (SENDER.has(clause[back - 1]?.lower ?? '') || coordinatedSubjectIsSender(clause, back))) return true;
  // "I translated your guide", "we fixed your broken link": done for them already.
  return SENDER.has(clause[back]?.lower ?? '') && clause.slice(index + 1, index + 6).some(isRecipientWord);
}

/**
 * A verb group at `at` with no subject of its own, joined by "and" to a clause the sender began: "We have the logs and
 * would happily share them", "I run the archive and can send the scans". Only the auxiliaries and adverbs of the verb
 * group may stand between "and" and `at`, and the clause must open with I/we as its subject.
 */
function coordinatedSubjectIsSender(clause: readonly Token[], at: number): boolean {
  let back = at - 1;
  while (back >= 0 && (clause[back]!.pos === 'ADV' || clause[back]!.pos === 'AUX')) back--;
  if (clause[back]?.lower !== 'and' || clause[back]!.pos !== 'CCONJ') return false;
  let first = 0;
  while (first < back && (clause[first]!.pos === 'PUNCT' || clause[first]!.pos === 'INTJ' || clause[first]!.pos === 'ADV' || clause[first]!.pos === 'CCONJ')) first++;
  if (!SENDER.has(clause[first]?.lower ?? '')) return false;
  // A question ("Do we have… and would you…") or another subject after the sender's ("we met and you said…") is not it.
  return !clause.slice(first + 1, back).some((word) => isRecipientWord(word) && (clause[clause.indexOf(word) + 1]?.pos === 'AUX' || clause[clause.indexOf(word) + 1]?.pos === 'VERB'));
}

/** The subject of "be welcome to" names them: "you are welcome to it", "you and the team at the mill are welcome to it". */
function welcomeSubjectIsRecipient(clause: readonly Token[], be: number): boolean {
  // Walk back over the auxiliaries ("would be", "are very") to the subject, then over the noun phrase it heads.
  let back = be - 1;
  while (back >= 0 && (clause[back]!.pos === 'AUX' || clause[back]!.pos === 'PART')) back--;
  for (let index = back; index >= Math.max(0, back - 10); index--) {
    const word = clause[index]!;
    if (isRecipientWord(word)) return true;
    const bracket = word.pos === 'PUNCT' && /^[[\]()'’-]$/.test(word.text);
    if (!(bracket || ['NOUN', 'PROPN', 'DET', 'ADJ', 'ADP', 'NUM', 'CCONJ', 'X'].includes(word.pos) || (word.pos === 'PRON' && !SENDER.has(word.lower)))) return false;
  }
  return false;
}

/** The give verb's object is logistics, or the sender themself ("send a few times", "share my CV", "tell you more about me"). */
function logisticsObject(clause: readonly Token[], index: number): boolean {
  for (let after = index + 1; after < Math.min(clause.length, index + 6); after++) {
    const word = clause[after]!;
    // "your details" passed on to someone is a service to them; "my details" or "a few times" are logistics.
    if (isLogisticsWord(word) && !isRecipientWord(clause[after - 1] ?? word)) return true;
    if ((word.lower === 'me' || word.lower === 'myself') && clause[after - 1]?.lower === 'about') return true;
    if (word.pos === 'NOUN' && !(clause[after + 1]?.pos === 'NOUN')) return false;
  }
  return false;
}

/** After "I have": a thing (not an ask, a question or a time) that is ready, for them, or to share. */
function hasDeliverable(clause: readonly Token[], from: number): boolean {
  let nounAt = -1;
  for (let index = from; index < Math.min(clause.length, from + 6); index++) {
    const word = clause[index]!;
    // "too much on my plate" is a state, not a thing they can have: the thing is the direct object.
    if (word.pos === 'ADP') return false;
    if (word.pos === 'NOUN') {
      if (LOGISTICS_OBJECTS.has(word.lemma) || NOT_DELIVERABLE.has(word.lemma)) return false;
      nounAt = index;
      break;
    }
  }
  if (nounAt < 0) return false;
  const rest = clause.slice(nounAt + 1, nounAt + 6);
  return rest.some((word) => word.lower === 'ready' || (word.lower === 'for' && isRecipientWord(rest[rest.indexOf(word) + 1] ?? word)) || word.lower === 'attached' || (word.lower === 'to' && rest[rest.indexOf(word) + 1]?.pos === 'VERB') || BENEFIT_VERBS.has(word.lemma) || BENEFIT_ADJECTIVES.has(word.lower));
}
