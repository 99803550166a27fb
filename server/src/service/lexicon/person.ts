/** Who a message talks about: first-person words (the sender) against second-person words (the recipient). */
import type { OutreachDocument, Word } from '../document';

const FIRST_PERSON = new Set(['i', 'i’m', 'i’ve', 'i’d', 'i’ll', 'me', 'my', 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', 'you’re', 'you’ve', 'you’d', 'you’ll', 'your', 'yours', 'yourself', 'yourselves']);

export interface PersonCounts {
  /** Words between the greeting and the sign-off. */
  words: number;
  firstPerson: number;
  /** `recipient.*` placeholders count as second person: they name the recipient. */
  secondPerson: number;
}

/** Counts over the words between the greeting and the sign-off (the `self-centered` rule and the summary share them). */
export function countPersons(document: OutreachDocument): PersonCounts {
  const words = bodyWords(document);
  let firstPerson = 0;
  let secondPerson = 0;
  for (const word of words) {
    if (word.placeholder) {
      if (word.placeholder.startsWith('recipient.')) secondPerson++;
      continue;
    }
    const normal = word.text.toLowerCase().replace(/'/g, '’');
    if (FIRST_PERSON.has(normal)) firstPerson++;
    else if (SECOND_PERSON.has(normal)) secondPerson++;
  }
  return { words: words.length, firstPerson, secondPerson };
}

function bodyWords(document: OutreachDocument): Word[] {
  const greeting = document.greetingLine !== undefined ? document.lines[document.greetingLine]?.range : undefined;
  const signOff = document.signOffLine !== undefined ? document.lines[document.signOffLine]?.range : undefined;
  return document.words.filter(
    (word) => !(greeting && word.range.start >= greeting.start && word.range.end <= greeting.end) && !(signOff && word.range.start >= signOff.start),
  );
}
