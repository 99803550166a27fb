import { characterStart } from '../document/characters';
import { LARGE_DOCUMENT_CHARS, MAX_TEMPLATE_TAGS, type OutreachDocument } from '../document/document';
import type { Rule } from './rule';
import type { OffsetRange } from '../types';

/** The finding covers at most this much of the first line (a 10 MB single line should not be underlined whole). */
const ANCHOR_CHARS = 80;

export const tooLarge: Rule = {
  meta: {
    id: 'too-large',
    severity: 'info',
    kinds: 'all',
    description: `The file is over ${LARGE_DOCUMENT_CHARS.toLocaleString('en-US')} characters or holds over ${MAX_TEMPLATE_TAGS.toLocaleString('en-US')} \`{{…}}\` tags, so only the hygiene checks ran on it.`,
    docs: {
      why:
        'An outreach email is a few hundred words; a file thousands of times that size is a paste gone wrong or a generated dump, not a message anyone will read. Checking its prose would keep the editor busy for seconds on every keystroke, so past the limit only the cheap checks run (front matter, leftover scaffolding, variables, suppressions) and this note says what was skipped.',
      better: 'One template per message, each a few short paragraphs long.',
    },
    fixable: false,
  },
  check(context) {
    const { document } = context;
    if (!document.large) return;
    const size =
      document.large === 'characters'
        ? `is ${document.text.length.toLocaleString('en-US')} characters long, over the ${LARGE_DOCUMENT_CHARS.toLocaleString('en-US')}`
        : `holds over ${MAX_TEMPLATE_TAGS.toLocaleString('en-US')} \`{{…}}\` tags, more than`;
    context.report({
      range: firstLineStart(document),
      message: `This file ${size} a full check handles: the etiquette rules, the Handlebars syntax check and the empty-render check were skipped to keep the editor responsive. Split it into one template per message.`,
    });
  },
};

/** The start of the first line, cut short and never inside a surrogate pair. */
function firstLineStart(document: OutreachDocument): OffsetRange {
  const { text } = document;
  const lineEnd = text.slice(0, ANCHOR_CHARS).search(/[\r\n]/);
  return { start: 0, end: characterStart(text, lineEnd < 0 ? Math.min(ANCHOR_CHARS, text.length) : lineEnd) };
}
