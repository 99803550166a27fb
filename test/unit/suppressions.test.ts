import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { parseSuppressions } from '../../server/src/service/config/suppressions';
import { lintText, request } from '../helpers/ruleTester';

const ASK = 'Could we grab coffee next week to talk about your move into design?';
const LEFTOVER = 'I read your post on [specific topic].';

/** The source text of each finding of `rule`. */
const flagged = (text: string, rule: string): string[] =>
  lintText(text)
    .filter((finding) => finding.rule === rule)
    .map((finding) => text.slice(finding.range.start, finding.range.end));

describe('parseSuppressions', () => {
  it('reads each directive with its rule ids and their ranges', () => {
    const text = request(
      '{{!-- outreach-disable-next-line time-limit --}}\n{{!-- outreach-disable subject, length --}}\n{{! outreach-enable subject }}\n{{!-- outreach-disable-file --}}\nHi',
    );
    const document = parseOutreachDocument(text);
    const suppressions = parseSuppressions(document);
    assert.deepEqual(
      suppressions.map((suppression) => [suppression.directive, suppression.rules.map((rule) => text.slice(rule.range.start, rule.range.end))]),
      [
        ['disable-next-line', ['time-limit']],
        ['disable', ['subject', 'length']],
        ['enable', ['subject']],
        ['disable-file', []],
      ],
    );
  });

  it('ignores a reason after `--` and comments that are not directives', () => {
    const text = request('{{!-- outreach-disable-next-line time-limit -- set by the programme --}}\n{{!-- outreach-disabled time-limit --}}\n{{!-- see outreach-disable-file --}}\nHi');
    const suppressions = parseSuppressions(parseOutreachDocument(text));
    assert.deepEqual(suppressions.map((suppression) => [suppression.directive, suppression.rules.map((rule) => rule.id)]), [['disable-next-line', ['time-limit']]]);
  });

  it('finds the ids in the right place when the same words appear earlier', () => {
    const text = request('time-limit {{!-- outreach-disable time-limit --}}');
    const [suppression] = parseSuppressions(parseOutreachDocument(text));
    const rule = suppression!.rules[0]!;
    assert.equal(rule.range.start, text.lastIndexOf('time-limit'));
  });
});

describe('applying suppressions', () => {
  it('the rule fires without a suppression (baseline)', () => {
    assert.deepEqual(flagged(request(`Hi Ana,\n\n${ASK}`), 'time-limit'), [ASK]);
  });

  it('disable-next-line silences only the next line', () => {
    const text = request(`Hi Ana,\n\n{{!-- outreach-disable-next-line time-limit --}}\n${ASK}`);
    assert.deepEqual(flagged(text, 'time-limit'), []);
    const twoLinesDown = request(`Hi Ana,\n\n{{!-- outreach-disable-next-line time-limit --}}\nI moved into design.\n${ASK}`);
    assert.deepEqual(flagged(twoLinesDown, 'time-limit'), [ASK]);
  });

  it('disable-next-line for another rule does not silence this one', () => {
    const text = request(`Hi Ana,\n\n{{!-- outreach-disable-next-line long-meeting --}}\n${ASK}`);
    assert.deepEqual(flagged(text, 'time-limit'), [ASK]);
  });

  it('disable … enable silences the region between them', () => {
    const text = request(`Hi Ana,\n\n{{!-- outreach-disable leftover-placeholder --}}\n${LEFTOVER}\n{{!-- outreach-enable leftover-placeholder --}}\n${LEFTOVER}`);
    const findings = lintText(text).filter((finding) => finding.rule === 'leftover-placeholder');
    assert.equal(findings.length, 1);
    assert.ok(findings[0]!.range.start > text.indexOf('outreach-enable'));
  });

  it('disable without enable runs to the end of the file', () => {
    const text = request(`${LEFTOVER}\n{{!-- outreach-disable leftover-placeholder --}}\n${LEFTOVER}\n\n${LEFTOVER}`);
    assert.equal(flagged(text, 'leftover-placeholder').length, 1);
  });

  it('disable-file silences the rule anywhere, even above the comment', () => {
    const text = request(`Hi Ana,\n\n${ASK}\n${LEFTOVER}\n\n{{!-- outreach-disable-file time-limit --}}`);
    assert.deepEqual(flagged(text, 'time-limit'), []);
    assert.equal(flagged(text, 'leftover-placeholder').length, 1);
  });

  it('the all-rules form (no ids) silences every rule', () => {
    const nextLine = request(`Hi Ana,\n\n{{!-- outreach-disable-next-line --}}\n${ASK} ${LEFTOVER}`);
    assert.deepEqual([...flagged(nextLine, 'time-limit'), ...flagged(nextLine, 'leftover-placeholder')], []);
    const wholeFile = `{{!-- outreach-disable-file --}}\nHi Ana,\n\n${ASK} ${LEFTOVER}`;
    assert.deepEqual(lintText(wholeFile), []);
  });

  it('works with CRLF line endings', () => {
    const text = request(`Hi Ana,\r\n\r\n{{!-- outreach-disable-next-line time-limit --}}\r\n${ASK}`).replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    assert.deepEqual(flagged(text, 'time-limit'), []);
  });

  it('a misspelled id silences nothing and is itself reported', () => {
    const text = request(`Hi Ana,\n\n{{!-- outreach-disable-next-line timelimit --}}\n${ASK}`);
    assert.deepEqual(flagged(text, 'time-limit'), [ASK]);
    assert.deepEqual(flagged(text, 'unknown-rule'), ['timelimit']);
  });
});
