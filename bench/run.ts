/**
 * npm run bench: Outreach Etiquette in process, beside peer linters on the same texts, over the protocol, and as a package.
 * Prints a table and writes bench/results.json. Budgets are reported, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLargeDocument, generateTemplates } from './corpus';
import { HOSTILE_INPUTS } from './hostile';
import { bundledLint } from './ours';
import { alex, harper, regexFloor, writeGood, type PeerLinter } from './peers';
import { processMemoryMb, startServer } from './protocol';

const ROOT = join(__dirname, '..');
const SIZES = [10_000, 100_000, 1_000_000];
const EDITS = 500;
/**
 * Every linter alike gets these passes over the corpus before any is measured (the first passes run code the JIT has
 * not optimised yet, while an editor's server lints in its steady state), then the measured passes, of which the one
 * with the lowest median counts: on a shared machine a pass can lose a third to other processes.
 */
const WARM_UP_PASSES = 2;
const MEASURED_PASSES = 3;
const ROUND_TRIPS = 200;
/** Our lint of each large document runs this many times and the fastest counts (a peer's runs once: alex takes a minute on 1M words). */
const SIZE_RUNS = 3;
/** A peer is not run on a size its smaller run predicts will take longer than this. */
const PEER_BUDGET_MS = 60_000;

interface Stats {
  median: number;
  p95: number;
}

const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
};
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const body = (text: string): string => text.replace(/^---[\s\S]*?\n---\n/, '');
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Warm-up passes, then the measured pass with the lowest median (all measured medians are kept for results.json). */
async function timePasses(texts: string[], lint: (text: string) => unknown): Promise<Stats & { passMedians: number[] }> {
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) await timeEach(texts, lint);
  const passes: Stats[] = [];
  for (let pass = 0; pass < MEASURED_PASSES; pass++) passes.push(stats(await timeEach(texts, lint)));
  const best = passes.reduce((a, b) => (b.median < a.median ? b : a));
  return { ...best, passMedians: passes.map((pass) => pass.median) };
}

async function timeEach(texts: string[], lint: (text: string) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const text of texts) {
    const started = performance.now();
    await lint(text);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** `--only in-process,protocol` runs some sections (in-process, hostile, peers, protocol, cli, contacts, package); the default is all. */
const only = (() => {
  const at = process.argv.indexOf('--only');
  return at < 0 ? undefined : new Set((process.argv[at + 1] ?? '').split(','));
})();
const runs = (section: string): boolean => !only || only.has(section);

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, machine: `${cpus().length} cores`, warmUpPasses: WARM_UP_PASSES, measuredPasses: MEASURED_PASSES, ourLargeDocumentRuns: SIZE_RUNS };
  const templates = generateTemplates(1000);
  const texts = templates.map((template) => template.text);
  const meanWords = templates.reduce((sum, template) => sum + template.words, 0) / templates.length;
  let ours: Stats | undefined;
  if (runs('in-process')) {
    const inProcess = await inProcessTimings(texts, meanWords);
    results.inProcess = inProcess;
    ours = inProcess.perTemplateMs;
  }
  if (runs('hostile')) results.hostile = hostileTimings();
  if (runs('peers')) results.peers = await peerTimings(texts, ours);
  if (runs('protocol')) results.protocol = await protocolTimings(texts);
  if (runs('cli')) results.cli = cliTimings(texts);
  if (runs('contacts')) results.contacts = contactsTimings(texts[0]!);
  if (runs('package')) results.package = packageSizes();
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

interface InProcess {
  templates: number;
  meanWords: number;
  perTemplateMs: Stats;
  /** `hygieneOnly`: a document too large for the full check gets the hygiene rules only (see the too-large rule). */
  scaling: { words: number; ms: number; wordsPerSecond: number; hygieneOnly: boolean }[];
  growth: number[];
  peakRssMb: number;
}

