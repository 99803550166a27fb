import { allQuestions } from '../lexicon/questions';
import { sourceText } from '../lexicon/value';
import type { Rule } from '../rule';

const ORG_NOUN = String.raw`(?:company|firm|organi[sz]ation|org|startup|business|employer|agency|non-?profit|studio)`;
/** The organisation itself, or a placeholder standing for it (placeholders are runs of `x` in prose). */
const ORG = String.raw`(?:(?:your|the|this|that)\s+(?:current\s+|new\s+)?${ORG_NOUN}|x+)`;
const ORG_POSSESSIVE = String.raw`(?:(?:your|the|this)\s+${ORG_NOUN}'s|x+'s?)`;
/** Filler that does not make the question any less public ("What does your company do exactly?"). */
const FILLER = String.raw`(?:\s+(?:exactly|currently|today|now|here|actually|these days|right now|nowadays))?`;

/** Facts a website, company page or public profile states: what the organisation does, its size, age, place and people. */
const PUBLIC_FACTS: readonly RegExp[] = [
  // What it does or sells.
  String.raw`what\s+(?:exactly\s+)?(?:does|do)\s+${ORG}\s+(?:actually\s+|exactly\s+)?(?:do|make|sell|offer|build|produce|provide)`,
  String.raw`what\s+does\s+(?:${ORG_POSSESSIVE}|your)\s+(?:main\s+)?(?:product|app|platform|tool|software)\s+do`,
  String.raw`what\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:products?|services?|solutions?)\s+(?:does\s+${ORG}|do\s+you(?:\s+all|\s+guys)?)\s+(?:sell|offer|make|build|provide|produce|ship)`,
  String.raw`what(?:'s|\s+is|\s+are)\s+(?:${ORG_POSSESSIVE}|your)\s+(?:main\s+)?(?:products?|services?|line of business)`,
  String.raw`what(?:'s|\s+is)\s+${ORG_POSSESSIVE}\s+mission(?:\s+statement)?`,
  String.raw`what\s+industry\s+is\s+${ORG}\s+in`,
  // When it started.
  String.raw`when\s+(?:was|were)\s+${ORG}\s+(?:first\s+)?(?:founded|started|established|launched|created|incorporated|set\s+up)`,
  String.raw`when\s+did\s+(?:you|they)\s+(?:found|launch|start|set\s+up)\s+(?:your|the)\s+${ORG_NOUN}`,
  String.raw`how\s+old\s+is\s+${ORG}`,
  String.raw`how\s+long\s+has\s+${ORG}\s+been\s+(?:around|in\s+business|operating|in\s+operation)`,
  // How big it is.
  String.raw`how\s+many\s+(?:employees|people|staff|engineers|developers|offices|locations|customers|clients|users)\s+(?:does\s+${ORG}\s+(?:have|employ)|work\s+(?:at|for)\s+${ORG}|are\s+(?:there\s+)?(?:at|in)\s+${ORG})`,
  String.raw`how\s+(?:big|large)\s+is\s+${ORG}`,
  String.raw`what(?:'s|\s+is)\s+(?:the\s+(?:size|headcount|revenue)\s+of\s+${ORG}|${ORG_POSSESSIVE}\s+(?:size|headcount|revenue))`,
  // Where it is.
  String.raw`where\s+(?:is|are)\s+(?:${ORG}\s+(?:located|based|headquartered)|(?:your|the|${ORG_POSSESSIVE})\s+(?:main\s+|head\s+)?(?:office|offices|headquarters|hq)(?:\s+(?:located|based))?)`,
  // Who runs it, who buys from it.
  String.raw`who\s+(?:founded|started|runs|owns|leads)\s+${ORG}`,
  String.raw`who(?:'s|\s+is)\s+(?:the|${ORG_POSSESSIVE})\s+(?:ceo|founder|cto|president)(?:\s+of\s+${ORG})?`,
  String.raw`who\s+are\s+(?:your|the\s+company's|${ORG_POSSESSIVE})\s+(?:main\s+|biggest\s+|key\s+)?(?:competitors|customers|clients|investors)`,
  // Their own profile: title, employer, education.
  String.raw`what(?:'s|\s+is)\s+your\s+(?:current\s+)?(?:job\s+)?(?:title|role|position)(?:\s+at\s+${ORG})?`,
  String.raw`(?:where|what\s+company)\s+do\s+you\s+(?:currently\s+)?work(?:\s+(?:at|for))?`,
  String.raw`where\s+did\s+you\s+(?:go\s+to\s+(?:school|college|university)|study|graduate\s+from)`,
  String.raw`what\s+did\s+you\s+(?:study|major\s+in)(?:\s+(?:in|at)\s+(?:college|school|university))?`,
  String.raw`how\s+long\s+have\s+you\s+(?:been\s+)?(?:worked|working)\s+(?:at|for)\s+${ORG}`,
].map((fact) => new RegExp(String.raw`^${fact}${FILLER}\?$`, 'i'));

export const googleableQuestion: Rule = {
  meta: {
    id: 'googleable-question',
    severity: 'warning',
    kinds: ['questions'],
    description: 'A prepared question asks for facts their website or public profile already states.',
    docs: {
      why:
        'Asking what the company does, how big it is or where it is based spends minutes of a short chat on what you could read in five, and tells the other person you did not prepare. Look those facts up beforehand, then use the time for what only they can give: their experience, their judgment and their advice.',
      worse: 'What does your company do?',
      better: 'Your company moved its support team to a four-day week last year. What changed for the engineers who work with support?',
    },
    fixable: false,
    source: '004, 001 §3',
  },
  check(context) {
    for (const question of allQuestions(context.document)) {
      if (!PUBLIC_FACTS.some((fact) => fact.test(question.text))) continue;
      context.report({
        range: question.range,
        message: `“${sourceText(context.document, question.range)}” is answered by their website or public profile: look it up beforehand and ask about their experience or judgment instead.`,
      });
    }
  },
};
