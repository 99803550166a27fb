import { bodyProse, findPhrases } from '../lexicon/value';
import { clauseFixes, replacingSentence } from '../fixes/clauseFixes';
import { hasPlaceholder } from '../lexicon/replies';
import type { Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import type { Rule } from './rule';
import { offersIn } from '../language/speechActs';

const APOSTROPHE = `['’]`;
const EARLIER_MESSAGE = String.raw`my (?:last |previous |earlier |prior |original )?(?:email|e-mail|message|note|request|invitation|inmail)`;

/** A nudge that only asks "did you see this?": "just following up", "bumping this", "circling back", "checking in again". */
const NUDGE = new RegExp(
  [
    String.raw`\bjust (?:wanted to |want to |writing to |a (?:quick |friendly |gentle )?)?(?:follow(?:ing)?[- ]?up|check(?:ing)?[- ]in|touch(?:ing)? base|circl(?:e|ing) back|bump(?:ing)?|ping(?:ing)?|nudg(?:e|ing)|remind(?:er|ing)?|reach(?:ing)? out again)\b`,
    String.raw`\bbump(?:ing)? (?:this|it|my|up)\b`,
    String.raw`\bcircl(?:e|ing) back\b`,
    String.raw`\b(?:check(?:ing)? in|follow(?:ing)?[- ]?up|reach(?:ing)? out|ping(?:ing)?|nudg(?:e|ing)) (?:again|one (?:more|last) time|once more)\b`,
    String.raw`\bdid you (?:get|see|receive|read|happen to see|have a chance to (?:read|see|look at|review|consider)) ${EARLIER_MESSAGE}\b`,
    String.raw`\b(?:in case you missed|not sure (?:if|whether) you (?:saw|got|received)|make sure you (?:saw|got|received)) ${EARLIER_MESSAGE}\b`,
  ].join('|'),
  'gi',
);

/** Milder chasers, pushy in a follow-up but ordinary in a request that goes on to make its case: "following up on my last email". */
const CHASER = new RegExp(
  [
    String.raw`\bfollow(?:ing)?[- ]?up on ${EARLIER_MESSAGE}\b`,
    String.raw`\b(?:as )?per ${EARLIER_MESSAGE}\b`,
    String.raw`\btouch(?:ing)? base\b`,
    String.raw`\b(?:haven${APOSTROPHE}t|have not) heard back\b`,
    String.raw`\bany (?:updates?|news)(?: on (?:this|that|${EARLIER_MESSAGE}))?\s*\?`,
  ].join('|'),
  'gi',
);

const RESOURCE = String.raw`(?:article|piece|post|paper|report|study|podcast|episode|video|book|resource|guide|case study|newsletter|thread|survey|dataset|write-?up|summary|slides|deck|notes|tool|template|talk by|interview with|answer|session|event|workshop|meetup|conference|webinar|course)s?`;

/** Something worth their time: a resource for them, what came of their advice, news, or an offer. */
const VALUE = new RegExp(
  [
    // A resource shared: "I came across an article…", "thought you might enjoy this podcast".
    String.raw`\b(?:thought (?:you|of you)|you (?:might|may|would|will|could) (?:find|enjoy|like|appreciate|want)|shar(?:e|ed|ing)|came across|stumbled (?:on|upon|across)|found|spotted|here${APOSTROPHE}s|here is|attach(?:ed|ing)|link(?:ed|ing)?|sending|send you|pass(?:ing)? along|reminded me of)\b[^.?!]{0,80}\b${RESOURCE}\b`,
    String.raw`\b${RESOURCE}\b[^.?!]{0,100}\b(?:you (?:might|may|would|will|could) (?:find|enjoy|like|appreciate)|made me think of you|reminded me of (?:you|our)|(?:right )?up your (?:street|alley))`,
    // What came of their advice: "I took your advice…", "since we spoke…".
    String.raw`\b(?:took|followed|tried|acted on|used|applied|put) your (?:advice|suggestion|tip|recommendation|idea|framework|feedback)`,
    String.raw`\b(?:thanks to|because of|based on|following|after) your (?:advice|suggestion|tip|recommendation|feedback|help|introduction|intro)\b|\bas you (?:suggested|recommended|advised)\b`,
    String.raw`\bsince (?:we|our) (?:last )?(?:spoke|talked|met|chatted|call|conversation|chat|meeting)\b`,
    String.raw`\b(?:quick|brief|short|small) update\b|\b(?:give|send|share with) you (?:a|an) (?:\w+ )?update\b`,
    // News: "we just launched…", "I landed the role", "good news".
    String.raw`\b(?:i|we)(?:${APOSTROPHE}ve| have)? (?:just |recently |finally )?(?:launched|published|shipped|released|landed|accepted|won|finished|completed|raised|joined|signed|passed|presented|submitted|got (?:the|an?|my) (?:offer|job|role|grant|place|spot))\b|\b(?:good|exciting|great) news\b`,
    // An offer: "happy to introduce you", "if it's useful".
    String.raw`\b(?:happy|glad|delighted) to (?:introduce|share|send|connect you)|\b(?:i|we) (?:can|could|${APOSTROPHE}d be happy to) (?:introduce|share|send you|connect you)|\bif (?:it|that|this)(?:${APOSTROPHE}s| is| would be)? (?:useful|helpful)\b|\b(?:useful|helpful|valuable) (?:to|for) (?:you|your)\b`,
  ].join('|'),
  'i',
);

/** Nouns for the sender's earlier message or request. */
const MESSAGE_NOUNS = new Set(['email', 'e-mail', 'mail', 'message', 'note', 'request', 'invitation', 'invite', 'inmail', 'dm', 'letter', 'question', 'ask', 'proposal', 'pitch', 'application', 'thread']);
/** Verbs that move a message back into view: "floating this back up", "nudging it to the top", "bumping my note". */
const RESURFACE_VERBS = new Set(['float', 'bump', 'bring', 'move', 'push', 'nudge', 'pop', 'resurface', 'raise', 'lift', 'put', 'send', 'resend', 'forward', 'surface', 'pull', 'drag', 'boost']);
const DIRECTIONS = new Set(['back', 'up', 'again', 'top', 'forward', 'inbox', 'along']);
/** Verbs of a message arriving or being seen: "whether my email reached you", "in case it got buried". */
const ARRIVAL_VERBS = new Set(['reach', 'arrive', 'land', 'receive', 'see', 'read', 'bury', 'lose', 'slip', 'miss', 'get', 'come', 'go']);
const CHECKING = new Set(['whether', 'if', 'case', 'sure', 'did', 'ensure', 'confirm']);
/** What a chaser asks for: an update, a reply. */
const RESPONSE_NOUNS = new Set(['update', 'news', 'word', 'reply', 'response', 'answer', 'feedback', 'decision']);

/**
 * A nudge read from structure: the sentence points at the sender's own earlier message ("this", "my last note",
 * "my message from Tuesday") and moves it back into view or checks that it arrived, or it asks for an update or a
 * reply ("Any update on my message?", "Have you had a chance to reply?").
 */
function isNudge(sentence: Sentence): boolean {
  const tokens = tagged(sentence).tokens.filter((token) => token.pos !== 'PUNCT' || /[?]/.test(token.text));
  const earlier = refersToEarlierMessage(tokens);
  const lemmas = tokens.filter((token) => !token.negated).map((token) => token.lemma);
  if (earlier && tokens.some((token, index) => !token.negated && RESURFACE_VERBS.has(token.lemma) && tokens.slice(index + 1, index + 8).some((word) => DIRECTIONS.has(word.lower)))) return true;
  if (earlier && lemmas.some((lemma) => ARRIVAL_VERBS.has(lemma)) && tokens.some((token) => CHECKING.has(token.lower))) return true;
  const question = sentence.text.trimEnd().endsWith('?');
  // "Any update?", "Any news on my request?", "Have you had a chance to reply?".
  if (question && tokens.some((token, index) => RESPONSE_NOUNS.has(token.lemma) && !token.negated && ['any', 'an', 'a'].includes(tokens[index - 1]?.lower ?? ''))) return true;
  if (question && earlier && tokens.some((token) => token.lower === 'chance' || token.lemma === 'reply' || token.lemma === 'respond')) return true;
  return false;
}

function refersToEarlierMessage(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    // "this", "it" as a pronoun object: the message this one replies in.
    if ((token.lower === 'this' || token.lower === 'it') && token.pos === 'PRON') return true;
    // "my last email", "my message from Tuesday", "my earlier request".
    if (token.lower === 'my' || token.lower === 'our') return tokens.slice(index + 1, index + 4).some((word) => MESSAGE_NOUNS.has(word.lemma) || MESSAGE_NOUNS.has(word.lower));
    return false;
  });
}

