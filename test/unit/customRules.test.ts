import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, type OutreachConfig } from '../../server/src/service/config/settings';
import { CUSTOM_RULE_LIMITS, patternProblem } from '../../server/src/service/config/customRules';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import { RULES } from '../../server/src/service/rules';
import type { Finding } from '../../server/src/service/types';
import { phrases, request, template } from '../helpers/ruleTester';

const METAS = RULES.map((rule) => rule.meta);

const HOPE_WELL = {
  id: 'no-hope-well',
  message: 'Skip the stock opener: start with why you are writing to this person.',
  patterns: ['\\bhope (?:this|the) (?:email|message|note) finds you\\b'],
};

function configWith(customRules: unknown[]): { text: string; config: OutreachConfig; problems: { message: string; text: string }[] } {
  const text = JSON.stringify({ customRules }, null, 2);
  const parsed = parseConfig(text, METAS);
  return { text, config: parsed.config, problems: parsed.problems.map((problem) => ({ message: problem.message, text: text.slice(problem.range.start, problem.range.end) })) };
}

function lintWith(customRules: unknown[], text: string): Finding[] {
  const { config, problems } = configWith(customRules);
  assert.deepEqual(problems, []);
  return lintDocument(parseOutreachDocument(text), { config, phrases });
}

const custom = (findings: Finding[], id: string): Finding[] => findings.filter((finding) => finding.rule === id);

const BODY = `Hi Mara,

I hope this email finds you well. I run the support desk at a small clinic and read your piece on triage queues.
Could you spare 20 minutes next week to tell me how you sized the first-response team?

Thanks,
Sam
`;

describe('customRules in .outreachrc.json', () => {
  it('keeps a valid rule, compiled, with its defaults', () => {
    const { config, problems } = configWith([HOPE_WELL, { ...HOPE_WELL, id: 'no-circle-back', patterns: ['\\bcircle\\s+back\\b'], severity: 'info', kinds: ['follow-up'], caseSensitive: true }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      config.customRules.map((rule) => [rule.id, rule.severity, rule.kinds, rule.patterns.map((pattern) => pattern.flags)]),
      [
        ['no-hope-well', 'warning', 'all', ['gi']],
        ['no-circle-back', 'info', ['follow-up'], ['g']],
      ],
    );
  });

  const BAD: { name: string; rule: Record<string, unknown>; message: RegExp; at: string }[] = [
    { name: 'an id that is not lowercase-dashed', rule: { ...HOPE_WELL, id: 'No_Hope' }, message: /lowercase words joined by dashes/, at: '"No_Hope"' },
    { name: 'an id of a built-in rule', rule: { ...HOPE_WELL, id: 'time-limit' }, message: /clashes with the built-in rule/, at: '"time-limit"' },
    { name: 'an empty message', rule: { ...HOPE_WELL, message: '  ' }, message: /`message` must be a non-empty string/, at: '"no-hope-well"' },
    { name: 'no patterns', rule: { ...HOPE_WELL, patterns: [] }, message: /1 to 20 regular expressions/, at: '"no-hope-well"' },
    { name: 'too many patterns', rule: { ...HOPE_WELL, patterns: Array.from({ length: 21 }, (_, index) => `word${index}`) }, message: /1 to 20/, at: '"no-hope-well"' },
    { name: 'a pattern over 200 characters', rule: { ...HOPE_WELL, patterns: ['a'.repeat(201)] }, message: /1 to 200 characters/, at: `"${'a'.repeat(201)}"` },
    { name: 'a pattern that does not compile', rule: { ...HOPE_WELL, patterns: ['(unclosed'] }, message: /not a valid regular expression/, at: '"(unclosed"' },
    { name: 'a pattern that matches empty text', rule: { ...HOPE_WELL, patterns: ['x?'] }, message: /matches empty text/, at: '"x?"' },
    { name: 'a bad severity', rule: { ...HOPE_WELL, severity: 'loud' }, message: /`severity` must be one of off, hint/, at: '"no-hope-well"' },
    { name: 'an unknown kind', rule: { ...HOPE_WELL, kinds: ['newsletter'] }, message: /`kinds` must be "all" or a non-empty list of: request/, at: '"no-hope-well"' },
    { name: 'a non-boolean caseSensitive', rule: { ...HOPE_WELL, caseSensitive: 'yes' }, message: /`caseSensitive` must be true or false/, at: '"no-hope-well"' },
    { name: 'an unknown key', rule: { ...HOPE_WELL, fix: 'x' }, message: /unknown key `fix`/, at: '"fix"' },
  ];
  for (const { name, rule, message, at } of BAD) {
    it(`reports ${name} at the offending JSON text, and keeps the valid rules`, () => {
      const { config, problems } = configWith([rule, { ...HOPE_WELL, id: 'still-kept' }]);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0]!.message, message);
      assert.equal(problems[0]!.text, at);
      assert.deepEqual(config.customRules.map((kept) => kept.id), ['still-kept']);
    });
  }

  it('reports a duplicate id and keeps the first rule', () => {
    const { config, problems } = configWith([HOPE_WELL, HOPE_WELL]);
    assert.deepEqual(problems.map((problem) => problem.message), ['Custom rule `no-hope-well` is defined twice: ids must be unique.']);
    assert.equal(config.customRules.length, 1);
  });

  it('reports a customRules value that is not a list', () => {
    const { problems } = configWith([]);
    assert.deepEqual(problems, []);
    const parsed = parseConfig('{ "customRules": { "id": "x" } }', METAS);
    assert.match(parsed.problems[0]!.message, /must be a list/);
  });
});

