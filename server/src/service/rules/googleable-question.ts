import { allQuestions } from '../lexicon/questions';
import { sourceText } from '../lexicon/value';
import type { Rule } from './rule';

const ORG_NOUN = String.raw`(?:company|firm|organi[sz]ation|org|startup|start-up|business|employer|agency|non-?profit|charity|foundation|studio|lab|laboratory|clinic|practice|institute|brand|group|co-?op|cooperative|shop|store|bakery|restaurant|caf[eé]|hospital|school|university|college|museum|gallery|theat(?:re|er)|publisher)`;
/** The organisation itself, or a placeholder standing for it (placeholders are runs of `x` in prose). */
const ORG = String.raw`(?:(?:your|the|this|that)\s+(?:current\s+|new\s+)?${ORG_NOUN}|(?:the\s+)?x+(?:\s+${ORG_NOUN})?)`;
const ORG_POSSESSIVE = String.raw`(?:(?:your|the|this)\s+${ORG_NOUN}'s|x+'s?)`;
/** In a clause after one that named the organisation, a pronoun stands for it ("When was the lab founded, and how many people work there?"). */
const ORG_AGAIN = String.raw`(?:${ORG}|it|they)`;
const ORG_POSSESSIVE_AGAIN = String.raw`(?:${ORG_POSSESSIVE}|its|their)`;
/** Filler that does not make the question any less public ("What does your company do exactly?"). */
const FILLER = String.raw`(?:\s+(?:exactly|currently|today|now|here|actually|these days|right now|nowadays|at the moment|in total|overall|roughly|approximately|so far|to date|worldwide|globally|altogether))?`;

/** What an organisation lists on its site as its offer: "which rooms does it run", "what tours does the museum offer". */
const OFFERINGS = String.raw`lines|ranges|collections|brands|models|titles|menus?|dishes|beers|wines|blends|flavou?rs|classes|tours|events|workshops|rooms|venues|packages|plans|games|apps|tools`;

/** How a trading business moves goods, which its site lists with the goods: "import", "export", "distribute", "supply". */
const TRADE_VERBS = String.raw`import|export|distribute|supply|wholesale|retail|trade|resell|stock`;

