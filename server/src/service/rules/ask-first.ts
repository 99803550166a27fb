import { insertSentenceEdit, sentenceRemoval } from '../fixes/edits';
import { isRequest } from '../language/analysis';
import { tagged } from '../language/nlp';
import type { Sentence } from '../document/document';
import type { Rule, RuleContext } from './rule';
import type { Fix, OffsetEdit, OffsetRange } from '../types';

/** Openers that come before anything else without being the introduction or the ask. */
const PLEASANTRY = /^(?:i |we )?(?:hope|trust) (?:you|this|all|your|things|the)\b|^(?:happy|good) (?:monday|friday|new year|morning|afternoon)\b|^nice to (?:e-?)?meet you\b|^quick (?:question|note)\b/i;
/** Sentences that say who the sender is or why they are writing to this person. */
const INTRODUCTION_OR_REASON =
  /\b(?:my name is|i(?:['’]m| am) (?:a|an|the|currently|studying|working|finishing|graduating|moving|transitioning|part of|on the)|i work|i(?:['’]ve| have) (?:been|spent|worked|just|recently)|i (?:lead|run|study|graduated|recently|read|saw|watched|heard|listened|noticed|came across|enjoyed|loved|follow|found)|because|since (?:you|your|we|i)|your (?:talk|article|post|podcast|book|work|project|paper|team|newsletter|video|thread|research)|we (?:met|both|share)|(?:mutual|our) (?:friend|colleague|contact)|recommended|suggested (?:i|that i|you)|pointed me)\b/i;

export const askFirst: Rule = {
  meta: {
    id: 'ask-first',
    severity: 'info',
    kinds: ['request'],
    description: 'The request comes first, before the sender says who they are or why they are writing.',
    docs: {
      why:
        'A stranger who opens with “Can we meet?” makes the reader decide before they know who is asking or why them. Leading with a one-line introduction and the reason you chose this person gives the ask context, so it lands as reasonable rather than abrupt. Close with the ask.',
      evidence:
        'The first sentence of the body (greetings and pleasantries aside) is the ask, and a later sentence introduces you or says why you chose them.',
      worse: 'Would you have 15 minutes for a call next week? I am a nurse moving into health-tech product work, and your post on clinical pilots stood out.',
      better: 'I am a nurse moving into health-tech product work, and your post on clinical pilots stood out. Would you have 15 minutes for a call next week?',
    },
    fixable: true,
  },
  check(context) {
    const { analysis } = context;
    const sentences = analysis.bodySentences.filter((sentence, index) => !PLEASANTRY.test(sentence.text) && !(index === 0 && isSalutationLine(context, sentence)));
    const opening = sentences[0];
    if (!opening || opening !== analysis.askSentence) return;
    const groundwork = sentences.slice(1).filter((sentence) => sentence === analysis.senderIntroduction || INTRODUCTION_OR_REASON.test(sentence.text));
    const lastGroundwork = groundwork[groundwork.length - 1];
    if (!lastGroundwork) return;
    // The asks that open the message together ("Could we talk? Would Tuesday work?") move as one block.
    let blockEnd = 0;
    while (sentences[blockEnd + 1] && !groundwork.includes(sentences[blockEnd + 1]!) && isRequest(sentences[blockEnd + 1]!.text)) blockEnd++;
    const block = { start: opening.range.start, end: sentences[blockEnd]!.range.end };
    context.report({
      range: opening.range,
      message: 'The ask comes before the recipient knows who you are or why them: open with a one-line introduction and your reason, then ask.',
      fixes: [moveAfter(context, block, lastGroundwork)],
    });
  },
};

/**
 * A salutation in any language that the greeting line did not catch ("Dobrý den {{recipient.firstName}},", "Moi Anna!",
 * "Kia ora e hoa,"): a short line of its own (five words at most) that ends in a comma, or in "!" with no verb. It is
 * neither the ask nor the introduction, so the sentence after it opens the message.
 */
function isSalutationLine(context: RuleContext, sentence: Sentence): boolean {
  const text = context.document.text;
  const lineStart = text.lastIndexOf('\n', sentence.range.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.range.end);
  const restOfLine = text.slice(sentence.range.end, lineEnd === -1 ? text.length : lineEnd);
  if (text.slice(lineStart, sentence.range.start).trim() !== '' || restOfLine.trim() !== '') return false;
  if (!/[,!]\s*$/.test(sentence.text) || sentence.text.trim().split(/\s+/).length > 5) return false;
  // Prose does not end a line of its own in a comma; after "!" the line must have no verb ("Hope all is well, Sam!" is a pleasantry of its own).
  if (/,\s*$/.test(sentence.text)) return true;
  return !tagged(sentence).tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

/** Moves the ask (one sentence or a run of them) to just after `target`, taking its now-empty line with it if it stood alone. */
function moveAfter(context: RuleContext, ask: OffsetRange, target: Sentence): Fix {
  const text = context.document.text;
  const askText = text.slice(ask.start, ask.end).replace(/\s*(?:\r?\n)+\s*/g, ' ');
  const removal: OffsetEdit = { range: sentenceRemoval(context.document, ask), newText: '' };
  const insertion = insertSentenceEdit(target.range.end, askText);
  return { title: 'Move the ask after your introduction', edits: [removal, insertion], preferred: true };
}
