/**
 * The npm package as a user gets it: `npm pack` of the built checkout, installed into an empty project without the
 * network, then `npx outreach-lint` on a draft and `outreach-ls --stdio` through initialize, a lint and shutdown.
 * The pack skips `prepack` (a production build) because other test files read dist/ at the same time; the test
 * checks that prepack builds, and packs what `npm test` built.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { initialize, startStdioServer, within } from '../helpers/stdioServer';
import { FLAWED_DRAFT } from './harness';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
/** npm without the network or its update check: everything the install needs is in the tarball. */
const OFFLINE = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

const DRAFT = FLAWED_DRAFT.replace('subject: Quick question\n', 'subject: Quick question\nrelationship: cold\n');

describe('the npm package', () => {
  let scratch: string;
  let project: string;
  let packed: { filename: string; files: { path: string }[] };

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'outreach-package-'));
    const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, env: OFFLINE, encoding: 'utf8' });
    packed = (JSON.parse(output) as (typeof packed)[])[0]!;
    project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'trial', version: '1.0.0', private: true }));
    writeFileSync(join(project, 'draft.outreach.hbs'), DRAFT);
    execFileSync('npm', ['install', '--no-save', join(scratch, packed.filename)], { cwd: project, env: OFFLINE, stdio: 'pipe' });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds its bundles before packing and has no runtime dependencies', () => {
    assert.match(manifest.scripts.prepack ?? '', /esbuild\.mjs --production/);
    assert.deepEqual(manifest.dependencies ?? {}, {});
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['outreach-etiquette']);
  });

  it('ships the bundles, templates and schemas, and none of the sources, tests or source maps', () => {
    const paths = packed.files.map((file) => file.path);
    for (const shipped of ['dist/cli.js', 'dist/server.js', 'dist/service.js', 'dist/preview.js', 'dist/contact-list.js', 'dist/nlp-model.js', 'templates/phrases/subject.yaml', 'schemas/outreachrc.schema.json', 'docs/rules/time-limit.md', 'README.md', 'LICENSE']) {
      assert.ok(paths.includes(shipped), `the package holds ${shipped}`);
    }
    assert.deepEqual(
      paths.filter((path) => /^(?:test|bench|server|client|scripts|\.ci)\//.test(path) || path.endsWith('.map')),
      [],
    );
  });

  it('runs `npx outreach-lint --format github` on a template, printing workflow annotations', () => {
    const run = spawnSync('npx', ['--no-install', 'outreach-lint', '--format', 'github', 'draft.outreach.hbs'], { cwd: project, env: OFFLINE, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::warning file=draft\.outreach\.hbs,line=3,/m);
    assert.match(run.stdout, /^::error file=draft\.outreach\.hbs,line=6,.*title=leftover-placeholder/m);
  });

  it('lints standard input with `npx outreach-lint --stdin --stdin-filename`', () => {
    const run = spawnSync('npx', ['--no-install', 'outreach-lint', '--stdin', '--stdin-filename', 'x.outreach.hbs', '--format', 'json'], { cwd: project, env: OFFLINE, encoding: 'utf8', input: DRAFT });
    const [report] = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.equal(report!.file, 'x.outreach.hbs');
    assert.ok(report!.diagnostics.some((diagnostic) => diagnostic.rule === 'leftover-placeholder'), run.stdout);
  });

  it('answers `outreach-ls --version` and `--help`, and explains a missing channel', () => {
    const bin = join(project, 'node_modules/.bin/outreach-ls');
    assert.equal(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim(), manifest.version);
    assert.match(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }), /--stdio/);
    const bare = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /no channel given/);
  });

  it('runs `outreach-ls --stdio` through initialize, a lint and shutdown', async () => {
    const bin = join(project, 'node_modules/.bin/outreach-ls');
    assert.ok(existsSync(bin));
    const server = startStdioServer(project, bin);
    try {
      const result = await initialize(server, { workspace: project });
      assert.deepEqual(result.serverInfo, { name: 'outreach-ls', version: manifest.version });
      const uri = pathToFileURL(join(project, 'draft.outreach.hbs')).toString();
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text: DRAFT } });
      const published = await server.diagnostics(uri, (params) => params.diagnostics.length > 0, 'diagnostics from the installed server');
      assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === 'leftover-placeholder'));
      await within(server.connection.sendRequest('shutdown'), 'the shutdown response');
      const exited = new Promise<number | null>((resolve) => server.process.once('exit', resolve));
      await server.connection.sendNotification('exit');
      assert.equal(await within(exited, 'the server to exit'), 0);
    } finally {
      server.stop();
    }
  });
});
