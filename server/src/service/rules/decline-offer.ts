import { insertClauseFixes } from '../fixes/clauseFixes';
import { bodyProse } from '../lexicon/value';
import { declineSentence, hasPlaceholder } from '../lexicon/replies';
import type { Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import { replyAnchor, type Rule } from './rule';
import { isRecipientWord, offersIn } from '../language/speechActs';

const APOSTROPHE = `['’]`;
const HELP_VERB = String.raw`(?:send|share|forward|introduce|connect you|put you in touch|point you|recommend|suggest|refer you|pass (?:it |them |this |that )?along|pass (?:it|them|this|that) on|pass on (?!this\b|that\b|it\b|the\b|for\b|now\b)|pass your|forward (?:it|them|this|that)|answer|give you|look (?:at|over)|review|read|help|make an? (?:intro|introduction)|loop (?:you|in)|cc|ask (?:around|whether|if|them|my))`;

const RESOURCE = String.raw`(?:reading list|list|guide|post|article|write-?up|notes|resources?|course|book|video|template|checklist|faq|newsletter|podcast|blog|community|forum|slack|meetup|docs|documentation|page|wiki|handbook|manual|tutorial|website|site)`;

/** Something the decliner gives instead of the meeting: help, a resource, a better contact, or a later chance. */
const OFFER = new RegExp(
  [
    // "I can send you…", "I'd be happy to introduce you…".
    // Not a wish or a doubt: "I wish I could help", "I'm not sure I can help", "I'd help if I could".
    String.raw`\b(?<!(?:wish|sure|think|doubt|afraid) )(?:i|we)(?: can| could| will|${APOSTROPHE}ll| would|${APOSTROPHE}d| might)(?: also| still| gladly| happily| certainly| definitely)? ${HELP_VERB}\b(?! if (?:i|we) (?:could|can|had))`,
    String.raw`\b(?:happy|glad|willing|delighted|keen) to (?:${HELP_VERB}|chat (?:again|later|then|next|once|when|in)|talk (?:again|later|then|next|once|when|in)|revisit|reconnect)\b`,
    String.raw`\b(?:i|we) (?:recommend|suggest)\b|\btry (?:reaching out|asking|contacting|talking|emailing|writing|posting|joining|looking)\b|\bhave you (?:tried|looked at|seen|considered|asked)\b`,
    // A resource they can use: "you can read the feedback here", "you might find … useful".
    String.raw`\byou (?:can|could|might|may)(?: also)? (?:read|find (?!me\b)|see|try|check|look at|reach out to|reach (?!me\b|out\b|us\b)|contact|ask|join|talk to|speak (?:to|with)|email|write to|get in touch with|attend|watch|listen)`,
    // Somewhere better to get it: "you might get more from the open day", "you'd learn more at the guild's workshop".
    String.raw`\byou(?:${APOSTROPHE}d|${APOSTROPHE}ll| (?:can|could|might|may|would|will))(?: probably| likely| actually| honestly)? (?:get|learn|gain|find out|see) (?:(?:much|far|a lot|a good deal) )?more (?:from|out of|at|by)\b`,
    String.raw`\b(?:check out|take a look at|here${APOSTROPHE}s a|here is a|here are (?:a few|some)|(?:i${APOSTROPHE}ve|i have) (?:attached|included|linked)|attached (?:is|are))\b`,
    // A resource named as a substitute: "in the meantime, my reading list covers most of it".
    String.raw`\b(?:in the meantime|meanwhile|instead)\b[^.?!]{0,80}\b${RESOURCE}\b`,
    String.raw`\b${RESOURCE}\b[^.?!]{0,80}\b(?:answers|covers|should help|may help|might help|will help|is a good (?:start|place)|on my (?:blog|site|website))\b`,
    // A better person to ask.
    String.raw`\b(?:(?:a|my|one of my) (?:former )?(?:colleague|co-?worker|teammate)s?|someone (?:else|who|on my team|in my network)|better (?:person|fit|contact|placed|resource|match)|(?:put|get) you in touch)\b`,
    // A door left open: "write to me again in the new year", "consider submitting again next year".
    String.raw`\b(?:writ(?:e|ing)|reach(?:ing)? out|get(?:ting)? in touch|ask(?:ing)?|ping(?:ing)?|e-?mail(?:ing)?|contact(?:ing)?|tr(?:y|ying)|submit(?:ting)?|appl(?:y|ying)|check(?:ing)?|com(?:e|ing) back)(?: to me| with me| me)? (?:again|back)\b`,
    String.raw`\b(?:my|the) door is (?:always )?open\b`,
    String.raw`\b(?:another|next|future) (?:time|session|event|round|year|edition|cohort)\b[^.?!]{0,60}\b(?:i(?:${APOSTROPHE}d| would) (?:love|be (?:happy|glad|keen))|count me in|ask me again)`,
    String.raw`\b(?:anything|any (?:other )?way|another way|something) (?:else )?(?:that )?(?:i|we) (?:can|could|might) (?:do|help|assist)\b`,
    String.raw`\bcome (?:and|to) say (?:hello|hi)\b|\bsay (?:hello|hi) (?:at|if|when)\b`,
  ].join('|'),
  'i',
);

/** "ask Priya", "talk to {{colleague.name}}": a named referral (case-sensitive, to see a name). */
/** "Ask for Mick at the front desk" names a person to ask for at a place; days and months are no one to ask for. */
const NAMED_REFERRAL = /\b(?:[Rr]each out to|[Tt]alk to|[Ss]peak (?:to|with)|[Aa]sk(?: for| after)?|[Ww]rite to|[Gg]et in touch with) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:x{3,}|[A-Z][a-z]+\b)(?! (?:me|again)\b)/;

