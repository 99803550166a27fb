/** The linters a writer might otherwise run, loaded from bench/node_modules, each behind the same `lint(text)` shape. */

export interface PeerLinter {
  name: string;
  /** Milliseconds it took to become ready (WASM compile, dictionaries). */
  loadMs: number;
  /** Returns the number of findings, so the work cannot be optimised away. */
  lint(text: string): Promise<number> | number;
}

// Sixty phrases an etiquette checker looks for, in one alternation: the cheapest possible pass over the text.
const FLOOR_PHRASES = [
  'pick your brain', "let's do coffee", 'grab coffee', 'get together', 'meet up sometime', 'just following up', 'bumping this',
  'circling back', 'did you get my last email', 'checking in', 'are you hiring', 'refer me', 'referral', 'put in a good word',
  'recommend me', 'meet halfway', 'somewhere in the middle', 'come to my office', 'let me know when', 'when works for you',
  'whenever suits you', 'tell me about', 'learn more about', 'what does your company do', 'an hour', 'lunch', 'dinner',
  'an afternoon', 'quick question', 'i admire your work', 'no pressure', 'minutes', 'phone', 'video', 'in person',
  'any day', 'whatever is easiest', 'i can come to you', 'your talk', 'your article', 'your post', 'your project',
  'too busy', 'not able to', 'happy to share', 'in return', 'when you mentioned', 'your advice', 'another meeting',
  'keep in touch', 'job', 'opening', 'position', 'hire', 'consulting', 'review my', 'feedback on', 'introduce me',
  'connect me', 'todo',
];

export function regexFloor(): PeerLinter {
  const pattern = new RegExp(`\\b(?:${FLOOR_PHRASES.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "'" : `\\${c}`))).join('|')})\\b`, 'gi');
  return { name: 'regex floor (60 phrases)', loadMs: 0, lint: (text) => text.match(pattern)?.length ?? 0 };
}

export async function harper(): Promise<PeerLinter> {
  const started = performance.now();
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  await linter.lint('Warm up the dictionary.');
  return { name: 'harper.js', loadMs: performance.now() - started, lint: async (text) => (await linter.lint(text)).length };
}

export async function alex(): Promise<PeerLinter> {
  const started = performance.now();
  const { text: alexText } = await import('alex');
  alexText('Warm up.');
  return { name: 'alex', loadMs: performance.now() - started, lint: (text) => alexText(text).messages.length };
}

export async function writeGood(): Promise<PeerLinter> {
  const started = performance.now();
  const { default: check } = await import('write-good');
  check('Warm up.');
  return { name: 'write-good', loadMs: performance.now() - started, lint: (text) => check(text).length };
}
