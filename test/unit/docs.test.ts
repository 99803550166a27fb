/** The documentation as shipped: a short Marketplace README, and every relative link and anchor in the docs resolves. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const MARKDOWN = [
  'README.md',
  'bench/README.md',
  ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ...readdirSync(join(ROOT, 'docs/rules')).map((name) => `docs/rules/${name}`),
];

const withoutCode = (text: string): string => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => heading!.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
}

describe('documentation', () => {
  it('keeps the Marketplace README under 12 KB', () => {
    const size = statSync(join(ROOT, 'README.md')).size;
    assert.ok(size < 12 * 1024, `README.md is ${size} bytes`);
  });

  it('keeps the README quick start at two commands', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '';
    assert.deepEqual(quickStart.trim().split('\n').map((line) => line.split('#')[0]!.trim()), ['npm ci && npm start', 'npm test']);
  });

  for (const file of MARKDOWN) {
    it(`${file}: every relative link and anchor resolves`, () => {
      const broken: string[] = [];
      for (const [, link] of withoutCode(readFileSync(join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(link!)) continue;
        const [path, anchor] = link!.split('#') as [string, string | undefined];
        const target = path ? normalize(join(dirname(file), path)) : file;
        if (!existsSync(join(ROOT, target))) broken.push(`${link} (no such file)`);
        else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor)) broken.push(`${link} (no such heading)`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
