/**
 * The CLI and the language server read configuration the same way: one fixture tree with nested configs in two
 * workspace folders, linted by `outreach-lint` and by the server (both folders open in one multi-root workspace),
 * must give the same findings, severities and ranges for every template, and the same problems for every config.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CLI } from '../cli/harness';
import { initialize, startStdioServer, type StdioServer } from '../helpers/stdioServer';

/** A request with something for several rules to say: a generic subject, an hour-long ask, no reason for them. */
const TEMPLATE = `---
kind: request
subject: Quick question
---
Hi Ana,

I run a small analytics team. Could we meet for an hour next week to talk about your dashboards?

Thanks,
Jo
`;

const TREE: Record<string, string> = {
  'alpha/.outreachrc.json': JSON.stringify({ rules: { subject: 'off' } }),
  'alpha/a.outreach.hbs': TEMPLATE,
  // The nearest config wins, whole: subject is back on here, and long-meeting is an error.
  'alpha/team/.outreachrc.json': JSON.stringify({ rules: { 'long-meeting': 'error' } }),
  'alpha/team/b.outreach.hbs': TEMPLATE,
  'alpha/team/drafts/c.outreach.hbs': TEMPLATE,
  // The second workspace folder, with a config problem the editor and CI must both report, at the same severity.
  'beta/.outreachrc.json': `{\n  "rules": { "reason-to-meet": "hint", "time-limit": { "severity": "info" } },\n  "colour": "blue"\n}\n`,
  'beta/d.outreach.hbs': TEMPLATE,
  'beta/notes/e.outreach.hbs': TEMPLATE,
};

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
type Finding = string;

describe('the CLI and the server agree on configuration', () => {
  let root: string;
  let server: StdioServer;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'outreach-agreement-'));
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    server = startStdioServer(root);
  });
  after(() => {
    server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives every template and every config the same findings', async () => {
    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', 'alpha', 'beta'], { cwd: root, encoding: 'utf8' });
    const reports = JSON.parse(cli.stdout) as { file: string; diagnostics: { rule: string; severity: string; message: string; range: Diagnostic['range'] }[] }[];
    const fromCli = new Map<string, Finding[]>(
      reports.map((report) => [report.file, report.diagnostics.map((d) => line(d.rule, d.severity, d.range, d.message)).sort()]),
    );

    const folders = ['alpha', 'beta'].map((name) => ({ uri: pathToFileURL(join(root, name)).toString(), name }));
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: folders[0]!.uri, workspaceFolders: folders, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
    const fromServer = new Map<string, Finding[]>();
    for (const path of Object.keys(TREE).filter((name) => name.endsWith('.outreach.hbs'))) {
      const uri = pathToFileURL(join(root, path)).toString();
      const published = server.diagnostics(uri, () => true, `diagnostics for ${path}`);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version: 1, text: TREE[path] } });
      const { diagnostics } = await published;
      fromServer.set(path, diagnostics.map((d) => line(String(d.code), SEVERITY[d.severity ?? 1]!, d.range, String(d.message))).sort());
    }
    const configUri = pathToFileURL(join(root, 'beta/.outreachrc.json')).toString();
    const config = await server.diagnostics(configUri, (params) => params.diagnostics.length > 0, 'the problems of beta/.outreachrc.json');
    fromServer.set('beta/.outreachrc.json', config.diagnostics.map((d) => line('config', SEVERITY[d.severity ?? 1]!, d.range, String(d.message))).sort());

    assert.deepEqual(new Map([...fromServer].sort()), new Map([...fromCli].map(([file, found]) => [relative('.', file), found] as const).sort()));
    // The tree really exercises nesting: the three alpha templates differ, and the config problem is a warning.
    assert.ok(!fromCli.get('alpha/a.outreach.hbs')!.some((finding) => finding.startsWith('subject ')));
    assert.ok(fromCli.get('alpha/team/drafts/c.outreach.hbs')!.some((finding) => finding.startsWith('subject ')));
    assert.ok(fromCli.get('alpha/team/b.outreach.hbs')!.some((finding) => finding.startsWith('long-meeting error')));
    assert.ok(fromCli.get('beta/d.outreach.hbs')!.some((finding) => finding.startsWith('reason-to-meet hint')));
    assert.match(fromCli.get('beta/.outreachrc.json')!.join('\n'), /^config warning 3:3-3:11 Unknown setting `colour`/m);
  });
});

function line(rule: string, severity: string, range: Diagnostic['range'], message: string): Finding {
  return `${rule} ${severity} ${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1} ${message}`;
}
