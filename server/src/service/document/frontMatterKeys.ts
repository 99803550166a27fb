/** What each front-matter key means and which values it takes: the one table of keys, for the parser's known keys, hover and completions. */
import { CONSENTS, RELATIONSHIPS, SENIORITIES, TEMPLATE_KINDS, type OffsetRange } from '../types';

export interface FrontMatterKeyDoc {
  key: string;
  /** Set for keys nested under another key (`recipient.seniority`). */
  parent?: 'recipient' | 'data';
  /** One line, for completion lists. */
  summary: string;
  /** What the linter does with it, for hover. */
  details: string;
  values?: readonly string[];
  defaultValue?: string;
  /** Set for keys whose value is a map of further keys, written on the lines below. */
  map?: true;
}

export const FRONT_MATTER_KEYS: readonly FrontMatterKeyDoc[] = [
  {
    key: 'kind',
    summary: `What the message is: ${TEMPLATE_KINDS.join(', ')}.`,
    details: 'Chooses which rules apply and which clauses completions offer: a thank-you note is judged differently from a meeting request.',
    values: TEMPLATE_KINDS,
    defaultValue: 'request',
  },
  {
    key: 'subject',
    summary: 'The email subject line (placeholders allowed).',
    details:
      'Checked for being specific and short enough to read in an inbox, after filling its placeholders with their sample values. Declines and follow-ups may leave it out to reply in their thread.',
  },
  {
    key: 'relationship',
    summary: `How well you know the recipient: ${RELATIONSHIPS.join(', ')}.`,
    details: 'A cold message to a stranger is held to a stricter standard: no referral or job asks, and more care before asking for a meeting.',
    values: RELATIONSHIPS,
    defaultValue: 'cold',
  },
  {
    key: 'recipient',
    summary: 'Facts about the recipient: seniority, sellsAdvice.',
    map: true,
    details: 'A map with `seniority` and `sellsAdvice`: who you are writing to changes what a considerate ask looks like.',
  },
  {
    key: 'seniority',
    parent: 'recipient',
    summary: `${SENIORITIES.join(', ')}.`,
    details: 'Senior people, executives and well-known people need an easy way to say no; executives and influencers are better met at an event they already attend.',
    values: SENIORITIES,
  },
  {
    key: 'sellsAdvice',
    parent: 'recipient',
    summary: 'true when the recipient earns a living from advice (consultant, coach).',
    details: 'Asking a consultant or coach for free advice asks for their paid work: with `true`, the linter suggests offering to pay for a session.',
    values: ['true', 'false'],
    defaultValue: 'false',
  },
  {
    key: 'consent',
    summary: `Introductions only: whether both sides agreed to the introduction (${CONSENTS.join(', ')}).`,
    details: 'Record that you asked the busy person before introducing them (`asked`) or that they said yes (`granted`); `none` means the introduction would come as a surprise.',
    values: CONSENTS,
  },
  {
    key: 'variables',
    summary: 'Every placeholder the body uses, with a sample value.',
    map: true,
    details:
      'A map from placeholder path (`recipient.firstName`) to a sample value. Samples fill the preview and the subject-length check; a placeholder that is not declared, or a declared one never used, is reported.',
  },
  {
    key: 'data',
    summary: 'The contact list the template is sent to, and how it fills the placeholders: file, columns.',
    map: true,
    details:
      'The template is rendered for every contact of the list and each one it breaks is reported: in the editor on open, on save and when the list changes, and by `outreach-lint` (`--data contacts.csv` names a list on the command line). `data: ./contacts.csv` is short for `data: { file: ./contacts.csv }`. A column whose header is a placeholder path (`recipient.firstName`) fills it as it is; `columns` maps the others.',
  },
  {
    key: 'file',
    parent: 'data',
    summary: 'The contact list (CSV or a JSON array), relative to the template: ./contacts.csv.',
    details: 'A CSV file (comma or semicolon, as spreadsheets export it) or a `.json` array of objects, one per contact, its path relative to the template. The editor checks the template against it and the preview can show the message as each contact reads it.',
  },
  {
    key: 'columns',
    parent: 'data',
    summary: 'A map from a column header to the placeholder it fills ("First Name": recipient.firstName).',
    map: true,
    details: 'For contact lists whose headers are not placeholder paths, as spreadsheets, CRMs and LinkedIn export them: `"First Name": recipient.firstName` fills `{{recipient.firstName}}` from the column “First Name”.',
  },
];

/** The documentation of `key` written at the top level (`parent` undefined) or under `parent`. */
export function frontMatterKeyDoc(key: string, parent: string | undefined): FrontMatterKeyDoc | undefined {
  return FRONT_MATTER_KEYS.find((doc) => doc.key === key && doc.parent === parent);
}

/** The key of the nearest line above `lineStart` with less indentation than `indentation` (within the front matter). */
export function parentKey(text: string, lineStart: number, indentation: number, contentStart: number): string | undefined {
  const lines = text.slice(contentStart, lineStart).split(/\r?\n|\r/).reverse();
  for (const line of lines) {
    const match = /^([ \t]*)([\w.-]+):/.exec(line);
    if (match && (match[1] ?? '').length < indentation) return match[2];
  }
  return undefined;
}

export interface KeyAtOffset {
  key: string;
  parent?: string;
  range: OffsetRange;
}

/** The `key:` whose name covers `offset` inside the front matter's YAML, with the key it is nested under. */
export function frontMatterKeyAt(text: string, contentRange: OffsetRange, offset: number): KeyAtOffset | undefined {
  if (offset < contentRange.start || offset > contentRange.end) return undefined;
  const lineStart = Math.max(contentRange.start, text.lastIndexOf('\n', offset - 1) + 1);
  const match = /^([ \t]*)([\w.-]+)[ \t]*:/.exec(text.slice(lineStart, contentRange.end));
  if (!match) return undefined;
  const indentation = (match[1] ?? '').length;
  const key = match[2] ?? '';
  const start = lineStart + indentation;
  if (offset < start || offset > start + key.length) return undefined;
  const parent = indentation > 0 ? parentKey(text, lineStart, indentation, contentRange.start) : undefined;
  return { key, parent, range: { start, end: start + key.length } };
}
