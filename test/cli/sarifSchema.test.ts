/** `--format sarif` against the SARIF 2.1.0 JSON schema (OASIS rtm.5, as shipped in @microsoft/jest-sarif; no network at test time). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { NO_DURATION, ROOT, run, workspace } from './harness';

const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

// The schema is draft-04; one of its patterns (`language`) is not valid with the `u` flag Ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

function assertValid(stdout: string): void {
  const log = JSON.parse(stdout) as unknown;
  const valid = validate(log);
  assert.ok(valid, ajv.errorsText(validate.errors, { separator: '\n' }));
}

describe('SARIF schema', () => {
  it('rejects a log that breaks it, so the check below means something', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'severe' }] }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, columnKind: 'bytes' }] }), false);
  });

  it('accepts every kind of report outreach-lint writes', () => {
    const folder = workspace({
      '.outreachrc.json': JSON.stringify({
        rules: { 'no-such-rule': 'error', subject: 'hint' },
        customRules: [{ id: 'no-get-on-a-call', message: 'Say what the call is for instead.', patterns: ['\\bget\\s+on\\s+a\\s+call\\b'] }],
      }),
      'drafts/a b.outreach.hbs': NO_DURATION.replace(/\n/g, '\r\n').replace('Hi Ana', 'Hi Zoë ☕ 👩🏽‍💻'),
      'drafts/broken.outreach.hbs': '---\nkind: requets\n---\nHi {{#if recipient.firstName}} there',
      'drafts/binary.outreach.hbs': Buffer.from([0x47, 0x49, 0x46, 0x00]),
    });
    const result = run(['--format', 'sarif', 'drafts', 'missing.outreach.hbs', join(ROOT, 'templates', 'starters')], folder);
    assert.equal(result.status, 1, result.stderr);
    assertValid(result.stdout);
    const clean = run(['--format', 'sarif', 'templates/starters']);
    assert.equal(clean.status, 0, clean.stderr);
    assertValid(clean.stdout);
  });
});
