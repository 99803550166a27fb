/** Who a message talks about: first-person words (the sender) against second-person words (the recipient). */
import { bodyTest } from '../language/analysis';
import type { OutreachDocument } from '../document/document';

const FIRST_PERSON = new Set(['i', 'i’m', 'i’ve', 'i’d', 'i’ll', 'me', 'my', 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', 'you’re', 'you’ve', 'you’d', 'you’ll', 'your', 'yours', 'yourself', 'yourselves']);
const LONGEST_PRONOUN = Math.max(...[...FIRST_PERSON, ...SECOND_PERSON].map((word) => word.length));
/** First letters of the pronouns, as lower-case character codes. */
const PRONOUN_INITIALS = new Set([...FIRST_PERSON, ...SECOND_PERSON].map((word) => word.charCodeAt(0)));

export interface PersonCounts {
  /** Words between the greeting and the sign-off. */
  words: number;
  firstPerson: number;
  /** `recipient.*` placeholders count as second person: they name the recipient. */
  secondPerson: number;
}

/** Counts over the words between the greeting and the sign-off (the `self-centered` rule and the summary share them). */
export function countPersons(document: OutreachDocument): PersonCounts {
  const { starts, ends, placeholders } = document.wordSpans;
  const inBody = bodyTest(document);
  // Placeholder words in word order, walked alongside the words (a lookup per word would cost more than the count).
  const placeholderWords = [...placeholders];
  let nextPlaceholder = 0;
  let words = 0;
  let firstPerson = 0;
  let secondPerson = 0;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    const end = ends[index]!;
    const placeholder = placeholderWords[nextPlaceholder]?.[0] === index ? placeholderWords[nextPlaceholder++]![1] : undefined;
    if (!inBody(start, end)) continue;
    words++;
    if (placeholder) {
      if (placeholder.startsWith('recipient.')) secondPerson++;
      continue;
    }
    // Every pronoun starts with i, m or y, and lower-casing never shortens a word: most words need no copy to rule out.
    if (end - start > LONGEST_PRONOUN || !PRONOUN_INITIALS.has(document.prose.charCodeAt(start) | 32)) continue;
    const normal = document.prose.slice(start, end).toLowerCase().replace(/'/g, '’');
    if (FIRST_PERSON.has(normal)) firstPerson++;
    else if (SECOND_PERSON.has(normal)) secondPerson++;
  }
  return { words, firstPerson, secondPerson };
}