/** What the recipient advised: "the crop you recommended", "your suggestion". */
const ADVICE_VERBS = new Set(['suggest', 'recommend', 'mention', 'advise', 'propose', 'point', 'describe', 'tell', 'show', 'share', 'urge', 'say', 'flag', 'teach']);
const ADVICE_NOUNS = new Set(['advice', 'suggestion', 'tip', 'idea', 'recommendation', 'point', 'feedback', 'framework', 'pointer', 'steer', 'hint', 'method', 'approach']);
/** Verbs that only chase or wish: not an action taken on their advice. */
const CHASING_VERBS = new Set(['want', 'hope', 'wonder', 'write', 'email', 'send', 'reach', 'follow', 'check', 'ask', 'think', 'wish', 'love', 'like', 'be', 'have', 'know', 'understand', 'mention', 'circle', 'bump', 'ping', 'nudge']);

/** The sender reports acting on the recipient's advice: "I planted the cover crop you recommended", "we tried your tip". */
function reportsAdviceTaken(sentence: Sentence): boolean {
  const tokens = tagged(sentence).tokens;
  const advice = tokens.some(
    (token, index) =>
      !token.negated &&
      ((token.lower === 'you' && ADVICE_VERBS.has(tokens[index + 1]?.lemma ?? '')) || (token.lower === 'your' && tokens.slice(index + 1, index + 3).some((word) => ADVICE_NOUNS.has(word.lemma)))),
  );
  if (!advice) return false;
  // "I rewrote…", "we've switched…", "I finally tried…": the verb right after the sender (a past form is sometimes tagged a noun).
  return tokens.some((token, index) => {
    if (token.lower !== 'i' && token.lower !== 'we') return false;
    let at = index + 1;
    while (tokens[at] && (tokens[at]!.pos === 'ADV' || tokens[at]!.pos === 'AUX')) at++;
    const verb = tokens[at];
    return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'NOUN') && !verb.negated && !CHASING_VERBS.has(verb.lemma) && !CHASING_VERBS.has(verb.lower);
  });
}