describe('the static check against catastrophic patterns', () => {
  const REFUSED: [string, RegExp][] = [
    ['(a+)+$', /nested quantifier/],
    ['^(\\w+\\s?)*$', /nested quantifier/],
    ['(a*)*b', /nested quantifier/],
    ['(.*)*x', /nested quantifier/],
    ['(?:x(?:a+))+', /nested quantifier/],
    ['(a|a)*b', /holds alternatives/],
    ['(?:yes|yeah)+!', /holds alternatives/],
    ['(\\w)\\1', /backreference/],
    ['(?<word>\\w)\\k<word>', /backreference/],
    ['(?<=dear )sir', /lookbehind/],
    ['(?<!not )sure', /lookbehind/],
    ['.*.*.*x', /too many repetitions/],
    ['[a-z]+[a-z]+[a-z]+!', /too many repetitions/],
    ['.{0,300}.{0,300}.{0,300}x', /too many repetitions/],
  ];
  for (const [pattern, reason] of REFUSED) {
    it(`refuses ${pattern}`, () => assert.match(patternProblem(pattern) ?? 'accepted', reason));
  }

  const ACCEPTED = [
    '\\bpick\\s+(?:your|my)\\s+brains?\\b',
    '\\bjust\\s+a\\s+quick\\s+question\\b',
    'hope this (?:email|message) finds you well',
    '\\w+ \\w+ \\w+ \\w+!',
    '\\d+\\s*(?:min|minutes)\\b',
    '(?:ab)+c',
    '.*x.*y',
    '\\bcircle back\\b(?=[.!?])',
  ];
  for (const pattern of ACCEPTED) {
    it(`accepts ${pattern}`, () => assert.equal(patternProblem(pattern), undefined));
  }

  it('reports a known ReDoS pattern in the config as a config problem', () => {
    const { config, problems } = configWith([{ ...HOPE_WELL, patterns: ['(a+)+$'] }, { ...HOPE_WELL, id: 'words', patterns: ['^(\\w+\\s?)*$'] }]);
    assert.deepEqual(config.customRules, []);
    assert.deepEqual(
      problems.map((problem) => problem.text),
      ['"(a+)+$"', '"^(\\\\w+\\\\s?)*$"'],
    );
    for (const problem of problems) assert.match(problem.message, /exponential time/);
  });

  it('runs a borderline accepted pattern on a long hostile line a short segment at a time, with bounded findings', () => {
    const hostile = request(`Hi Ana,\n\n${'a'.repeat(50_000)}!\n${'a '.repeat(20_000)}!\n`);
    const { config, problems } = configWith([{ id: 'slow-one', message: 'Slow on purpose.', patterns: ['a.*a.*b', '\\w+\\w+!'] }]);
    assert.deepEqual(problems, []);
    // The patterns backtrack over whatever they are given, so the cap on what they are given is what bounds the work.
    let longest = 0;
    for (const pattern of config.customRules[0]!.patterns) {
      const exec = pattern.exec.bind(pattern);
      pattern.exec = (text) => {
        longest = Math.max(longest, text.length);
        return exec(text);
      };
    }
    const findings = lintDocument(parseOutreachDocument(hostile), { config, phrases });
    assert.ok(longest > 0 && longest <= CUSTOM_RULE_LIMITS.maxSegmentLength, `a pattern saw ${longest} characters at once`);
    // The second pattern finds the run's end; the findings stay bounded.
    assert.ok(custom(findings, 'slow-one').length <= CUSTOM_RULE_LIMITS.maxMatchesPerRule + 1);
  });
});

