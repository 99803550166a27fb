import type { OffsetRange } from '../types';

/** True when `offset` falls between the halves of a surrogate pair or of a CRLF: not a place a range may start or end. */
export function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** The range widened to whole characters (parsers point at single UTF-16 units, which may be half an emoji or a CRLF). */
export function wholeCharacters(text: string, range: OffsetRange): OffsetRange {
  return {
    start: splitsCharacter(text, range.start) ? range.start - 1 : range.start,
    end: splitsCharacter(text, range.end) ? range.end + 1 : range.end,
  };
}

/** `offset`, or one less when it would split a surrogate pair or a CRLF. */
export function characterStart(text: string, offset: number): number {
  return splitsCharacter(text, offset) ? offset - 1 : offset;
}

/** The line break for new lines in `text`: CRLF when the text already uses it, else LF. */
export function lineBreakOf(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