/** Things that can stand in for the meeting: a written resource, a recurring open slot, a group. */
const RESOURCE_NOUNS = new Set([
  'doc', 'docs', 'documentation', 'page', 'wiki', 'handbook', 'manual', 'guide', 'tutorial', 'faq', 'article', 'post', 'blog', 'book', 'course',
  'video', 'recording', 'podcast', 'episode', 'slide', 'slides', 'deck', 'list', 'checklist', 'template', 'website', 'site', 'newsletter', 'forum',
  'community', 'channel', 'group', 'thread', 'answer', 'writeup', 'write-up', 'resource', 'chapter', 'paper', 'report', 'toolkit',
]);
/** What a resource does for the reader: "the docs page covers it", "the FAQ answers most of this". */
const RESOURCE_VERBS = new Set(['cover', 'answer', 'explain', 'walk', 'describe', 'address', 'outline', 'include', 'contain', 'go', 'show', 'help', 'list', 'tackle', 'discuss', 'detail', 'handle']);
/** Standing open slots: "office hours", "drop in", "stop by". */
const OPEN_SLOT = /\boffice hours\b|\b(?:drop|stop|pop|swing)[- ](?:in|by)\b|\bopen (?:(?!(?:any|every|all|this|that|next|on|the|a|an|for|to|most|some|one)\b)[\w-]+ )?(?:hours|session|day|door|evening|weekend|house)s?\b/i;
/** Permission that invites them to use something: "you'd be welcome to bring your case", "feel free to use the forum". */
const INVITING_VERBS = new Set(['bring', 'join', 'come', 'drop', 'use', 'mention', 'attend', 'borrow', 'post', 'ask', 'email', 'write', 'ping', 'reach', 'check', 'sit', 'read', 'watch', 'copy', 'adapt', 'visit']);

/**
 * A sentence that offers something instead of the meeting, read from structure: the sender gives or has something for
 * them (speechActs.offersIn), a resource is said to cover their question, a standing open slot is named, or they are
 * invited to use, join or bring something.
 */
