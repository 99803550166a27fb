/** Runs the built CLI (dist/cli.js) in a child process, on templates written to a fresh temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** stdout and stderr are pipes, so the CLI sees no terminal; `input` is its stdin, `env` changes its environment. */
export function run(args: string[], cwd = ROOT, options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const env = options.env ?? { ...process.env, NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, input: options.input ?? '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function workspace(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'outreach-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

/** A request whose only problems are the missing meeting length (line 8, fixable) and format flexibility. */
export const NO_DURATION = `---
kind: request
subject: Your talk on onboarding remote designers
---
Hi Ana,

I lead a small design team and we copied the pairing rota from your onboarding talk last spring.
Could we get on a call next week so I can share what happened when we tried it?

Thanks,
Jo
`;

/** A draft with findings at several severities: a leftover slot (error), a generic subject (warning), flexibility (info), … */
export const FLAWED_DRAFT = `---
kind: request
subject: Quick question
---
Hi [Name],

I would love to pick your brain sometime.

Thanks,
Sam
`;
