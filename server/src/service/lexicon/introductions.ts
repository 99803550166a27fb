/**
 * Patterns for introductions and intro requests, shared by intro-reason, intro-expectation and
 * intro-opt-in (which reuses the reason and expectation sentences of an introduction in the opt-in request it drafts).
 */
import type { OutreachDocument, Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import { oncePer } from '../language/oncePer';
import { clausesOf, offersIn } from '../language/speechActs';

const APOSTROPHE = `['’]`;
const BE = String.raw`(?:is|are|was|were|${APOSTROPHE}s|${APOSTROPHE}re|has been|have been|am|${APOSTROPHE}m)`;

/** Why the two people should talk: a cause, common ground, a need one has and the other can meet, or expertise. */
const INTRO_REASON = new RegExp(
  [
    // A stated cause. "Since" of time ("since 2019", "since then") is not one.
    String.raw`\b(?:because|given (?:that|your|his|her|their|how)|the reason)\b`,
    String.raw`\bsince (?!\d|then\b|last\b|early\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|the (?:start|beginning)\b)`,
    String.raw`\bso (?:that )?(?:he|she|they|you|you two|both of you|x+|[A-Z][\w-]*) (?:can|could|might|may)\b`,
    // Common ground between them.
    // "Whenever you both have a gap", "when you're both free" is scheduling, not common ground.
    String.raw`(?<!thank |\b(?:when|whenever|if|once|until|while|before|after)\s+)\b(?:you|they)(?: two)?(?:${APOSTROPHE}re| are| have)? both\b(?! (?:have (?:the )?context|know each other|already|for|(?:are |have |get |find )?(?:free|available|around|(?:a |some )?(?:gap|time|moment|minute|window|chance|slot)s?)\b))`,
    // "Should know each other", "meet one another" is the introduction itself; "learn from each other" is a reason.
    String.raw`(?<!\b(?:know|knowing|meet|meeting|met|connect|connecting|introduce|introducing|contact|reach|find|email|talk to|talk with|speak to|speak with|chat with|hear from|get to know)\s+)\b(?:each other|one another)\b`,
    String.raw`\b(?:both of you|in common|similar|overlap\w*|kindred|same (?:move|path|problem|challenge|space|field|area|questions?|interests?|goals?|circles|industry|transition))\b`,
    // A fit the connector sees.
    // "You came to mind", "I thought of you" only say the connector had the idea; the content of the fit is the reason.
    String.raw`\b(?:(?:good|great|natural|perfect|strong|ideal) (?:fit|match|person|people|contact|resource|sounding board)|(?:the|a) (?:best|right|ideal|first) person|trust most|potential (?:for|to)|(?:fruitful|useful|valuable|natural|interesting) (?:collaboration|conversation|connection|partnership)|(?:could|can|might|would|will) (?:really |each |both )?(?:help|learn from|benefit|teach|advise|save|make a (?:real |big )?difference|enjoy (?:comparing|talking|swapping|trading))|(?:valuable|useful|helpful|relevant|of interest|interesting) (?:for|to) (?:you|your|both|each|him|her|them|x+))`,
    // What one of them needs or is doing.
    String.raw`\b${BE} (?:(?:currently|actively|now|also|really|particularly|especially|very|quite|deeply|recently|always|still|constantly|forever|often|usually|regularly) )?(?:interested in|looking (?:for|to|into)|exploring|working on|building|researching|hiring|hoping (?:to|for)|trying to|keen to|eager to|curious about|thinking about|considering|moving into|transitioning|raising|launching|struggling with|making (?:a|the) (?:decision|move|switch))\b`,
    String.raw`\b${BE} (?:about|planning|preparing|getting ready|setting out) to\b|\b(?:needs?|wants?|asked (?:me )?(?:for|about)|is after) (?:someone|somebody|help|advice|input|an? (?:expert|mentor|partner))\b`,
    // "You two should talk" or "should (really) know each other" alone is the introduction itself, not a reason for it; nor is a forecast that they will like
    // each other ("you'll hit it off", "I think you'd get along"): that is the connector's feeling, not what it rests on.
    String.raw`\b(?:should compare notes|(?:compare|swap|trade) (?:notes|stories)|who (?:also|likewise))\b`,
    // One's work or case set beside the other's: "your recall is the closest thing to her situation", "approach it the same way".
    String.raw`\b(?:closest|nearest) (?:thing|parallel|equivalent|match|analog(?:ue)?)\b|\b(?:in )?(?:exactly |much |just )?the same way\b(?! (?:as (?:i|we) (?:did|do)|i|we)\b)|\bmirrors? (?:his|her|their|your|what|x+)\b`,
    // What one has fits what the other needs: "uses it for exactly that", "exactly where your team is stuck", "his interest in …".
    String.raw`\bexactly (?:that|this|what|where|the (?:kind|sort|problem|tool|person|question|thing|gap|issue|help))\b|\b(?:exactly|just|precisely) (?:the|what) [^.?!]{1,60}\b(?:missing|lacks?|lacking|needs?|needed|(?:is|are) looking for)\b|\b(?:his|her|their|your|x+${APOSTROPHE}s) (?:\w+ )?interests? in\b`,
    String.raw`\bhoping to\b|\binterests? (?:you|him|her|them|x+|[A-Z][\w-]*)\b|\b(?:has|have|had) (?:a|an|some|this|the same) (?:specific )?(?:question|problem|challenge|idea)s?\b|\bideas? (?:that|for|on|about)\b|\bbuilds? on\b`,
    // A difficulty one of them has: "which you struggle to subcontract", "she has trouble finding".
    String.raw`\b(?:you|he|she|they|x{3,})(?: \w+ly| still| often| always)? (?:struggles?|struggled|struggling) (?:to|with)\b|\b(?:has|have|had) (?:real |a lot of |some )?(?:trouble|difficulty) (?:finding|getting|hiring|with)\b`,
    // What one of them knows.
    String.raw`\b(?:experience (?:with|in|of|building|running|leading)|background in|(?:certified|qualified|licensed|accredited|trained) (?:in|for|as)\b|expert(?:ise)? (?:in|on|at)|knows? (?:a lot|everything|more|the space|the field)|deep (?:knowledge|experience)|(?:has|have|had) (?:built|launched|scaled|led|run|solved|written|founded|shipped|done)|speciali[sz]\w*|solved (?:a|the|this|that|similar))`,
  ].join('|'),
  'i',
);

/**
 * How they would meet: a call, coffee, an email exchange ("email" alone is the introduction itself). "The same
 * conversation" (or room, or circle) is where two people belong, a reason to meet and no form of meeting.
 */
const EXPECTED_FORMAT =
  /\b(?:(?:phone |video |zoom |quick |short |brief )?calls?|phone|zoom|video chat|coffee|tea|lunch|breakfast|drinks|(?:a |quick |short )?chat|catch(?:-| )up|(?<!\bsame )conversation|(?:by|over|via) e-?mail|e-?mail exchange|exchange (?:a few |some )?e-?mails|(?:short |quick |brief )reply|(?:quick |brief )?hello (?:at|over|in person)|intro call|meet (?:up|for|over)|in person|\d+[- ]min(?:ute)?s?)\b/i;

/** What the introduced person hopes the other will give: advice, a view, answers, a pointer, a role. */
const EXPECTED_HELP = new RegExp(
  String.raw`\b(?:advice|feedback|guidance|mentor\w*|(?:your|his|her|their) (?:views?|take|thoughts|perspective|input|insights?|opinion|experience|questions)|(?<!if you have any |\b(?:that|this|the|same|which|whose|old|open|big) )questions?|a pointer|point (?:him|her|them) (?:to|toward)|learn (?:from|about|more|how)|hear (?:about|how|what|your)|pick up|compare notes|collaborat\w*|partner\w*|a role|a job|an opening|hire|hiring|recommend\w*|ask (?:you )?(?:about|a few|a couple|some|one|two|three))\b`,
  'i',
);

/** The body's sentences, greeting and sign-off included: an intro is often one line that starts "Hey Carol, …". */
export const messageSentences = oncePer((document: OutreachDocument): readonly Sentence[] =>
  document.sentences.filter((sentence) => sentence.range.start >= document.bodyStart && sentence.text.trim() !== ''),
);

export function givesIntroReason(sentence: Sentence): boolean {
  if (INTRO_REASON.test(sentence.text)) return true;
  // What one of them offers the other is a reason to connect: "she has survey results that could be handy for your rounds".
  // The connector's offer to make the introduction ("Shall I connect you?") is the introduction itself.
  const tokens = tagged(sentence).tokens;
  if (offersIn(sentence).some((offer) => !INTRODUCING.has(tokens[offer.head]?.lemma ?? '')) && /\b(?:you|your)\b/i.test(sentence.text)) return true;
  if (CAME_TO_MIND.test(sentence.text) && tokens.some(describesSituation)) return true;
  return clausesOf(tokens).some((clause) => causeBeforeSo(clause) || workTiedToRecipient(clause));
}

/** Verbs of making the introduction itself. */
const INTRODUCING = new Set(['connect', 'introduce', 'put', 'link', 'pair', 'match']);

/** The connector had the idea: "you came to mind", "I thought of you at once". A reason only with what prompted it. */
const CAME_TO_MIND = /\b(?:came|comes|sprang|springs|jumped|popped) to mind\b|\bthought of (?:you|him|her|them)\b/i;
/** Verbs of asking, knowing and thinking that carry no situation: "asked whether I knew anyone in mapping". */
const NO_SITUATION_VERBS = new Set(['mind', 'come', 'spring', 'jump', 'pop', 'think', 'be', 'have', 'wonder', 'remember', 'recall', 'suggest', 'look', 'need', 'seek', 'search', 'find']);

/**
 * What prompted the idea, told as a situation of one of them: "her kiln keeps crazing her glazes, and I thought of
 * you". A request for any contact in a field ("asked whether I knew anyone in mapping") describes nothing.
 */
function describesSituation(token: Token, index: number, tokens: readonly Token[]): boolean {
  // A "verb" right after a determiner is a noun the tagger misread ("any potters").
  if (tokens[index - 1]?.pos === 'DET') return false;
  return token.pos === 'VERB' && !token.negated && !NOT_WORK_VERBS.has(token.lemma) && !NO_SITUATION_VERBS.has(token.lemma);
}

/** Verbs that ask for or admire rather than describe work: "he'd love to meet you", "she admires your blog". */
const NOT_WORK_VERBS = new Set([
  'like', 'love', 'want', 'hope', 'wish', 'appreciate', 'value', 'welcome', 'meet', 'talk', 'chat', 'speak', 'ask', 'send', 'email', 'call', 'introduce',
  'connect', 'know', 'admire', 'enjoy', 'follow', 'thank', 'say', 'tell', 'join', 'greet', 'mention', 'recommend',
]);
/** What of the recipient's is no work of theirs: their time, their inbox, their name. */
const NOT_WORK_NOUNS = new Set([
  'time', 'calendar', 'schedule', 'diary', 'inbox', 'name', 'day', 'week', 'help', 'advice', 'thought', 'input', 'attention', 'number', 'email',
  'reply', 'answer', 'work', 'plate', 'availability', 'contact', 'detail', 'door', 'way', 'hand', 'view', 'opinion', 'permission', 'blessing',
]);
const THIRD_PARTY = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
/** Possessives that are never the subject themselves: "my colleague", "our intern", "your old student". */
const OWNER_WORDS = new Set(['my', 'our', 'your']);

/** The person named or the one just introduced: a pronoun, a name, or a placeholder (a run of x). */
function isThirdParty(token: Token): boolean {
  return THIRD_PARTY.has(token.lower) || token.pos === 'PROPN' || /^x{3,}$/.test(token.lower);
}

/**
 * "Kofi's launching his bakery app next month, so he'd like 20 minutes with you": the situation before "so" is why
 * the talk is wanted. An identity ("Ben is a friend, so…") has no verb of its own and is no reason.
 */
function causeBeforeSo(clause: readonly Token[]): boolean {
  const so = clause.findIndex((token, index) => token.lower === 'so' && index > 2 && clause[index - 1]?.text === ',');
  if (so < 0) return false;
  const before = clause.slice(0, so);
  const situation = before.some((token) => token.pos === 'VERB' && !NOT_WORK_VERBS.has(token.lemma) && !token.negated);
  const subject = clause[so + 1];
  const wish = clause.slice(so + 2, so + 5).some((token) => ['would', "'d", 'want', 'wants', 'hope', 'hopes', 'hoping', 'asked', 'need', 'needs'].includes(token.lower));
  return situation && subject !== undefined && isThirdParty(subject) && wish;
}

/**
 * One party's work described in relation to the other: "she is modelling delays with the data your team released",
 * "he uses the kiln you built". The subject is the third party, the verb describes work (not a wish or praise), and the
 * clause names something of the recipient's that is work (not their time or inbox).
 */
function workTiedToRecipient(clause: readonly Token[]): boolean {
  const verb = clause.findIndex((token) => token.pos === 'VERB');
  if (verb < 0 || NOT_WORK_VERBS.has(clause[verb]!.lemma) || clause[verb]!.negated) return false;
  // "My student Aino is writing…": a possessive of the sender's or theirs only modifies the subject, which comes after it.
  const subject = clause.slice(0, verb).find((token) => !OWNER_WORDS.has(token.lower) && (token.pos === 'PRON' || token.pos === 'PROPN' || /^x{3,}$/.test(token.lower)));
  if (!subject || !isThirdParty(subject)) return false;
  return clause.some((token, index) => {
    if (index <= verb) return false;
    const next = clause[index + 1];
    const nextNoun = clause[index + 2]?.lower === "'s" ? clause[index + 3] : next;
    // "the data your team released", "your committee's report".
    if (token.lower === 'your') return next !== undefined && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos) && !NOT_WORK_NOUNS.has(next.lemma) && nextNoun !== undefined && !NOT_WORK_NOUNS.has(nextNoun.lemma);
    // "the kiln you built": a thing the recipient made, in a relative clause.
    if (token.lower === 'you') return clause[index - 1]?.pos === 'NOUN' && next?.pos === 'VERB' && !NOT_WORK_VERBS.has(next.lemma);
    return false;
  });
}

