/**
 * Recognizers for the replies a sender writes after first contact — declines, thank-you notes
 * and follow-ups — shared by decline-*, thanks-* and pushy-follow-up.
 */
import type { OutreachDocument, Sentence } from '../document/document';

const APOSTROPHE = `['’]`;

/** The sentence that says no: "I can't make it", "I'll have to pass", "Unfortunately…", "I'm not taking on…". */
const SAYS_NO = new RegExp(
  [
    String.raw`\b(?:can(?:no|${APOSTROPHE})t|cannot|won${APOSTROPHE}t(?: be able to)?|will not(?: be able to)?|(?:am|${APOSTROPHE}m|are|${APOSTROPHE}re|is) (?:not |un)able to|unable to|not able to|(?:have|need|going) to|${APOSTROPHE}ll have to|must) (?:pass|decline|say (?:no|yes)|turn (?:this|it) down|take (?:this|it|the|that) on|make (?:it|the|this|that)|join|meet|accept|commit|include|help with|give)`,
    String.raw`\b(?:decline|declining|pass on|say no|saying no|turn(?:ing)? down)\b`,
    String.raw`\bsends? (?:\w+ )?regrets\b`,
    String.raw`\b(?:i${APOSTROPHE}m|i am|we${APOSTROPHE}re|we are) (?:currently |just )?not (?:looking|taking|accepting|in a position|available|able|interested|the right)`,
    String.raw`\b(?:unfortunately|regretfully|i${APOSTROPHE}m afraid|i am afraid|sadly)\b`,
    String.raw`\bno longer (?:taking|accepting|doing|able)\b|\b(?:i|we)(?:${APOSTROPHE}ll| will) pass(?= *[.!,;—–]| on (?:this|it|that)\b| for now| this time)|\bnot (?:be )?(?:a )?good use of\b|\bno,? thank(?:s| you)\b|\bnot interested\b|\bnot (?:the )?(?:right|good|best) time\b`,
  ].join('|'),
  'i',
);

/** The sentence of a decline that says no, if one does. */
export function declineSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((sentence) => SAYS_NO.test(sentence.text));
}

/** The sentence of a thank-you note that thanks the recipient, if one does. */
export function thanksSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((sentence) => /\b(?:thank|thanks|grateful|appreciate)/i.test(sentence.text));
}

/** Whether a placeholder path names content the author fills in per message (e.g. `{{meeting.advice}}`). */
export function hasPlaceholder(document: OutreachDocument, path: RegExp): boolean {
  return document.placeholders.some((placeholder) => path.test(placeholder.path));
}
