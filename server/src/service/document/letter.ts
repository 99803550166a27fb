/** The frame of a letter: its greeting line and its sign-off line. */
import type { BodyLine } from './document';

// Honorifics ("Dear Dr. Ortiz,") are the one place a greeting may hold a period.
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hiya|howdy)\b(?:\b(?:mr|mrs|ms|mx|dr|prof)\.|[^.?]){0,60}[,!:—-]?\s*$/i;
const SIGN_OFF = /^\s*(?:thanks?(?: you)?(?: so much| again| in advance| very much)?|many thanks|best(?: regards| wishes)?|all the best|kind(?:est)? regards|warm(?:est)? regards|regards|cheers|sincerely(?: yours)?|yours(?: truly| sincerely)?|respectfully|talk soon|take care|with gratitude|gratefully|warmly|thank you)\s*[,.!—-]?\s*$/i;

/**
 * A greeting or sign-off in any language has the same shape: a line of one to four words ending in a comma ("Moi
 * {{recipient.firstName}},", "Dobrý den,", "Grazie,", "Klem,"), before the message or after it.
 */
const SHORT_ADDRESS = /^\s*[^\s.?!:;]+(?:[ \t]+[^\s.?!:;]+){0,3}\s*,\s*$/u;

export function findGreeting(lines: BodyLine[]): number | undefined {
  const first = lines[0];
  return first && (GREETING.test(first.text) || (SHORT_ADDRESS.test(first.text) && lines.length > 1)) ? 0 : undefined;
}

export function findSignOff(lines: BodyLine[], greetingLine: number | undefined): number | undefined {
  // Look only near the end: a sign-off is followed by at most a few short lines (name, title, contact).
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - 5); index--) {
    if (index === greetingLine) break;
    if (SIGN_OFF.test(lines[index]!.text)) return index;
  }
  // Then a short closing word with a comma, followed only by the name (one or two short lines).
  for (let index = lines.length - 2; index >= Math.max(0, lines.length - 3); index--) {
    if (index === greetingLine || index === 0) break;
    const after = lines.slice(index + 1);
    if (SHORT_ADDRESS.test(lines[index]!.text) && lines[index]!.text.trim().split(/\s+/).length <= 2 && after.every((line) => line.text.trim().length <= 40)) return index;
  }
  return undefined;
}