export function statesIntroExpectation(sentence: Sentence): boolean {
  if (EXPECTED_FORMAT.test(sentence.text) || EXPECTED_HELP.test(sentence.text)) return true;
  const { tokens, entities } = tagged(sentence);
  // "twenty minutes", "half an hour": the size of what is asked is its format.
  if (entities.some((entity) => entity.type === 'DURATION' && meetingLength(sentence.text, entity))) return true;
  return clausesOf(tokens).some(wishOfThirdParty);
}

/** A span a meeting takes, with its size: "twenty minutes", "half an hour" (not "eight years", "the first hour of a shift"). */
const SHORT_SPAN = /\b(?:\d+|one|two|five|ten|fifteen|twenty|thirty|forty|forty-five|half|quarter|few|couple|an?)\b[\w -]*\b(?:min|mins|minutes?|hours?)\b/i;
/**
 * How long something else takes is no meeting length: "it opens in under a minute", "within an hour", "after twenty
 * minutes", "every few minutes" time a story, not the talk asked for. Read from the word that governs the quantity,
 * past approximators ("in under a minute", "in about an hour").
 */
const TIMES_SOMETHING_ELSE = /\b(?:in|within|after|every|per)\s*$/i;
const QUANTITY_QUALIFIER = /(?:\s+(?:under|over|about|around|roughly|nearly|almost|just|only|barely|(?:less|more|fewer) than))+\s*$/i;
const QUANTITY_START = /\b(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|half|quarter|few|couple|an?)\b/gi;

