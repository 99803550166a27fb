/** The one settings resolver the CLI and the server share, and the JSON parser's positions for config problems. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createPhraseLibrary } from '../../server/src/service/config/phrases';
import { createConfigResolver, type ConfigHost } from '../../server/src/service/config/resolver';
import { parseConfig } from '../../server/src/service/config/settings';
import { RULES } from '../../server/src/service/rules';

const rules = RULES.map((rule) => rule.meta);

/** An in-memory file system that counts reads. */
function host(files: Record<string, string | Error>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      const file = files[path];
      if (file instanceof Error) throw file;
      return file;
    },
    loadPhrases: () => ({ library: createPhraseLibrary([]), problems: [] }),
  };
}

const severityOf = (resolved: { settings: { config: { rules: Record<string, { severity?: string }> } } }, rule: string): string | undefined =>
  resolved.settings.config.rules[rule]?.severity;

describe('config resolver', () => {
  it('applies the nearest .outreachrc.json above each file, whole, and reads each once', () => {
    const files = host({
      '/work/.outreachrc.json': JSON.stringify({ rules: { subject: 'off' } }),
      '/work/team/.outreachrc.json': JSON.stringify({ rules: { 'time-limit': 'error' } }),
    });
    const resolver = createConfigResolver({ rules, host: files });
    const top = resolver.forFile('/work/a.outreach.hbs');
    const team = resolver.forFile('/work/team/drafts/b.outreach.hbs');
    assert.equal(top.file, '/work/.outreachrc.json');
    assert.equal(severityOf(top, 'subject'), 'off');
    assert.equal(team.file, '/work/team/.outreachrc.json');
    assert.equal(severityOf(team, 'subject'), undefined, 'configs do not cascade: the nearest one applies alone');
    assert.equal(severityOf(team, 'time-limit'), 'error');
    resolver.forFile('/work/team/c.outreach.hbs');
    assert.equal(files.reads.filter((path) => path === '/work/team/.outreachrc.json').length, 1);
    assert.deepEqual(resolver.known().map((resolved) => resolved.file).sort(), ['/work/.outreachrc.json', '/work/team/.outreachrc.json']);
  });

  it('uses the defaults where no config is found, and the named config for every file when given one', () => {
    const files = host({ '/elsewhere/strict.json': JSON.stringify({ rules: { length: 'error' } }) });
    assert.equal(createConfigResolver({ rules, host: files }).forFile('/work/a.outreach.hbs').file, undefined);
    const named = createConfigResolver({ rules, host: files, configFile: '/elsewhere/strict.json' }).forFile('/work/a.outreach.hbs');
    assert.equal(severityOf(named, 'length'), 'error');
  });

  it('reports a config it cannot read as an error on that file, and a missing named config', () => {
    const unreadable = createConfigResolver({ rules, host: host({ '/work/.outreachrc.json': new Error('EACCES: permission denied') }) }).forFile('/work/a.outreach.hbs');
    assert.equal(unreadable.file, '/work/.outreachrc.json');
    assert.deepEqual(unreadable.problems.map((problem) => [problem.severity, problem.message]), [['error', 'Cannot read config: EACCES: permission denied']]);
    const missing = createConfigResolver({ rules, host: host({}), configFile: '/nowhere.json' }).forFile('/work/a.outreach.hbs');
    assert.match(missing.problems[0]!.message, /nowhere\.json does not exist/);
  });

  it('keeps only severities and options in an untrusted workspace, saying so on the config', () => {
    const text = JSON.stringify({ rules: { subject: 'off' }, phraseFolders: ['phrases'], customRules: [{ id: 'no-synergy', message: 'Plain words.', patterns: ['synergy'] }] });
    const resolved = createConfigResolver({ rules, host: host({ '/work/.outreachrc.json': text }), trusted: false }).forFile('/work/a.outreach.hbs');
    assert.equal(severityOf(resolved, 'subject'), 'off');
    assert.deepEqual([resolved.settings.config.customRules, resolved.phraseFolders], [[], []]);
    assert.equal(resolved.problems.at(-1)?.severity, 'info');
  });

  it('layers the editor settings over each config and reads again after forget()', () => {
    const files: Record<string, string> = { '/work/.outreachrc.json': JSON.stringify({ rules: { subject: 'off' } }) };
    const resolver = createConfigResolver({
      rules,
      host: host(files),
      adjust: (config) => ({ ...config, rules: { ...config.rules, length: { severity: 'hint', options: {} } } }),
    });
    assert.deepEqual([severityOf(resolver.forFile('/work/a.outreach.hbs'), 'subject'), severityOf(resolver.forFile('/work/a.outreach.hbs'), 'length')], ['off', 'hint']);
    files['/work/.outreachrc.json'] = JSON.stringify({ rules: {} });
    assert.equal(severityOf(resolver.forFile('/work/a.outreach.hbs'), 'subject'), 'off', 'kept until forgotten');
    resolver.forget();
    assert.equal(severityOf(resolver.forFile(join('/work', 'a.outreach.hbs')), 'subject'), undefined);
  });
});

describe('config problem positions come from the JSON parser', () => {
  it('places a syntax error where the parser stopped', () => {
    const text = '{\n  "rules": { "subject": "off", }\n}\n';
    const [problem] = parseConfig(text, rules).problems;
    assert.match(problem!.message, /is not valid JSON: property name expected\./);
    assert.equal(text.slice(problem!.range.start, problem!.range.end), '}');
    assert.equal(problem!.range.start, text.indexOf('}'));
  });

  it('places an unknown rule on its own key, even when its name is spelled earlier in a string', () => {
    const text = '{\n  "$schema": "ask-firsts",\n  "rules": { "ask-firsts": "off" }\n}\n';
    const [problem] = parseConfig(text, rules).problems;
    assert.equal(problem!.message, 'Unknown rule `ask-firsts`.');
    assert.equal(problem!.range.start, text.lastIndexOf('"ask-firsts"'));
    assert.equal(text.slice(problem!.range.start, problem!.range.end), '"ask-firsts"');
  });

  it('keeps offsets right after a byte-order mark', () => {
    const text = '\uFEFF{ "colour": 1 }';
    const [problem] = parseConfig(text, rules).problems;
    assert.equal(text.slice(problem!.range.start, problem!.range.end), '"colour"');
  });
});
