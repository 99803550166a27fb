import { declarePlaceholders } from '../fixes/clauseFixes';
import { isRequest } from '../language/analysis';
import type { OutreachDocument, Placeholder, Sentence } from '../document/document';
import { CLOCK_TIME, isInPersonOnly, isTimeZonePlaceholder, namesTimeZone, setsZoneForMessage, zoneFollows } from '../lexicon/logistics';
import { bodyProse } from '../lexicon/value';
import { oncePer } from '../language/oncePer';
import { itemsWithin } from '../document/ranges';
import type { Rule, RuleContext } from './rule';

const TIME_ZONE_PATH = 'sender.timezone';
/** Words that make a clock time part of a proposal or an availability, not a past event. */
/**
 * The message says the two are in the same place: "I'm just around the corner", "we're both in Leeds", "two streets
 * away", "also based in", "the same town", "nearby", "local". Saying where the meeting is ("near your studio") does not:
 * the sender may be travelling from another zone.
 */
const SAME_PLACE =
  /\b(?:(?:we(?:['’]re| are)|we(?:['’]re| are) both|both of us are) (?:both )?(?:in|based|local|near|from)|(?:also|too) (?:based |living |working )?(?:in|near)|(?:i|we) (?:also )?(?:live|work|am based|['’]m based|are based) (?:nearby|locally|close by|near you|round the corner|around the corner|(?:just )?(?:down|up) the (?:road|street|hall))|(?:the )?same (?:city|town|village|neighbou?rhood|area|building|street|campus|block|part of town)|(?:a|one|two|three|a few|\d+) (?:streets?|blocks?|doors?|minutes?(?:['’])? walk) (?:away|from (?:you|your))|(?:just |right )?(?:a?round|down) the (?:corner|road|street) from (?:you|your)|(?:i|we)(?:['’]m|['’]re| am| are) (?:just |right )?(?:a?round the corner|down the (?:road|street)|nearby|local|close by|next door)|neighbou?rs?\b)/i;
const AVAILABILITY = /\b(?:free|available|open|works?|suits?|after|before|between|until|from|around|how about|or)\b/i;

export const timezone: Rule = {
  meta: {
    id: 'timezone',
    severity: 'info',
    kinds: ['request'],
    description: 'A proposed clock time has no time zone.',
    docs: {
      why:
        'Outreach often crosses cities and countries, and “4 pm” means a different moment to each side. A missed or doubled-up meeting costs the recipient more of the time you were trying to save. Naming your time zone next to every proposed time removes the guesswork.',
      evidence:
        'Any form counts as a time zone: an abbreviation or UTC offset, a region word (“Pacific”), “your time”, a city’s, country’s or region’s time (“Lisbon time”, “East Africa Time”), or a time-zone placeholder, next to the time or in a sentence that sets the zone for the whole message (“all times are CET”); an in-person meeting between two who say they are near each other (“I’m just around the corner”) needs none.',
      worse: 'Would Tuesday at 4 pm work for a quick call?',
      better: 'Would Tuesday at 4 pm ET work for a quick call?',
    },
    fixable: true,
  },
  check(context) {
    // Two people meeting in person who say they are near each other share a clock; one who writes from elsewhere may not.
    const prose = bodyProse(context.analysis.bodySentences);
    if (isInPersonOnly(prose) && SAME_PLACE.test(prose)) return;
    const zone = timeZonePlaceholder(context);
    const sentences = context.analysis.bodySentences;
    for (const sentence of sentences) {
      if (!proposesTimes(sentence) || hasTimeZone(context, sentence)) continue;
      // "All times are Eastern" or "I'm on Singapore time" elsewhere in the message covers every time in it.
      if (sentences.some((other) => other !== sentence && setsZoneForMessage(other.text))) return;
      for (const match of sentence.text.matchAll(CLOCK_TIME)) {
        const start = sentence.range.start + (match.index ?? 0);
        const end = start + match[0].length;
        // "2 p.m. Singapore time": the zone follows, even where "p.m." was read as the end of a sentence.
        if (zoneFollows(context.document.prose.slice(end, end + 40))) continue;
        context.report({
          range: { start, end },
          message: `Add your time zone after “${match[0]}” so the recipient knows which ${match[0]} you mean.`,
          fixes: [
            // Declares the variable when it is new; then the fix is not safe, as its sample needs the author's zone.
            declarePlaceholders(context, {
              title: 'Add your time zone',
              edits: [{ range: { start: end, end }, newText: ` {{${zone.path}}}` }],
              safe: zone.declared,
              preferred: true,
            }),
          ],
        });
      }
    }
  },
};

/**
 * The declared time-zone variable, else `sender.timezone`. Inserting an undeclared one is not a safe fix: it would
 * create an unknown-variable finding whose own fix could rename it away.
 */
function timeZonePlaceholder(context: RuleContext): { path: string; declared: boolean } {
  const variables = context.document.frontMatter.variables;
  if (!variables) return { path: TIME_ZONE_PATH, declared: true };
  const declared = [...variables.keys()].find((path) => isTimeZonePlaceholder(path));
  return declared ? { path: declared, declared: true } : { path: TIME_ZONE_PATH, declared: false };
}

function proposesTimes(sentence: Sentence): boolean {
  return sentence.text.search(CLOCK_TIME) >= 0 && (isRequest(sentence.text) || AVAILABILITY.test(sentence.text));
}

function hasTimeZone(context: RuleContext, sentence: Sentence): boolean {
  return namesTimeZone(sentence.text) || itemsWithin(placeholdersByStart(context.document), sentence.range).some((placeholder) => isTimeZonePlaceholder(placeholder.path));
}

/** The document's placeholders sorted by start, for lookups by sentence. */
const placeholdersByStart = oncePer((document: OutreachDocument): Placeholder[] => [...document.placeholders].sort((a, b) => a.range.start - b.range.start));
