/**
 * Properties of the language service over thousands of seeded random templates (test/helpers/documentGenerator.ts).
 * A failure prints its seed and document; replay it with `OUTREACH_SEED=<seed> node --import tsx --test test/property/service.test.ts`.
 * `OUTREACH_PROPERTY_RUNS` changes how many documents each property sees (default 2,000).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { MAX_DIAGNOSTICS, readDiagnosticData } from '../../server/src/service/features/diagnostics';
import type { LanguageService } from '../../server/src/service/languageService';
import type { Finding, OffsetEdit, OffsetRange } from '../../server/src/service/types';
import { randomDocument, randomFor, type Random, runSeed } from '../helpers/documentGenerator';
import { applyWorkspaceEdit, createService } from '../helpers/serviceFixture';

const SEED = runSeed();
const RUNS = Number(process.env.OUTREACH_PROPERTY_RUNS ?? 2000);
const URI = 'file:///work/random.outreach.hbs';

type Property = (text: string, service: LanguageService, random: Random) => void;

/**
 * Checks every property on RUNS documents from the seed, one document at a time (so they share its cached lint),
 * then reports each property as its own test; a failure names the seed, the run and the document.
 */
function forAll(properties: Record<string, Property>): void {
  const failures = new Map<string, string>();
  before(() => {
    const service = createService();
    for (let run = 0; run < RUNS; run++) {
      const random = randomFor(SEED, run);
      const text = randomDocument(random);
      for (const [name, property] of Object.entries(properties)) {
        if (failures.has(name)) continue;
        try {
          property(text, service, random);
        } catch (error) {
          const shown = text.length > 2000 ? `${JSON.stringify(text.slice(0, 2000))}… (${text.length} chars)` : JSON.stringify(text);
          const reason = error instanceof Error ? error.message : String(error);
          failures.set(name, `failed on run ${run} with OUTREACH_SEED=${SEED} (rebuild it with randomDocument(randomFor(${SEED}, ${run})))\ndocument: ${shown}\n${reason}`);
        }
      }
      service.forget(URI);
    }
  });
  for (const name of Object.keys(properties)) {
    it(`${name} (${RUNS} documents, seed ${SEED})`, () => {
      const failure = failures.get(name);
      if (failure) assert.fail(`${name}: ${failure}`);
    });
  }
}

