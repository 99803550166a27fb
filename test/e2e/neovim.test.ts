/**
 * The language server in another editor: headless Neovim (0.7 or later) runs `dist/server.js --stdio` through its built-in
 * LSP client, configured and driven by test/e2e/neovim/init.lua, which writes what it saw as JSON. One Neovim run, one
 * test per check. Needs `npm run build` first and `nvim` on PATH (or NVIM_BIN).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const NEOVIM_DIR = join(__dirname, 'neovim');
const INIT = join(NEOVIM_DIR, 'init.lua');
const FIXTURE = join(NEOVIM_DIR, 'fixtures', 'coffee.outreach.hbs');
const NVIM = process.env.NVIM_BIN ?? 'nvim';
/** init.lua gives up (and quits with :cq) after this; the test kills Neovim if even that does not happen. */
const NVIM_GUARD_MS = 20_000;
const KILL_AFTER_MS = 30_000;

interface Check {
  name: string;
  ok: boolean;
  error?: string;
  detail?: unknown;
}

interface Results {
  nvim?: string;
  error?: string;
  lspLog?: string;
  checks: Check[];
  serverLog: string[];
  published: { version?: number; codes: string[] }[];
}

interface Run {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  results?: Results;
  resultsProblem?: string;
}

function requireNeovim(): void {
  const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`Neovim is not available as \`${NVIM}\` (${probe.error?.message ?? `exit ${probe.status}`}): install Neovim 0.7 or later (Debian: \`apt-get install neovim\`) or set NVIM_BIN.`);
  }
}

function runNeovim(workspace: string, template: string, resultsPath: string): Promise<Run> {
  const xdg = (name: string): string => {
    const dir = join(workspace, '.xdg', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const child = spawn(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', INIT, template], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Nothing from the user's own Neovim setup; lsp.log lands in the workspace.
      XDG_CONFIG_HOME: xdg('config'),
      XDG_DATA_HOME: xdg('data'),
      XDG_STATE_HOME: xdg('state'),
      XDG_CACHE_HOME: xdg('cache'),
      OUTREACH_NODE: process.execPath,
      OUTREACH_SERVER: SERVER,
      OUTREACH_ROOT: workspace,
      OUTREACH_RESULTS: resultsPath,
      OUTREACH_TIMEOUT_MS: String(NVIM_GUARD_MS),
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const killer = setTimeout(() => {
    output += `\n[killed by the test after ${KILL_AFTER_MS} ms]`;
    child.kill('SIGKILL');
  }, KILL_AFTER_MS);
  return new Promise((resolveRun) => {
    child.on('close', (exitCode, signal) => {
      clearTimeout(killer);
      const run: Run = { exitCode, signal, output };
      try {
        run.results = JSON.parse(readFileSync(resultsPath, 'utf8')) as Results;
      } catch (error) {
        run.resultsProblem = `no results from init.lua: ${(error as Error).message}`;
      }
      resolveRun(run);
    });
  });
}

describe('language server in Neovim (headless, built-in LSP client)', () => {
  let workspace: string;
  let run: Run;

  /** Everything that helps explain a failure: Neovim's output, the server's log messages, Neovim's lsp.log. */
  function evidence(): string {
    const parts = [`nvim exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}`];
    if (run.resultsProblem) parts.push(run.resultsProblem);
    if (run.results?.error) parts.push(`init.lua: ${run.results.error}`);
    if (run.output.trim()) parts.push(`nvim output:\n${run.output.trim()}`);
    if (run.results?.serverLog.length) parts.push(`server log:\n${run.results.serverLog.join('\n')}`);
    if (run.results?.published.length) parts.push(`publishes: ${JSON.stringify(run.results.published)}`);
    const lspLog = run.results?.lspLog;
    if (lspLog && existsSync(lspLog)) parts.push(`lsp.log (tail):\n${readFileSync(lspLog, 'utf8').split('\n').slice(-40).join('\n')}`);
    return parts.join('\n\n');
  }

  function assertCheck(name: string): void {
    const check = run.results?.checks.find((candidate) => candidate.name === name);
    assert.ok(check, `init.lua did not run the "${name}" check\n\n${evidence()}`);
    assert.ok(check.ok, `${name}: ${check.error}\n\n${evidence()}`);
  }

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    requireNeovim();
    workspace = mkdtempSync(join(tmpdir(), 'outreach-nvim-'));
    const template = join(workspace, 'coffee.outreach.hbs');
    copyFileSync(FIXTURE, template);
    run = await runNeovim(workspace, template, join(workspace, 'results.json'));
  });

  after(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('starts the server for a *.outreach.hbs buffer and attaches it', () => assertCheck('attach'));
  it('shows the request’s problems (time-limit, reason-to-meet) as Neovim diagnostics on the ask', () => assertCheck('diagnostics'));
  it('hovers a diagnostic with its rule', () => assertCheck('hover'));
  it('lists the time-limit quick fix, applies it through vim.lsp.buf.code_action() and the diagnostic goes away', () => assertCheck('code action'));
  it('completes phrase-library clauses in the body, as plain text for a client without snippets', () => assertCheck('clause completion'));
  it('completes front-matter variables inside {{', () => assertCheck('placeholder completion'));
  it('shuts the server down cleanly', () => assertCheck('shutdown'));

  it('Neovim quits with success after all checks, on its own', () => {
    assert.equal(run.exitCode, 0, evidence());
    assert.equal(run.results?.checks.length, 7, evidence());
  });
});