/** What a website, company page or press release states about an organisation, in a clause about it (`org`, `its`). */
function organisationFacts(org: string, its: string, there: boolean): string[] {
  const where = there ? String.raw`(?:(?:at|for|in)\s+${org}|there)` : String.raw`(?:at|for|in)\s+${org}`;
  return [
    // What it does, sells or offers.
    String.raw`what\s+(?:exactly\s+)?(?:does|do)\s+${org}\s+(?:actually\s+|exactly\s+|mainly\s+|primarily\s+|really\s+)?(?:do|make|sell|offer|build|produce|provide|manufacture|develop|ship|${TRADE_VERBS})`,
    String.raw`(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:products?|services?|solutions?|treatments?|programs?|programmes?|courses?|${OFFERINGS})\s+(?:does|do)\s+${org}\s+(?:currently\s+|now\s+|still\s+|mainly\s+)?(?:sell|offer|make|build|provide|produce|ship|run|stock|carry|operate|publish|${TRADE_VERBS})`,
    // Goods by any name, with a verb of trade that makes them goods: "which teas does it import", "what spares do they distribute".
    String.raw`(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?[a-z-]+s\s+(?:does|do)\s+${org}\s+(?:currently\s+|now\s+|still\s+|mainly\s+)?(?:${TRADE_VERBS})`,
    String.raw`what(?:'s|\s+is|\s+are)\s+${its}\s+(?:main\s+|core\s+|flagship\s+)?(?:products?|services?|line of business|mission(?:\s+statement)?|(?:annual\s+)?(?:revenue|turnover)|headcount|size|valuation)`,
    String.raw`who\s+(?:are|is)\s+${its}\s+(?:main\s+|biggest\s+|largest\s+|key\s+|typical\s+|target\s+)?(?:customers?|clients?|competitors?|investors?|funders?|backers?|founders?|co-?founders?|owners?|ceo|users?)`,
    String.raw`who\s+(?:buys|shops|orders)\s+from\s+${org}`,
    String.raw`who\s+(?:founded|co-?founded|started|set\s+up|created|owns|runs|leads|funds|backs|invested\s+in)\s+${org}`,
    // What it is charged with and who pays for it: the "about us" page, or its annual report.
    String.raw`what\s+(?:exactly\s+|actually\s+)?(?:is|are)\s+${org}\s+(?:actually\s+|exactly\s+|mainly\s+|legally\s+|officially\s+)?(?:responsible\s+for|in\s+charge\s+of|tasked\s+with)`,
    String.raw`how\s+(?:is|are)\s+${org}\s+(?:mainly\s+|mostly\s+|currently\s+|actually\s+)?(?:funded|financed)`,
    // When it started.
    String.raw`when\s+(?:was|were)\s+${org}\s+(?:first\s+|originally\s+)?(?:founded|started|established|launched|created|incorporated|set\s+up|opened|formed)`,
    String.raw`when\s+did\s+${org}\s+(?:first\s+)?(?:start|open|launch|begin|get\s+started|start\s+out)`,
    String.raw`(?:in\s+)?what\s+year\s+(?:was\s+${org}\s+(?:founded|started|established|launched|opened)|did\s+${org}\s+(?:start|open|launch))`,
    String.raw`how\s+old\s+is\s+${org}`,
    String.raw`how\s+long\s+has\s+${org}\s+been\s+(?:around|in\s+business|operating|in\s+operation|open)`,
    // How big it is.
    String.raw`how\s+many\s+(?:employees|people|staff|engineers|developers|researchers|scientists|nurses|doctors|offices|locations|branches|sites|stores|shops|clinics|countries|customers|clients|users|patients)\s+(?:does\s+${org}\s+(?:have|employ|serve)|(?:work|are\s+(?:there\s+)?|are\s+employed)\s*${where})`,
    String.raw`how\s+(?:big|large)\s+is\s+(?:${org}|${its}\s+(?:(?:annual\s+|yearly\s+)?(?:revenue|turnover)|headcount|workforce|customer\s+base))`,
    String.raw`how\s+much\s+(?:revenue|money|funding)\s+(?:does\s+${org}\s+(?:make|bring\s+in|earn|generate)|has\s+${org}\s+raised)`,
    // Where it is.
    // "Where are its branches?", "In which cities are the venues?" (after the organisation was named: "the" is its).
    String.raw`(?:where|(?:in\s+)?(?:which|what)\s+(?:cities|towns|countries|regions|states|neighbou?rhoods|parts\s+of\s+\w+))\s+(?:is|are)\s+(?:${org}\s+(?:located|based|headquartered)|${there ? `(?:${its}|the)` : its}\s+(?:main\s+|head\s+)?(?:office|offices|headquarters|hq|sites?|locations?|branches|venues?|stores|shops|studios|clinics|restaurants|outlets|factory|factories|plants?|mills?|warehouses?|depots?|farms?|labs?|laborator(?:y|ies)|workshops?|distribution\s+cent(?:re|er)s?)(?:\s+(?:located|based))?)`,
    String.raw`where\s+does\s+${org}\s+have\s+(?:its\s+|their\s+)?(?:offices|sites|locations|branches|factories|plants|mills|warehouses)`,
    // Where it makes things: "where does it manufacture", "where are its products made".
    String.raw`where\s+does\s+${org}\s+(?:manufacture|produce|make)(?:\s+(?:its|their)\s+products)?`,
  ];
}

/** Facts a website, company page or public profile states: what the organisation does, its size, age, place and people. */
const PUBLIC_FACTS: readonly string[] = [
  ...organisationFacts(ORG, ORG_POSSESSIVE, false),
  String.raw`what\s+does\s+(?:${ORG_POSSESSIVE}|your)\s+(?:main\s+)?(?:product|app|platform|tool|software)\s+do`,
  String.raw`what\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:products?|services?|solutions?)\s+do\s+you(?:\s+all|\s+guys)?\s+(?:sell|offer|make|build|provide|produce|ship)`,
  String.raw`what(?:'s|\s+is|\s+are)\s+your\s+(?:main\s+)?(?:products?|services?|line of business)`,
  String.raw`what\s+industry\s+is\s+${ORG}\s+in`,
  String.raw`when\s+did\s+(?:you|they)\s+(?:found|launch|start|set\s+up)\s+(?:your|the)\s+${ORG_NOUN}`,
  String.raw`where\s+(?:is|are)\s+your\s+(?:main\s+|head\s+)?(?:office|offices|headquarters|hq|factory|factories|plants?|warehouses?)(?:\s+(?:located|based))?`,
  String.raw`who(?:'s|\s+is)\s+(?:the|${ORG_POSSESSIVE})\s+(?:ceo|founder|cto|president)(?:\s+of\s+${ORG})?`,
  String.raw`who\s+are\s+(?:your|the\s+company's)\s+(?:main\s+|biggest\s+|key\s+)?(?:competitors|customers|clients|investors)`,
  // Their own profile: title, employer, education.
  String.raw`what(?:'s|\s+is)\s+your\s+(?:current\s+)?(?:job\s+)?(?:title|role|position)(?:\s+at\s+${ORG})?`,
  String.raw`(?:where|what\s+company)\s+do\s+you\s+(?:currently\s+)?work(?:\s+(?:at|for))?`,
  String.raw`where\s+did\s+you\s+(?:go\s+to\s+(?:school|college|university)|study|graduate\s+from)`,
  String.raw`what\s+did\s+you\s+(?:study|major\s+in)(?:\s+(?:in|at)\s+(?:college|school|university))?`,
  String.raw`how\s+long\s+have\s+you\s+(?:been\s+)?(?:worked|working)\s+(?:at|for)\s+${ORG}`,
];