/** A placeholder that carries the news or resource (`{{followUp.article}}`, `{{update.result}}`). */
const VALUE_PLACEHOLDER = /article|link|news|update|resource|offer|result|progress/i;

export const pushyFollowUp: Rule = {
  meta: {
    id: 'pushy-follow-up',
    severity: 'warning',
    kinds: ['follow-up', 'request'],
    description: 'A follow-up that only nudges ("just following up", "bumping this", "circling back") and brings nothing of value.',
    docs: {
      why:
        'A bare "just checking in" asks the recipient to do the work of remembering you and carries an undertone of "you owe me a reply". A follow-up earns its place when it gives something: an article that builds on their work, what happened when you acted on their advice, or news they would want. That keeps the relationship light and gives them a reason to answer.',
      evidence:
        'Evidence is a sentence that points at your earlier message and resurfaces it, checks that it arrived, or asks for an update, in a message that offers nothing new (no resource, result, offer or news of acting on their advice).',
      worse: 'Just following up on my last email. Did you get a chance to read it?',
      better: 'I took your advice and asked the team for their last three retrospectives; it made the interview far easier. I thought you might also enjoy this article on running retros for remote teams.',
    },
    fixable: true,
    phraseCategory: 'follow-up-value',
  },
  check(context) {
    const { document, analysis } = context;
    const sentences = analysis.bodySentences;
    const followUp = document.frontMatter.kind === 'follow-up';
    const matches = [...findPhrases(sentences, NUDGE), ...(followUp ? findPhrases(sentences, CHASER) : [])];
    const structural = followUp ? sentences.filter(isNudge) : [];
    const nudges = [...new Set([...matches.map((match) => match.sentence), ...structural])].sort((a, b) => a.range.start - b.range.start);
    if (nudges.length === 0 || VALUE.test(bodyProse(sentences)) || sentences.some((sentence) => offersIn(sentence).length > 0 || reportsAdviceTaken(sentence)) || hasPlaceholder(document, VALUE_PLACEHOLDER)) return;
    for (const sentence of nudges) {
      context.report({
        range: sentence.range,
        message: 'A bare nudge asks them to do the remembering: replace it with something of value (an article for them, what came of their advice, or news).',
        fixes: clauseFixes(context, context.phrases.inCategory('follow-up-value', 'follow-up'), 'Share something of value', replacingSentence(sentence)),
      });
    }
  },
};