async function inProcessTimings(texts: string[], meanWords: number): Promise<InProcess> {
  const ours = bundledLint();
  log(`in process: ${texts.length} templates of ~${meanWords.toFixed(0)} words`);
  const perTemplateMs = await timePasses(texts, ours.lint);
  const scaling: InProcess['scaling'] = [];
  for (const size of SIZES) {
    const document = generateLargeDocument(size);
    let ms = Infinity;
    for (let run = 0; run < SIZE_RUNS; run++) {
      const started = performance.now();
      ours.lint(document);
      ms = Math.min(ms, performance.now() - started);
    }
    scaling.push({ words: words(body(document)), ms, wordsPerSecond: words(body(document)) / (ms / 1000), hygieneOnly: ours.hygieneOnly(document) });
    log(`  ${size} words: ${ms.toFixed(0)} ms`);
  }
  return { templates: texts.length, meanWords, perTemplateMs, scaling, growth: growthExponents(scaling), peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

interface HostileTiming {
  name: string;
  halfMs: number;
  ms: number;
  /** log2 of ms / halfMs: 1.00 is linear, 2.00 quadratic. */
  growth: number;
}

/** Each input that once froze the linter, at half its size and at its size (fastest of SIZE_RUNS each). */
function hostileTimings(): HostileTiming[] {
  const ours = bundledLint();
  log('hostile inputs');
  return HOSTILE_INPUTS.map((input) => {
    const [halfMs, ms] = [0.5, 1].map((scale) => {
      const text = input.text(scale);
      let fastest = Infinity;
      for (let run = 0; run < SIZE_RUNS; run++) {
        const started = performance.now();
        ours.lint(text);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    }) as [number, number];
    log(`  ${input.name}: ${halfMs.toFixed(0)} ms at half its size, ${ms.toFixed(0)} ms`);
    return { name: input.name, halfMs, ms, growth: Math.log2(ms / halfMs) };
  });
}

async function peerTimings(texts: string[], ours: Stats | undefined): Promise<Record<string, unknown>[]> {
  log('peers on the same texts');
  const rows: Record<string, unknown>[] = [];
  const bodies = texts.map(body);
  for (const load of [harper, alex, writeGood, async () => regexFloor()]) {
    let peer: PeerLinter;
    try {
      peer = await load();
    } catch (error) {
      log(`  could not load a peer: ${(error as Error).message}`);
      continue;
    }
    const timing = await timePasses(bodies, peer.lint);
    const scaling: { words: number; ms: number | null }[] = [];
    let lastMs = 0;
    let lastWords = 0;
    for (const size of SIZES) {
      const document = body(generateLargeDocument(size));
      if (lastMs && (lastMs * size) / lastWords > PEER_BUDGET_MS) {
        scaling.push({ words: words(document), ms: null });
        continue;
      }
      const started = performance.now();
      await peer.lint(document);
      lastMs = performance.now() - started;
      lastWords = words(document);
      scaling.push({ words: lastWords, ms: lastMs });
    }
    log(`  ${peer.name}: ${timing.median.toFixed(3)} ms median`);
    rows.push({ name: peer.name, loadMs: peer.loadMs, perTemplateMs: timing, ratioToOurs: ours ? timing.median / ours.median : null, scaling });
  }
  return rows;
}

/** log(time ratio) / log(size ratio) between neighbouring sizes that ran the same rules; 1.00 is linear. */
function growthExponents(points: InProcess['scaling']): number[] {
  const exponents: number[] = [];
  for (let index = 1; index < points.length; index++) {
    if (points[index]!.hygieneOnly !== points[index - 1]!.hygieneOnly) continue;
    const [a, b] = [points[index - 1]!, points[index]!];
    exponents.push(Math.log(b.ms / a.ms) / Math.log(b.words / a.words));
  }
  return exponents;
}

async function protocolTimings(texts: string[]): Promise<Record<string, unknown>> {
  log('over the protocol (production bundle)');
  const workspace = mkdtempSync(join(tmpdir(), 'outreach-bench-'));
  const readies: number[] = [];
  for (let run = 0; run < 5; run++) {
    const server = await startServer(workspace);
    readies.push(server.readyMs);
    await server.stop();
  }
  const server = await startServer(workspace);
  const uri = `file://${workspace}/typing.outreach.hbs`;
  let text = texts[0]!;
  let version = 1;
  const opened = server.diagnosticsFor(uri, version);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'outreach', version, text } });
  await opened;
  // Type a sentence one character at a time at the end of the first body paragraph.
  const typed = ' I would be glad to share what we learned when we tried your approach with our new analysts last spring.'.repeat(10);
  let offset = text.indexOf('\n\n', text.indexOf('---\n', 4)) + 2;
  offset = text.indexOf('\n', offset);
  const edits: number[] = [];
  for (let index = 0; index < EDITS; index++) {
    const character = typed[index % typed.length]!;
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = before.length - before.lastIndexOf('\n') - 1;
    text = before + character + text.slice(offset);
    offset++;
    version++;
    const published = server.diagnosticsFor(uri, version);
    const started = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column } }, text: character }],
    });
    await published;
    edits.push(performance.now() - started);
  }
  const lines = text.split('\n');
  const position = { line: lines.length - 4, character: 0 };
  const completions = await roundTrips(() => server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }));
  const codeActions = await roundTrips(() =>
    server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
      context: { diagnostics: [] },
    }),
  );
  const hovers = await roundTrips(() => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 2 } }));

  // Memory with 1,000 templates open at once.
  const allPublished = texts.map((_, index) => server.diagnosticsFor(`file://${workspace}/open-${index}.outreach.hbs`, 1));
  for (const [index, template] of texts.entries()) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${workspace}/open-${index}.outreach.hbs`, languageId: 'outreach', version: 1, text: template } });
  }
  await Promise.all(allPublished);
  const memory = processMemoryMb(server.process.pid!);
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
  return {
    readyMs: stats(readies),
    didChangeToDiagnosticsMs: stats(edits),
    completionMs: stats(completions),
    codeActionMs: stats(codeActions),
    hoverMs: stats(hovers),
    openTemplates: texts.length,
    serverRssMb: memory.rss,
    serverPeakRssMb: memory.peak,
  };
}

async function roundTrips(request: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < ROUND_TRIPS; index++) {
    const started = performance.now();
    await request();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** How many times each CLI run is repeated; the fastest counts. */
const CLI_RUNS = 3;

/**
 * `outreach-lint --format json` on 1,000 template files, against one file (what every run pays: start, load, the
 * language model) and against the same lints in a fresh process without the CLI (the lint itself, caches as cold as
 * the CLI's). What is left, per file, is the CLI's own cost: finding, reading, config lookup, reporting.
 */
function cliTimings(texts: string[]): Record<string, number> {
  log('CLI over 1,000 files (production bundle)');
  const workspace = mkdtempSync(join(tmpdir(), 'outreach-bench-cli-'));
  mkdirSync(join(workspace, 'all'));
  mkdirSync(join(workspace, 'one'));
  for (const [index, text] of texts.entries()) writeFileSync(join(workspace, 'all', `t${String(index).padStart(4, '0')}.outreach.hbs`), text);
  writeFileSync(join(workspace, 'one', 't0000.outreach.hbs'), texts[0]!);
  const fastest = (run: () => number): number => Math.min(...Array.from({ length: CLI_RUNS }, run));
  const cli = (folder: string): number => {
    const started = performance.now();
    // Exit code 1 (error findings) is expected: the corpus trips rules on purpose.
    spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', folder], { cwd: workspace, stdio: 'ignore' });
    return performance.now() - started;
  };
  const allMs = fastest(() => cli('all'));
  const oneMs = fastest(() => cli('one'));
  const lintPerFileMs = fastest(() => Number(execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'freshLint.ts'), join(workspace, 'all')], { encoding: 'utf8' })));
  rmSync(workspace, { recursive: true, force: true });
  const files = texts.length;
  const perFileMs = (allMs - oneMs) / (files - 1);
  return { files, totalMs: allMs, oneFileMs: oneMs, perFileMs, lintPerFileMs, overheadPerFileMs: perFileMs - lintPerFileMs };
}

/** Contact-list sizes the contacts row checks: the smaller shows that memory stays flat as the list grows. */
const CONTACT_ROWS = [10_000, 100_000];

interface ContactsTiming {
  rows: number;
  ms: number;
  peakRssMb: number;
}

/**
 * outreach-lint --data over a generated contact list (one row in a thousand without a first name, so the break path and
 * the grouping run too) and one 150-word template, in a fresh process; the process reports its own peak RSS at exit.
 */
function contactsTimings(template: string): ContactsTiming[] {
  log('CLI --data: 10,000 and 100,000 contacts (production bundle)');
  const workspace = mkdtempSync(join(tmpdir(), 'outreach-bench-contacts-'));
  writeFileSync(join(workspace, 't.outreach.hbs'), template);
  writeFileSync(join(workspace, 'peak.cjs'), "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
  const timings = CONTACT_ROWS.map((rows) => {
    const lines = ['email,recipient.firstName,recipient.recentWork,recipient.company'];
    for (let row = 0; row < rows; row++) lines.push(`person${row}@example.com,${row % 1000 === 7 ? '' : `Name${row}`},"onboarding, part ${row}",Company ${row}`);
    writeFileSync(join(workspace, 'contacts.csv'), `${lines.join('\n')}\n`);
    const fastest = Array.from({ length: CLI_RUNS }, () => {
      const started = performance.now();
      // Exit code 1 is expected: some rows break the template on purpose.
      const run = spawnSync(process.execPath, ['--require', './peak.cjs', join(ROOT, 'dist', 'cli.js'), '--format', 'json', '--data', 'contacts.csv', 't.outreach.hbs'], { cwd: workspace, encoding: 'utf8' });
      const ms = performance.now() - started;
      const peakKb = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
      return { ms, peakRssMb: peakKb / 1024 };
    }).reduce((a, b) => (b.ms < a.ms ? b : a));
    return { rows, ...fastest };
  });
  rmSync(workspace, { recursive: true, force: true });
  return timings;
}

function packageSizes(): Record<string, number | string> {
  const sizes: Record<string, number | string> = {};
  for (const file of readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.js'))) sizes[`dist/${file} (KB)`] = Math.round(statSync(join(ROOT, 'dist', file)).size / 1024);
  const vsix = join(tmpdir(), 'outreach-etiquette-bench.vsix');
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '-o', vsix], { cwd: ROOT, stdio: 'pipe' });
    sizes['vsix (KB)'] = Math.round(statSync(vsix).size / 1024);
    rmSync(vsix, { force: true });
  } catch (error) {
    sizes['vsix (KB)'] = `not built: ${String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).split('\n')[0]}`;
  }
  return sizes;
}

function printTable(results: Record<string, unknown>): void {
  const inProcess = results.inProcess as InProcess | undefined;
  const peers = (results.peers ?? []) as { name: string; loadMs: number; perTemplateMs: Stats; ratioToOurs: number | null; scaling: { words: number; ms: number | null }[] }[];
  const protocol = results.protocol as Record<string, Stats | number> | undefined;
  const ms = (value: number | null | undefined, digits = 3): string => (value === null || value === undefined ? 'skipped' : value.toFixed(digits));
  if (inProcess || peers.length) {
    const rows: string[][] = [['linter', 'load ms', 'median ms/template', 'p95 ms', '× ours', ...SIZES.map((size) => `${size / 1000}k words ms`)]];
    if (inProcess) rows.push(['outreach-etiquette', '-', ms(inProcess.perTemplateMs.median), ms(inProcess.perTemplateMs.p95), '1', ...inProcess.scaling.map((point) => ms(point.ms, 0))]);
    for (const peer of peers) {
      const ratio = peer.ratioToOurs === null ? '-' : peer.ratioToOurs.toFixed(peer.ratioToOurs < 1 ? 3 : 1);
      rows.push([peer.name, ms(peer.loadMs, 0), ms(peer.perTemplateMs.median), ms(peer.perTemplateMs.p95), ratio, ...peer.scaling.map((point) => ms(point.ms, 0))]);
    }
    printRows(rows);
  }
  if (inProcess) {
    const throughput = inProcess.scaling
      .map((point) => `${Math.round(point.wordsPerSecond / 1000)}k words/s at ${Math.round(point.words / 1000)}k${point.hygieneOnly ? ' (too large for the full check: hygiene rules only)' : ''}`)
      .join(', ');
    console.log(`\nTemplates of ~${inProcess.meanWords.toFixed(0)} words. Ours: ${throughput}; growth exponents ${inProcess.growth.map((g) => g.toFixed(2)).join(', ')} (1.00 = linear); peak RSS ${inProcess.peakRssMb.toFixed(0)} MB.\n`);
  }
  const hostile = results.hostile as HostileTiming[] | undefined;
  if (hostile) {
    printRows([['hostile input', 'ms at half its size', 'ms', 'growth (1.00 = linear)'], ...hostile.map((input) => [input.name, ms(input.halfMs, 0), ms(input.ms, 0), input.growth.toFixed(2)])]);
    console.log('');
  }
  if (protocol) {
    const protocolRows = [['over stdio', 'median ms', 'p95 ms']];
    for (const [name, value] of Object.entries(protocol)) {
      if (typeof value !== 'number') protocolRows.push([name, ms(value.median, 2), ms(value.p95, 2)]);
    }
    printRows(protocolRows);
    console.log(`\nServer memory with ${protocol.openTemplates} templates open: ${(protocol.serverRssMb as number).toFixed(0)} MB resident (peak ${(protocol.serverPeakRssMb as number).toFixed(0)} MB).`);
  }
  const cli = results.cli as Record<string, number> | undefined;
  if (cli) {
    console.log('');
    printRows([
      ['CLI, 1,000 files', 'total ms', 'one file ms', 'ms/file', 'lint ms/file', 'CLI overhead ms/file'],
      ['outreach-lint --format json', ms(cli.totalMs, 0), ms(cli.oneFileMs, 0), ms(cli.perFileMs), ms(cli.lintPerFileMs), ms(cli.overheadPerFileMs)],
    ]);
  }
  const contacts = results.contacts as ContactsTiming[] | undefined;
  if (contacts) {
    console.log('');
    printRows([['outreach-lint --data, one 150-word template', 'ms', 'peak RSS MB'], ...contacts.map((run) => [`${run.rows.toLocaleString('en-US')} contacts`, ms(run.ms, 0), run.peakRssMb.toFixed(0)])]);
  }
  if (results.package) console.log(`Package: ${Object.entries(results.package as Record<string, unknown>).map(([name, value]) => `${name} ${value}`).join(', ')}`);
  console.log('Written to bench/results.json');
}

function printRows(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
