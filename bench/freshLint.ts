/**
 * Child process of the CLI benchmark: lints every template in a folder once, in a fresh process as the CLI does (no
 * warm caches, no warm JIT), and prints the milliseconds per template the lints took after the first (which loads the
 * language model, as the CLI's one-file run does), without loading or reading files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLint } from './ours';

const folder = process.argv[2]!;
const texts = readdirSync(folder).sort().map((name) => readFileSync(join(folder, name), 'utf8'));
const lint = bundledLint();
lint.lint(texts[0]!);
const started = performance.now();
for (const text of texts.slice(1)) lint.lint(text);
process.stdout.write(`${(performance.now() - started) / (texts.length - 1)}\n`);