function meetingLength(text: string, entity: { start: number; end: number }): boolean {
  const window = text.slice(Math.max(0, entity.start - 16), entity.end);
  if (!SHORT_SPAN.test(window)) return false;
  // The quantity starts at the last number word before the unit whose span still reads as a length.
  const offset = Math.max(0, entity.start - 16);
  let quantity = -1;
  for (const match of window.matchAll(QUANTITY_START)) if (SHORT_SPAN.test(window.slice(match.index))) quantity = match.index;
  // "half an hour": the quantity begins with "half", not with "an".
  if (quantity < 0) return true;
  let before = text.slice(0, offset + quantity).replace(/\b(?:a|an|half|a couple of|a few)\s*$/i, '');
  before = before.replace(QUANTITY_QUALIFIER, ' ');
  return !TIMES_SOMETHING_ELSE.test(before);
}
const WISH_WORDS = new Set(['like', 'love', 'value', 'appreciate', 'welcome', 'want', 'hope', 'hoping']);
/** Wishes that name no content: meeting or being connected is the introduction itself. */
const EMPTY_WISHES = new Set(['meet', 'connect', 'know', 'introduce', 'introduction', 'intro', 'connection', 'be', 'get', 'say', 'reach', 'touch']);

/**
 * What the person introduced hopes for, in any words: a third party wishing for something from or with the recipient
 * ("she'd value a look at her grant draft", "he is hoping you might read his pitch"), not just to meet them.
 */