const whole = (facts: readonly string[]): RegExp => new RegExp(String.raw`^(?:${facts.join('|')})${FILLER}\??$`, 'i');
/** A clause that asks a public fact on its own. */
const PUBLIC_FACT = whole(PUBLIC_FACTS);
/** A later clause, where "it", "its", "they" and "there" refer back to the organisation named before. */
const PUBLIC_FACT_AGAIN = whole(organisationFacts(ORG_AGAIN, ORG_POSSESSIVE_AGAIN, true));
/** Where a question joins a second question: "…, and who are its customers?" */
const CLAUSE_JOIN = /\s*(?:,\s*(?:and|or)?|;|\s(?:and|or))\s+(?=(?:(?:in|at|from|for|to|into)\s+)?(?:what|when|where|who|which|how)\b)/i;

/**
 * An organisation by its proper name after the first word ("What does the Rural Dental Trust do?", "Who founded Kestrel
 * Foods?"), a run of capitalised words, stands for it as a placeholder does. The match is case-sensitive: only the
 * capitals make it a name.
 */
const PROPER_NAME = /(?<=\s)(?:the\s+)?(?!I\b)(?:[A-Z][\w&.-]*\s+){0,4}(?!I\b)[A-Z][\w&.-]*/g;

function namesAsPlaceholders(text: string): string {
  return text.replace(PROPER_NAME, 'xxxx');
}

/**
 * True when every question the text joins asks a public fact. A question that adds something only the person
 * can answer ("When was the lab founded, and what made you join?") is left alone.
 */
export function asksPublicFacts(text: string): boolean {
  const clauses = namesAsPlaceholders(text.trim()).split(CLAUSE_JOIN);
  return clauses.every((clause, index) => PUBLIC_FACT.test(clause) || (index > 0 && (PUBLIC_FACT_AGAIN.test(clause) || ELIDED_PLACE.test(clause))));
}

/**
 * A follow-up with its verb left out, which asks only where the fact of the question before happens: "…, and from which
 * countries?", "…, and where?", "…, and to which markets?". It is as public as the clause it completes; "and why?" or
 * "and how did you choose them?" ask for judgment and are not.
 */
const ELIDED_PLACE = /^(?:(?:from|to|in|into)\s+)?(?:where|(?:which|what)\s+(?:countries|country|cities|city|regions?|markets?|states|towns|ports|continents|parts\s+of\s+the\s+world))\??$/i;

export const googleableQuestion: Rule = {
  meta: {
    id: 'googleable-question',
    severity: 'warning',
    kinds: ['questions'],
    description: 'A prepared question asks for facts their website or public profile already states.',
    docs: {
      why:
        'Asking what the company does, how big it is or where it is based spends minutes of a short chat on what you could read in five, and tells the other person you did not prepare. Look those facts up beforehand, then use the time for what only they can give: their experience, their judgment and their advice.',
      evidence:
        'Evidence is a question that asks only for such a fact about their organisation (named by type, by a placeholder or by its proper name; what it sells, imports or supplies, and from or to where) or their public profile; a question that adds their own experience is left alone.',
      worse: 'What does your company do?',
      better: 'Your company moved its support team to a four-day week last year. What changed for the engineers who work with support?',
    },
    fixable: false,
  },
  check(context) {
    for (const question of allQuestions(context.document)) {
      if (!asksPublicFacts(question.text)) continue;
      context.report({
        range: question.range,
        message: `“${sourceText(context.document, question.range)}” is answered by their website or public profile: look it up beforehand and ask about their experience or judgment instead.`,
      });
    }
  },
};
