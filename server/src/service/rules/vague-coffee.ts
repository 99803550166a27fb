import { declarePlaceholders } from '../clauseFixes';
import { isRequest } from '../analysis';
import type { Sentence } from '../document';
import { findDurations } from '../lexicon/durations';
import { PURPOSE } from '../lexicon/logistics';
import { clauseSnippet } from '../phrases';
import type { Rule, RuleContext } from '../rule';
import type { Fix } from '../types';

const MAX_ALTERNATIVES = 3;
const SOMETIME = String.raw`(?:sometime|some time|someday|some day|one day|soon|one of these days|at some point)`;
/** An open-ended invitation that names neither a topic nor a length. */
const VAGUE_INVITATION = new RegExp(
  [
    String.raw`\blet['’]?s (?:do|grab|get|have) (?:a )?(?:coffee|drinks?|a drink)\b`,
    String.raw`\blet['’]?s (?:get together|meet up|meet for (?:a )?coffee)\b`,
    String.raw`\b(?:grab|get|do|have) (?:a )?coffee ${SOMETIME}\b`,
    String.raw`\b(?:meet up|get together|meet for (?:a )?coffee) ${SOMETIME}\b`,
    String.raw`\bwe should (?:grab|get|do) (?:a )?coffee\b`,
  ].join('|'),
  'i',
);

export const vagueCoffee: Rule = {
  meta: {
    id: 'vague-coffee',
    severity: 'warning',
    kinds: ['request'],
    description: 'The whole ask is an open-ended “let’s do coffee” with no topic and no length.',
    docs: {
      why:
        'A “let’s grab coffee sometime” puts all the work on the recipient: they must guess what you want, judge whether it is worth an hour of their day, offer times and pick a place. Busy people get many of these and can only turn them down. Saying what you would talk about and how long it would take turns the invitation into something they can answer.',
      worse: 'Let’s grab coffee sometime!',
      better: 'Would you have 15 minutes for a call next week? I would like to hear how you built the mentoring programme at your company.',
    },
    fixable: true,
    source: '000',
  },
  check(context) {
    const { analysis } = context;
    const vague = analysis.bodySentences.find((sentence) => VAGUE_INVITATION.test(sentence.text));
    if (!vague || analysis.bodySentences.some((sentence) => findDurations(sentence.text).length > 0) || statesPurpose(vague, analysis.bodySentences)) return;
    context.report({
      range: vague.range,
      message: 'An open-ended “let’s do coffee” leaves the recipient to guess what you want: say what you would talk about and for how long (e.g. 15 minutes).',
      fixes: concreteAskFixes(context, vague),
    });
  },
};

/** Whether the invitation, or any other ask in the message, says what the conversation would be about. */
function statesPurpose(vague: Sentence, sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => (sentence === vague || isRequest(sentence.text)) && PURPOSE.test(sentence.text));
}

/** Replaces the invitation with a time-limited ask followed by a purpose clause from the phrase library. */
function concreteAskFixes(context: RuleContext, vague: Sentence): Fix[] {
  const kind = context.document.frontMatter.kind;
  const timeLimit = context.phrases.inCategory('time-limit', kind)[0];
  if (!timeLimit) return [];
  return context.phrases
    .inCategory('purpose', kind)
    .slice(0, MAX_ALTERNATIVES)
    .map((purpose, index) => {
      const ask = `${timeLimit.text} ${purpose.text}`;
      return declarePlaceholders(context, {
        title: `Ask for ${timeLimit.label.toLowerCase()} with a purpose: “${purpose.label}”`,
        edits: [{ range: vague.range, newText: ask, snippet: clauseSnippet(ask) }],
        preferred: index === 0,
      });
    });
}
