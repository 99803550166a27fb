import { MEETING_WORDS } from '../language/analysis';
import { inlineSentenceRemoval } from '../fixes/edits';
import { findPhrases, isNegated, sourceText, type PhraseMatch } from '../lexicon/value';
import type { Sentence } from '../document/document';
import type { Rule, RuleContext } from './rule';
import { asksIn } from '../language/speechActs';
import type { Fix } from '../types';

/** Favors that take a few minutes by email: an introduction, feedback on one thing (or a verdict on it), one question. */
const SMALL_FAVOR = new RegExp(
  [
    String.raw`(?<intro>introduc(?:e|ing)\s+me\s+(?:to|with)|(?:an?\s+(?:quick\s+|warm\s+|brief\s+)?|quick\s+|warm\s+)intro(?:duction)?\s+(?:to|with)|connect(?:ing)?\s+me\s+(?:with|to)|put(?:ting)?\s+me\s+in\s+touch\s+with)\s+`,
    String.raw`(?<feedback>(?:(?:your|quick|some|honest)\s+)?(?:feedback|thoughts|input|notes|opinion|a\s+second\s+pair\s+of\s+eyes)\s+on|(?:take\s+a\s+|have\s+a\s+)?(?:quick\s+)?look\s+(?:at|over)|read\s+(?:through|over)|proofread)\s+(?=(?:my|our|a|this|the)\s+(?:[\w-]+\s+)?(?:draft|deck|pitch deck|resume|résumé|cv|portfolio|proposal|idea|essay|cover letter|abstract|outline|landing page|one-pager|mockup|bio|headline|slides|chapter)\b)`,
    String.raw`(?<question>(?:one|a\s+single|a\s+quick|one\s+quick|a\s+short|a\s+specific)\s+question)\b`,
    // A verdict on one thing the sender made or holds: "tell me whether that one puzzle works", "let me know if my glaze is food-safe".
    String.raw`(?<verdict>(?:tell|let)\s+me\s+(?:know\s+)?(?:whether|if)|(?:your\s+)?(?:verdict|opinion|view)\s+on\s+whether)\s+(?=(?:my|our|this|that|these|those|the\s+one)\s+(?:[\w’'-]+\s+){0,4}?(?:works?|is|are|holds?(?:\s+up)?|makes?\s+sense|reads?|plays?|looks?|sounds?|fits?|passes|stands?\s+up|would)\b)`,
  ].join('|'),
  'gi',
);

/** Where the favor's object ends: the rest of the sentence is about the meeting. */
const OBJECT_END = /[,;:.!?]|\s(?:and|so|because|since|before|after|while|during|over|when|if|in person|next|this|sometime|on (?:a|the) (?:call|phone|zoom|video))\b/i;

/** A meeting with someone else ("meet Dana", "meet with your recruiter") is not a meeting with the recipient. */
const THIRD_PARTY_MEETING =
  /^\s+(?:with\s+(?!you\b|me\b|us\b)|to\s+(?:[A-Z]|him\b|her\b|them\b)|him\b|her\b|them\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)\b)[A-Z])/;

export const smallFavor: Rule = {
  meta: {
    id: 'small-favor',
    severity: 'info',
    kinds: ['request'],
    description: 'A small concrete favor (an introduction, feedback on one thing, one question) is wrapped in a meeting request.',
    docs: {
      why:
        'Often what you want takes the other person five minutes: an introduction, a look at one draft, an answer to one question. Wrapping it in a coffee or a call turns a quick yes into a calendar decision, which busy people decline. Ask for the favor itself and they can help right away by email.',
      evidence:
        'An introduction, feedback on one thing (“tell me whether my draft works”) or one question asked inside the meeting-ask sentence, or an introduction asked for in the sentence beside it.',
      worse: 'Could we get coffee next week so I can ask you to introduce me to your design lead?',
      better: 'Would you be willing to introduce me to your design lead by email? A two-line intro would be plenty.',
    },
    fixable: true,
  },
  check(context) {
    const { meetingAsk, bodySentences } = context.analysis;
    if (!meetingAsk) return;
    const seen = new Set<number>();
    // The favor asked for in the sentence right before or after the meeting ask ("Would you have 15 minutes for a call?
    // Mainly I'm hoping you'd introduce me to…") is wrapped in that meeting too.
    const at = bodySentences.indexOf(meetingAsk);
    const besideAsk = new Set([bodySentences[at - 1], bodySentences[at + 1]].filter((sentence) => sentence !== undefined && asksIn(sentence).length > 0));
    for (const match of findPhrases(bodySentences, SMALL_FAVOR)) {
      const inSentence = wrappedInMeeting(match);
      const wrapped = inSentence || (besideAsk.has(match.sentence) && match.groups.intro !== undefined);
      if (seen.has(match.sentence.range.start) || !wrapped || isNegated(match.sentence.text, match.index)) continue;
      seen.add(match.sentence.range.start);
      context.report({
        range: match.sentence.range,
        message: 'What you need here is a small favor, not a meeting: ask for it directly by email, which is far easier to say yes to.',
        // A favor asked beside the meeting ask replaces it: the meeting sentence goes with the rewrite.
        fixes: askDirectly(context, match, inSentence ? undefined : meetingAsk),
      });
    }
  },
};

/** The sentence mentions a meeting with the recipient before the favor ("a call so you could introduce me to…"). */
function wrappedInMeeting(match: PhraseMatch): boolean {
  const before = match.sentence.text.slice(0, match.index);
  const meeting = new RegExp(MEETING_WORDS.source, 'gi');
  return [...before.matchAll(meeting)].some((found) => !THIRD_PARTY_MEETING.test(before.slice((found.index ?? 0) + found[0].length)));
}

/** Rewrites the sentence as the favor itself, keeping what the favor is about. */
function askDirectly(context: RuleContext, match: PhraseMatch, meetingAsk?: Sentence): Fix[] {
  const rest = match.sentence.text.slice(match.index + match.text.length);
  // Cut on the prose, where placeholders are opaque, then take the source text so placeholders survive.
  const length = rest.search(OBJECT_END);
  const object = sourceText(context.document, { start: match.range.end, end: match.range.end + (length < 0 ? rest.length : length) }).trim();
  const { intro, feedback, question, verdict } = match.groups;
  let newText: string | undefined;
  if (intro && object) newText = `Would you be willing to introduce me to ${object} by email?`;
  else if (feedback && object) newText = `Would you be willing to share quick feedback on ${object} by email?`;
  else if (verdict && object) newText = `Would you be willing to tell me by email whether ${object}?`;
  else if (question) newText = `Could I send you one quick question${object ? ` ${object}` : ''} by email?`;
  if (!newText) return [];
  const edits = [{ range: match.sentence.range, newText }];
  if (meetingAsk) edits.push({ range: inlineSentenceRemoval(context.document, meetingAsk.range), newText: '' });
  return [{ title: 'Ask for the favor directly', edits, preferred: true }];
}