describe('custom rules in lintDocument', () => {
  it('reports each match on the prose with the custom id, message and severity, and no fix', () => {
    const text = request(BODY);
    const findings = custom(lintWith([HOPE_WELL], text), 'no-hope-well');
    assert.deepEqual(
      findings.map((finding) => [text.slice(finding.range.start, finding.range.end), finding.severity, finding.message, finding.fixes]),
      [['hope this email finds you', 'warning', HOPE_WELL.message, []]],
    );
    const asError = custom(lintWith([{ ...HOPE_WELL, severity: 'error' }], text), 'no-hope-well');
    assert.equal(asError[0]?.severity, 'error');
    assert.deepEqual(custom(lintWith([{ ...HOPE_WELL, severity: 'off' }], text), 'no-hope-well'), []);
  });

  it('honours caseSensitive', () => {
    const text = request(BODY.replace('I hope this email', 'I HOPE THIS EMAIL'));
    assert.equal(custom(lintWith([HOPE_WELL], text), 'no-hope-well').length, 1);
    assert.equal(custom(lintWith([{ ...HOPE_WELL, caseSensitive: true }], text), 'no-hope-well').length, 0);
  });

  it('checks only the configured kinds', () => {
    const rule = { ...HOPE_WELL, kinds: ['follow-up'] };
    assert.deepEqual(custom(lintWith([rule], request(BODY)), 'no-hope-well'), []);
    assert.equal(custom(lintWith([rule], template('kind: follow-up', BODY)), 'no-hope-well').length, 1);
  });

  it('does not match inside placeholders, comments or front matter', () => {
    const rule = { id: 'no-clinic', message: 'Name the clinic instead.', patterns: ['\\bclinic\\b'] };
    const text = template('kind: request\nsubject: A clinic question', '{{!-- the clinic --}}\nHi {{clinic}},\n\nI run the desk at a clinic.\n');
    const findings = custom(lintWith([rule], text), 'no-clinic');
    assert.deepEqual(findings.map((finding) => finding.range.start), [text.lastIndexOf('clinic')]);
  });

  it('is silenced by a suppression comment naming the custom id, which unknown-rule accepts', () => {
    const text = request(BODY.replace('I hope this email', '{{!-- outreach-disable-next-line no-hope-well --}}\nI hope this email'));
    const findings = lintWith([HOPE_WELL], text);
    assert.deepEqual(custom(findings, 'no-hope-well'), []);
    assert.deepEqual(custom(findings, 'unknown-rule'), []);
    // Without the config the id is unknown again.
    const withoutConfig = lintWith([], text);
    assert.equal(custom(withoutConfig, 'unknown-rule').length, 1);
  });

  it('stops a rule after the match cap and says so in one info finding', () => {
    const text = request(`Hi Ana,\n\n${'ok '.repeat(1_500)}\n`);
    const findings = custom(lintWith([{ id: 'no-ok', message: 'Say more than ok.', patterns: ['\\bok\\b'] }], text), 'no-ok');
    assert.equal(findings.filter((finding) => finding.severity === 'warning').length, CUSTOM_RULE_LIMITS.maxMatchesPerRule);
    const notes = findings.filter((finding) => finding.severity === 'info');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message, /`no-ok` stopped early after 1000 matches/);
  });
});