function offersSomething(sentence: Sentence): boolean {
  const tokens = tagged(sentence).tokens;
  // "I've got too much on my plate to take it on" is a load, not something held ready for them.
  const offers = offersIn(sentence).filter(
    (offer) => !(tokens[offer.head]?.lemma === 'have' && tokens.slice(offer.head + 1, offer.head + 4).some((word) => word.lower === 'too' || word.lower === 'much' || word.lower === 'many')) && !refusingPass(tokens, offer.head),
  );
  if (offers.length > 0 || OPEN_SLOT.test(sentence.text)) return true;
  return tokens.some((token, index) => {
    if (token.negated) return false;
    // "The … page in our docs covers the chunked approach."
    if (RESOURCE_NOUNS.has(token.lemma) && token.pos === 'NOUN' && tokens.slice(index + 1, index + 6).some((word) => RESOURCE_VERBS.has(word.lemma) && word.pos === 'VERB' && !word.negated)) return true;
    // "You'd be very welcome to bring…", "feel free to join…".
    if ((token.lower === 'welcome' || (token.lower === 'free' && tokens[index - 1]?.lemma === 'feel')) && tokens[index + 1]?.lower === 'to') {
      return INVITING_VERBS.has(tokens[index + 2]?.lemma ?? '');
    }
    return false;
  });
}

/**
 * "I'll pass", "so I'll pass on this one", "we'll pass for now": a "pass" that hands nothing on is the no itself. One that
 * has something to hand ("pass it along", "pass your CV on to Ana", "pass on your details") stays an offer.
 */
function refusingPass(tokens: readonly Token[], head: number): boolean {
  if (tokens[head]?.lemma !== 'pass') return false;
  const next = tokens[head + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ') return true;
  if (next.lower !== 'on' && next.lower !== 'for' && next.lower !== 'this') return false;
  let end = tokens.findIndex((word, index) => index > head && word.pos === 'PUNCT');
  if (end < 0) end = tokens.length;
  const rest = tokens.slice(head + 1, end);
  return !rest.some((word) => isRecipientWord(word) || ['to', 'along', 'it', 'them', 'him', 'her'].includes(word.lower) || /^x{3,}$/.test(word.lower));
}

/** A placeholder the author fills with what they offer instead. */
const OFFER_PLACEHOLDER = /offer|resource|referral|alternative|colleague|link/i;

export const declineOffer: Rule = {
  meta: {
    id: 'decline-offer',
    severity: 'warning',
    kinds: ['decline'],
    description: 'The decline ends with just a no: it offers no resource, referral or later help.',
    docs: {
      why:
        'A no can still leave the other person better off than before they asked. Pointing them to a resource, a colleague who fits better, or a later moment turns a closed door into a small favor, and keeps the relationship warm even though there is nothing in it for you today. "Feel free to connect on LinkedIn" is not an offer: it asks them for something.',
      evidence:
        'Evidence of an offer is a sentence in which you give or have something for them, a resource is said to cover their question, a standing open slot (office hours) is named, a better person is pointed to, or a later time is left open.',
      worse: 'I am not taking on mentees this year. Best of luck with your search.',
      better:
        'I am not taking on mentees this year. A colleague of mine runs a monthly portfolio review for new designers, and I am happy to ask whether she has a spot for you.',
    },
    fixable: true,
    phraseCategory: 'decline-offer',
  },
  check(context) {
    const { document, analysis } = context;
    const prose = bodyProse(analysis.bodySentences);
    if (!prose.trim() || OFFER.test(prose) || NAMED_REFERRAL.test(prose) || analysis.bodySentences.some(offersSomething) || hasPlaceholder(document, OFFER_PLACEHOLDER)) return;
    context.report({
      range: replyAnchor(context, declineSentence(analysis.bodySentences)),
      message: 'Do not end on just a no: offer something they can use instead (a resource, a better person to ask, or a later time).',
      fixes: insertClauseFixes(context, 'decline-offer', 'end', 'Offer something instead'),
    });
  },
};