function open(text: string, version = 1): TextDocument {
  return TextDocument.create(URI, 'outreach', version, text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** An offset that is a real boundary: inside the text, not between the halves of a surrogate pair or of a CRLF. */
function assertBoundary(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside 0..${text.length}`);
  if (offset === 0 || offset === text.length) return;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(!(isHigh(before) && isLow(after)), `${what}: offset ${offset} splits a surrogate pair`);
  assert.ok(!(before === 13 && after === 10), `${what}: offset ${offset} splits a CRLF`);
}

function assertRange(text: string, range: OffsetRange, what: string): void {
  assertBoundary(text, range.start, `${what} start`);
  assertBoundary(text, range.end, `${what} end`);
  assert.ok(range.start <= range.end, `${what}: start ${range.start} after end ${range.end}`);
}

/** Applies LSP edits and checks that the text outside their ranges (before, between, after) is untouched. */
function assertEditsConfined(document: TextDocument, edits: readonly TextEdit[], what: string): string {
  const text = document.getText();
  const spans = edits
    .map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [index, span] of spans.entries()) {
    assertRange(text, span, `${what} edit ${index}`);
    const previous = spans[index - 1];
    assert.ok(!previous || previous.end <= span.start, `${what}: edits overlap at ${span.start}`);
  }
  const result = TextDocument.applyEdits(document, [...edits]);
  let cursor = 0;
  let at = 0;
  for (const span of spans) {
    const kept = text.slice(cursor, span.start);
    assert.equal(result.slice(at, at + kept.length), kept, `${what}: text before offset ${span.start} changed`);
    at += kept.length + span.newText.length;
    cursor = span.end;
  }
  assert.equal(result.slice(at), text.slice(cursor), `${what}: text after the last edit changed`);
  return result;
}

/** The finding's offset edits, as the LSP edits of its diagnostic must name them. */
function assertSameEdits(document: TextDocument, offsetEdits: readonly OffsetEdit[], edits: readonly TextEdit[], what: string): void {
  assert.equal(edits.length, offsetEdits.length, `${what}: edit count`);
  for (const [index, edit] of edits.entries()) {
    const expected = offsetEdits[index]!;
    assert.deepEqual(
      { start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) },
      expected.range,
      `${what} edit ${index}: its LSP range does not map back to its offsets`,
    );
  }
}

describe('language service properties', () => {
  forAll({
    '(a) never throws': (text, service) => {
      const document = open(text);
      service.diagnostics(document);
      service.fixAll(document);
      service.hover(document, document.positionAt(Math.floor(text.length / 2)));
      service.completions(document, document.positionAt(text.length), true);
    },

    '(b) finding ranges are inside the text, on code-point boundaries, and LSP positions map back': (text, service) => {
      const document = open(text);
      const findings = service.findings(document);
      const diagnostics = service.diagnostics(document);
      // Past MAX_DIAGNOSTICS, a note and the most severe findings are sent (a unit test checks which).
      const capped = findings.length > MAX_DIAGNOSTICS;
      assert.equal(diagnostics.length, Math.min(findings.length, MAX_DIAGNOSTICS));
      for (const [index, finding] of findings.entries()) {
        const what = `${finding.rule} finding ${index}`;
        assertRange(text, finding.range, what);
        const range = capped ? undefined : diagnostics[index]!.range;
        if (range) assert.deepEqual({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) }, finding.range, `${what}: LSP range maps elsewhere`);
        for (const fix of finding.fixes) for (const [edit, { range: editRange }] of fix.edits.entries()) assertRange(text, editRange, `${what} fix "${fix.title}" edit ${edit}`);
      }
    },

    '(c) every quick fix changes text only inside the ranges its edits name': (text, service) => {
      const document = open(text);
      const findings = service.findings(document);
      const capped = findings.length > MAX_DIAGNOSTICS;
      // A capped list opens with a note that carries no fixes, and its diagnostics are no longer the findings in order.
      for (const [index, diagnostic] of service.diagnostics(document).slice(capped ? 1 : 0).entries()) {
        const finding: Finding | undefined = capped ? undefined : findings[index]!;
        const data = readDiagnosticData(diagnostic.data);
        assert.ok(data, 'diagnostic data reads back');
        for (const [fixIndex, fix] of data.fixes.entries()) {
          const what = `${String(diagnostic.code)} fix "${fix.title}"`;
          if (finding) assertSameEdits(document, finding.fixes[fixIndex]!.edits, fix.edits, what);
          assertEditsConfined(document, fix.edits, what);
        }
        // The code actions as a client gets them (fixes, disable-for-line, disable-for-file, fix-all): a few diagnostics per document.
        if (index >= 3) continue;
        for (const action of service.codeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, false, true)) {
          const edits = action.edit?.changes?.[URI] ?? action.edit?.documentChanges?.flatMap((change) => ('edits' in change && change.textDocument.uri === URI ? change.edits : [])) ?? [];
          assertEditsConfined(document, edits as TextEdit[], `action "${action.title}"`);
        }
      }
    },

    '(d) fix-all is idempotent': (text, service) => {
      const document = open(text);
      const edit = service.fixAll(document);
      if (!edit) return;
      const fixed = applyWorkspaceEdit(document, edit);
      const again = service.fixAll(open(fixed, 2));
      const refixed = again ? applyWorkspaceEdit(open(fixed, 2), again) : fixed;
      assert.equal(refixed, fixed, 'fix-all changed its own output');
    },

    '(e) positions survive an emoji or accented word, and CRLF line ends, before a finding': (text, service, random) => {
      // Half a surrogate pair is not text (JSON-RPC turns it into U+FFFD), and YAML reads one differently before CRLF.
      if (LONE_SURROGATE.test(text)) return;
      const original = service.findings(open(text));
      if (original.length === 0) return;
      const frontMatterBody = /^\uFEFF?---[ \t]*\n/.exec(text);
      if (frontMatterBody && service.parse(open(text)).frontMatter.present) {
        // A YAML comment as the first line of a closed front matter means nothing to any rule; everything after it moves.
        const inserted = `# ${random.pick(['😀', '👩🏽‍💻 Zoë', 'café', 'Ñúñez 🇳🇴', 'cafe\u0301'])}\n`;
        const at = frontMatterBody[0].length;
        const moved = service.findings(open(text.slice(0, at) + inserted + text.slice(at)));
        assertMoved(original, moved, text, text.slice(0, at) + inserted + text.slice(at), (offset) => (offset >= at ? offset + inserted.length : offset));
      }
      if (!text.includes('\r')) {
        const crlf = text.replace(/\n/g, '\r\n');
        const lineFeedsBefore = lineFeedCounter(text);
        const moved = service.findings(open(crlf));
        assertMoved(original, moved, text, crlf, (offset) => offset + lineFeedsBefore(offset), (flagged) => flagged.replace(/\r\n/g, '\n'));
      }
    },
  });
});

/** Every finding is still there, at its mapped range, flagging the same text (rule, range and text compared). */
function assertMoved(
  before: readonly Finding[],
  after: readonly Finding[],
  beforeText: string,
  afterText: string,
  map: (offset: number) => number,
  normalize: (flagged: string) => string = (flagged) => flagged,
): void {
  const describe = (finding: Finding, text: string, shift: (offset: number) => number = (offset) => offset): string => {
    const start = shift(finding.range.start);
    const end = shift(finding.range.end);
    return `${finding.rule} ${start}-${end} ${JSON.stringify(normalize(text.slice(start, end)).slice(0, 80))}`;
  };
  const expected = before.map((finding) => describe(finding, afterText, map)).sort();
  const actual = after.map((finding) => describe(finding, afterText)).sort();
  assert.deepEqual(actual, expected);
  for (const finding of before) {
    const movedText = normalize(afterText.slice(map(finding.range.start), map(finding.range.end)));
    assert.equal(movedText, beforeText.slice(finding.range.start, finding.range.end), `${finding.rule}: flags other text after the move`);
  }
}

/** Counts the line feeds before an offset, with a prefix table. */
function lineFeedCounter(text: string): (offset: number) => number {
  const counts = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i]! + (text.charCodeAt(i) === 10 ? 1 : 0);
  return (offset) => counts[offset]!;
}
