/** The prose mask: the text as the reader sees it, with tags blanked and rendered placeholders filled, at the same offsets. */
import type { Placeholder } from './document';
import type { OffsetRange } from '../types';

const PLACEHOLDER_FILL = 'x';

export function maskProse(text: string, bodyStart: number, tags: OffsetRange[], placeholders: Placeholder[]): string {
  const rendered = new Map(placeholders.filter((placeholder) => placeholder.renders).map((placeholder) => [placeholder.range.start, placeholder.range.end]));
  const spans = [{ start: 0, end: bodyStart }, ...tags];
  let prose = '';
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    prose += text.slice(cursor, start);
    prose += rendered.get(span.start) === span.end ? PLACEHOLDER_FILL.repeat(span.end - start) : blank(text.slice(start, span.end));
    cursor = span.end;
  }
  prose += text.slice(cursor);
  return prose.startsWith('\uFEFF') ? ` ${prose.slice(1)}` : prose;
}

/** Spaces in place of everything but line breaks (a run at a time: per character is twice as slow on a large front matter). */
function blank(text: string): string {
  return text.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}
