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
/** Something two people have together when they "grab" it: a coffee, a soda, a pint, a bite. */
const TREAT = String.raw`(?:(?:a|an|some) )?(?:(?:quick|cold|hot|cheap|little) )?(?:coffees?|teas?|cuppas?|drinks?|beers?|pints?|sodas?|pops?|cokes?|juices?|smoothies?|milkshakes?|shakes|boba|lemonades?|ice creams?|donuts?|doughnuts?|tacos?|burgers?|pizzas?|slices?|snacks?|bites?(?: to eat)?|brews?|breakfast|brunch|lunch|dinner)`;
/** The two of them, put forward as a plan: "let's", "we should", "we could", "we must", "we gotta". */
const LETS = String.raw`(?:let['’]?s|we (?:should|could|must|ought to|gotta|need to|have to))`;
/** An open-ended invitation that names neither a topic nor a length. */
const VAGUE_INVITATION = new RegExp(
  [
    String.raw`\b${LETS} (?:(?:totally|definitely|really|just|all) )?(?:do|grab|get|have|go for|split|share) ${TREAT}\b`,
    String.raw`\b${LETS} (?:(?:totally|definitely|really|just) )?(?:get together|meet up|hang out|meet for ${TREAT})\b`,
    String.raw`\b(?:grab|get|do|have|go for) ${TREAT} ${SOMETIME}\b`,
    String.raw`\b(?:meet up|get together|hang out|meet for ${TREAT}) ${SOMETIME}\b`,
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
        'A “let’s grab coffee sometime” puts all the work on the recipient: they must guess what you want, judge whether it is worth an hour of their day, offer times and pick a place. Busy people get many of these and can only turn them down. Saying what you would talk about and how long it would take turns the invitation into something they can answer. Evidence is a plan put to them as “let’s” or “we should” to grab a drink or a bite, get together or meet up (sometime), with no length and no topic anywhere in the ask.',
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
