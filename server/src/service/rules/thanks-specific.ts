import { bodyProse } from '../lexicon/value';
import { afterSentence, clauseFixes } from '../fixes/clauseFixes';
import { hasPlaceholder, thanksSentence } from '../lexicon/replies';
import type { Sentence } from '../document/document';
import { tagged } from '../language/nlp';
import { replyAnchor, type Rule } from './rule';

const APOSTROPHE = `['’]`;

/** Evidence the note recalls something they actually said, in any wording. */
const SPECIFIC_REFERENCE = new RegExp(
  [
    // What they said: "when you mentioned…", "the challenge you described", "the book you recommended".
    String.raw`\byou (?:mentioned|said|suggested|told me|pointed out|explained|described|recommended|shared|advised|urged|walked me through|showed me|noted|raised|brought up|highlighted|emphasi[sz]ed|stressed|warned|encouraged me|asked (?:me )?(?:about|whether|how|what|why))\b`,
    // Their advice with its content: "your advice to…", "your point about…", "your question about…".
    String.raw`\byour (?:advice|suggestion|tip|recommendation|point|idea|insight|observation|comment|remark|story|example|framework|checklist|question|warning|reminder|encouragement|feedback|take)s? (?:to|about|on|that|of|regarding|around)\b`,
    String.raw`\bthe (?:tip|suggestion|idea|advice|book|article|course|framework|exercise|template|approach|trick|question) (?:to|about|of|on)\b`,
    // What the sender did or will do with it: "I'm going to stick with…", "I've already rewritten…".
    String.raw`\bi(?:${APOSTROPHE}ve| have)? (?:already |just |since |now |finally )?(?:started|decided|began|begun|signed up|booked|reached out|rewrote|rewritten|updated|tried|followed|took|taken|applied|changed|switched|set up|joined|ordered|bought|emailed|contacted|dropped|cut|added|submitted)\b`,
    String.raw`\bi(?:${APOSTROPHE}m| am) (?:going to|now|already|planning to|starting|sticking|switching)\b|\bi(?:${APOSTROPHE}ll| will) (?:\w+ )?(?:stick|start|try|follow|reach out|apply|look into|take|use|focus|sign up|set up|change|switch|rewrite|update|drop|cut|add)\b`,
    String.raw`\b(?:part of|reason|reasons) why i\b|\bwhy i (?:chose|decided|applied|targeted|switched|went)\b`,
    // A concrete favor they did: "the introduction to Maya".
    String.raw`\b(?:introduction|intro|referral|connecting me) (?:to|with)\b`,
    // What they taught: "I learned that…", "it made me rethink…".
    String.raw`\b(?:learn(?:ed|t)?|realized?|realised?|found out|discover(?:ed)?) (?:that|how|why)\b|\bstuck with me\b|\bmade me (?:rethink|reconsider|realize|realise)\b|\bchanged (?:how|the way) i\b`,
    // Their words quoted.
    String.raw`[“"][^”"]{8,}[”"]`,
  ].join('|'),
  'i',
);

/** Verbs of saying or advising: "as you proposed", "you cautioned me that…". */
const ADVISING_VERBS = new Set([
  'mention', 'say', 'suggest', 'tell', 'point', 'explain', 'describe', 'recommend', 'share', 'advise', 'urge', 'show', 'note', 'raise', 'highlight',
  'emphasize', 'emphasise', 'stress', 'warn', 'encourage', 'propose', 'insist', 'remind', 'caution', 'argue', 'predict', 'steer', 'nudge', 'frame',
  'flag', 'challenge', 'push', 'teach', 'demonstrate', 'sketch', 'outline', 'walk', 'call',
]);
/** Taking in what they said: "hearing that…", "learning how…". */
const TAKING_IN = new Set(['hear', 'learn', 'realize', 'realise', 'discover']);
/** "made me feel…" is a feeling, not something done. */
const FEELINGS = new Set(['feel', 'smile', 'laugh', 'happy']);

/**
 * Evidence from structure, in words the patterns do not list: the recipient as the one who said or advised something
 * ("as you proposed"), the sender taking in a specific claim ("hearing that most practices hire…"), or their advice
 * making the sender do something ("made me call the agency first").
 */
function recallsSomething(sentence: Sentence): boolean {
  const tokens = tagged(sentence).tokens;
  return tokens.some((token, index) => {
    if (token.negated) return false;
    const next = tokens[index + 1];
    if (token.lower === 'you' && next && next.pos === 'VERB' && next.lower !== next.lemma && ADVISING_VERBS.has(next.lemma)) return true;
    // The tagger may read a sentence-initial "Hearing" as a name, so the word form counts too.
    if ((TAKING_IN.has(token.lemma) || TAKING_IN.has(token.lower.replace(/ing$/, ''))) && next && ['that', 'how', 'why'].includes(next.lower)) return true;
    const done = tokens[index + 2];
    return token.lemma === 'make' && next?.lower === 'me' && done !== undefined && (done.pos === 'VERB' || done.pos === 'NOUN') && !FEELINGS.has(done.lemma);
  });
}

/** A placeholder for what they advised (`{{meeting.advice}}`, `{{call.takeaway}}`). */
const ADVICE_PLACEHOLDER = /advice|tip|suggest|insight|takeaway|recommend|lesson|idea|learn|quote/i;

export const thanksSpecific: Rule = {
  meta: {
    id: 'thanks-specific',
    severity: 'warning',
    kinds: ['thank-you'],
    description: 'The thank-you note never mentions a specific piece of advice the recipient gave.',
    docs: {
      why:
        'A thank-you that would fit any meeting reads like a form letter. Naming one thing they told you, and what you did or will do with it, shows you listened and that their time made a difference, which is what makes someone glad to help again.',
      evidence:
        'Evidence is a sentence that recalls what they said or advised (in any words: "as you proposed", "your warning that…", "hearing that…") or what you did with it. A placeholder such as {{meeting.advice}} keeps the template reusable.',
      worse: 'Thank you so much for your time yesterday. Your insights were really helpful.',
      better: 'Thank you for your time yesterday. When you suggested I ask teams for their last three retrospectives, it changed how I prepare for interviews.',
    },
    fixable: true,
    phraseCategory: 'thanks-specific',
  },
  check(context) {
    const { document, analysis } = context;
    const prose = bodyProse(analysis.bodySentences);
    if (!prose.trim() || SPECIFIC_REFERENCE.test(prose) || analysis.bodySentences.some(recallsSomething) || hasPlaceholder(document, ADVICE_PLACEHOLDER)) return;
    const thanks = thanksSentence(analysis.bodySentences);
    const insertion = thanks ?? analysis.bodySentences[analysis.bodySentences.length - 1];
    context.report({
      range: replyAnchor(context, thanks),
      message: 'Mention one specific piece of advice they gave (e.g. "when you mentioned …" or {{meeting.advice}}) and what you did with it.',
      fixes: insertion ? clauseFixes(context, context.phrases.inCategory('thanks-specific', 'thank-you'), 'Mention their advice', afterSentence(insertion)) : [],
    });
  },
};