function wishOfThirdParty(clause: readonly Token[]): boolean {
  return clause.some((token, index) => {
    if (!WISH_WORDS.has(token.lemma) && !WISH_WORDS.has(token.lower)) return false;
    if (token.negated) return false;
    const subject = clause.slice(Math.max(0, index - 3), index).find((word) => word.pos === 'PRON' || word.pos === 'PROPN' || /^x{3,}$/.test(word.lower));
    // "the founder who wants an introduction" describes someone; it states no hope of theirs.
    if (!subject || !isThirdParty(subject) || clause[index - 1]?.lower === 'who') return false;
    const rest = clause.slice(index + 1).filter((word) => word.pos !== 'PUNCT');
    let at = 0;
    while (rest[at] && (rest[at]!.lower === 'to' || rest[at]!.pos === 'ADV' || rest[at]!.lower === 'you' || rest[at]!.pos === 'AUX' || rest[at]!.lower === 'that')) at++;
    const what = rest[at];
    if (!what || EMPTY_WISHES.has(what.lemma)) return false;
    // Something of substance follows: a thing or an act beyond meeting ("a look at", "to walk you through").
    return rest.slice(at).some((word) => word.pos === 'NOUN' || (word.pos === 'VERB' && !EMPTY_WISHES.has(word.lemma)));
  });
}
