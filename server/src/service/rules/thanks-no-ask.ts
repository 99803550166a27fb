import { findPhrases, isAskLike, isNegated, type PhraseMatch } from '../lexicon/value';
import { sentenceRemoval } from '../fixes/edits';
import { asksForReferral } from '../lexicon/referrals';
import type { Sentence } from '../document/document';
import { type Ask, asksForMeeting, asksIn, offersIn } from '../language/speechActs';
import type { Rule } from './rule';

const MEETING = String.raw`(?:call|chat|meeting|coffee|conversation|catch-?up|zoom|lunch|drinks?|meet-?up)`;

/** Another meeting: "another call", "meet again", "open to coffee sometime", "find a time next month". */
const MEETING_AGAIN = new RegExp(
  [
    String.raw`\b(?:another|a follow-?up|a second|one more|a quick|a short|a brief) ${MEETING}\b`,
    String.raw`\b(?:meet(?: up)?|talk|chat|speak|catch up|connect|get together|sit down)(?: with you)? (?:again|more(?= about| soon| sometime|[.?!,])|further|sometime|soon|next (?:week|month|time)|in person|over (?:coffee|lunch))\b`,
    String.raw`\b(?:open to|free for|available for|have time for|up for)\b[^.?!]{0,30}\b${MEETING}`,
    String.raw`\b(?:grab|get|buy you) (?:a )?(?:coffee|lunch|drinks?|a bite)\b`,
    String.raw`\b(?:set up|schedule|book|find) (?:a|another|some) (?:time|slot|follow-?up|${MEETING})\b`,
  ].join('|'),
  'gi',
);

/** A referral or a job: "refer me", "put in a good word", "are you hiring", "keep me in mind for openings". */
const REFERRAL_OR_JOB = new RegExp(
  [
    String.raw`\b(?:refer(?:ring)? me|(?:a|an|your|internal) referral|put(?:ting)? in a (?:good )?word|recommend(?:ing)? me\b|vouch(?:ing)? for me)`,
    String.raw`\b(?:pass(?:ing)?|forward(?:ing)?|send(?:ing)?|shar(?:e|ing)) (?:along |on )?my (?:resume|résumé|cv|application|profile|portfolio)\b`,
    String.raw`\b(?:consider(?:ing)? me for|keep(?:ing)? me in mind for)\b`,
    String.raw`\b(?:introduc(?:e|ing)|connect(?:ing)?|put(?:ting)?) me (?:to|with|in touch with) (?:the |your |a |an |any )?(?:hiring manager|recruit\w*|team lead|someone|anyone|people|hr)\b`,
    String.raw`\b(?:are|is) (?:you|your (?:team|company|group)|x+|they) (?:still |currently |now )?hiring\b`,
    String.raw`\b(?:any|open) (?:roles|positions|openings|vacancies|jobs|internships)\b`,
    String.raw`\b(?:a|any) (?:job|role|position|opening|internship) (?:at|on|with|in) (?:your|x+)`,
  ].join('|'),
  'gi',
);

/**
 * The sentence asks them for something more, read from its structure: an ask (question, imperative, wish) for a
 * meeting or call ("Could we do another half hour next month?") that is not the sender offering something ("let me
 * know if I can walk you through it"), or for a referral or job ("pass my name along to the hiring manager").
 */
function asksAgain(sentence: Sentence): boolean {
  if (asksForReferral(sentence) || asksForOpening(sentence)) return true;
  const offers = offersIn(sentence).length > 0;
  return asksIn(sentence).some((ask) => (asksForMeeting(ask) || moreTime(ask)) && !isThanks(ask) && !(offers && offersOnCondition(ask)));
}

/** Asking to be the one they think of: "think of me", "remember me", "keep me in mind", "consider me", "keep my name". */
const THINK_OF_ME = /\b(?:think(?:ing)? of me|remember(?:ing)? me|keep(?:ing)? me in mind|consider(?:ing)? me|keep(?:ing)? my name|put(?:ting)? my name (?:forward|down|in))\b/i;
/** A place in their team falling free: "if a bench comes free", "when a chair opens up", "before you advertise it". */
const OPENING = /\b(?:(?:comes?|came|becomes?|fall?s|goes) (?:up |ever )?(?:free|open|vacant|available)|(?:opens?|frees?) up|advertis\w*|vacanc\w*|(?:an?|any) opening|(?:start|begin) hiring|(?:look|looking|need|needs) (?:for )?(?:another|an extra|a new) (?:pair of hands|hand|apprentice|assistant|person))\b/i;

