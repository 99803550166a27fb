/**
 * Hostile inputs that once froze the linter, found by the property tests and the protocol fuzzer, each built at a
 * scale: the bench times each at half and at full size (its growth should be linear), and
 * test/unit/hostileInput.test.ts checks at full size that each is handled, by its bounded path where it has one.
 */
const request = (body: string): string => `---\nkind: request\n---\n${body}`;

export interface HostileInput {
  name: string;
  text(scale: number): string;
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // 8 minutes before its fix: the word segmenter got the run in one piece.
  { name: 'a run of 150,000 emoji with no space', text: (scale) => request('😀'.repeat(150_000 * scale)) },
  // The fallback tag scan restarted at each one.
  { name: '4,000 unclosed {{', text: (scale) => request(`Hi there, ${'{{'.repeat(4_000 * scale)}`) },
  { name: '150,000 unclosed {{', text: (scale) => request(`Hi there, ${'{{'.repeat(150_000 * scale)}`) },
  { name: '40,000 unclosed block tags', text: (scale) => request('{{#if a '.repeat(40_000 * scale)) },
  { name: '30,000 unclosed comments', text: (scale) => request('{{!-- a }} '.repeat(30_000 * scale)) },
  // yaml compared each key with every earlier one.
  {
    name: 'a front matter of 9,000 keys',
    text: (scale) => `---\nkind: request\n${Array.from({ length: 9_000 * scale }, (_, index) => `k${index}: v`).join('\n')}\n---\nHi there,`,
  },
];