/**
 * A job asked for in other words: the sender asks to be thought of when a place in their team falls free ("if a chair
 * ever opens up in your salon, would you keep me in mind?"). Both the ask to be remembered and the opening must be there:
 * "do think of me if you need a hand moving the hives" offers help.
 */
function asksForOpening(sentence: Sentence): boolean {
  const remember = THINK_OF_ME.exec(sentence.text);
  if (!remember || !OPENING.test(sentence.text) || isNegated(sentence.text, remember.index)) return false;
  // "Thank you for thinking of me when the post came free" thanks them for it.
  if (/\b(?:for|thank(?:s| you)?)\s+$/i.test(sentence.text.slice(0, remember.index))) return false;
  return asksIn(sentence).length > 0 || sentence.text.trimEnd().endsWith('?') || isAskLike(sentence.text);
}

/** "another hour", "a second session", "one more half hour": more of their time. */
const MORE = new Set(['another', 'second', 'more']);
const TIME_UNITS = new Set(['hour', 'minute', 'half', 'session', 'round', 'slot']);
function moreTime(ask: Ask): boolean {
  return ask.scope.some((token, index) => MORE.has(token.lower) && ask.scope.slice(index + 1, index + 3).some((word) => TIME_UNITS.has(word.lemma)));
}

/** "Really appreciate your time", "I'd love to thank you for the call": gratitude, not an ask. */
const GRATITUDE = new Set(['thank', 'thanks', 'appreciate', 'enjoy', 'treasure', 'value']);
function isThanks(ask: Ask): boolean {
  return ask.scope.some((token) => GRATITUDE.has(token.lemma) || GRATITUDE.has(token.lower));
}

/** "Let me know if I can walk you through it": the meeting is the sender's offer, made on their say-so. */
function offersOnCondition(ask: Ask): boolean {
  return ask.scope.some((token, index) => (token.lower === 'if' || token.lower === 'whether') && ['i', 'we'].includes(ask.scope[index + 1]?.lower ?? ''));
}

export const thanksNoAsk: Rule = {
  meta: {
    id: 'thanks-no-ask',
    severity: 'warning',
    kinds: ['thank-you'],
    description: 'The thank-you note asks for a referral, a job or another meeting.',
    docs: {
      why:
        'A thank-you note is the one message that asks for nothing, and that is what makes it land. Tacking on "could you refer me?" or "can we meet again?" turns gratitude into the next request and makes the whole meeting look like a means to an end. Thank them now; if a further ask makes sense, let it come later, on its own, once you have acted on their advice.',
      evidence:
        'Evidence is a sentence that asks (as a question, request or wish) for a call or meeting, or for a referral or an opening (including "think of me if a place comes free"); offers, promised updates and good wishes are not asks.',
      worse: 'Thank you again for your advice on portfolio reviews. Would you be willing to refer me for the open designer role?',
      better: 'Thank you again for your advice on portfolio reviews. I will keep you posted on how the next round goes.',
    },
    fixable: true,
  },
  check(context) {
    const { document, analysis } = context;
    const sentences = analysis.bodySentences;
    const isAsk = (match: PhraseMatch): boolean => isAskLike(match.sentence.text) && !isNegated(match.sentence.text, match.index);
    const asks = [...findPhrases(sentences, MEETING_AGAIN), ...findPhrases(sentences, REFERRAL_OR_JOB)].filter(isAsk);
    const flagged = [...new Set([...asks.map((match) => match.sentence), ...sentences.filter(asksAgain)])].sort((a, b) => a.range.start - b.range.start);
    for (const sentence of flagged) {
      context.report({
        range: sentence.range,
        message: 'A thank-you should only thank: remove this ask for a referral, job or meeting, and raise it later on its own if it still makes sense.',
        fixes: [{ title: 'Remove the ask', edits: [{ range: sentenceRemoval(document, sentence.range), newText: '' }], preferred: true }],
      });
    }
  },
};
