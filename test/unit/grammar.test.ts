import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
let grammar: IGrammar;

/** The scopes of the first token that starts at `needle` on the line that holds it. */
function scopesAt(text: string, needle: string): string[] {
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const column = line.indexOf(needle);
    if (column < 0) continue;
    const token = result.tokens.find((candidate) => candidate.startIndex <= column && column < candidate.endIndex);
    return token?.scopes ?? [];
  }
  throw new Error(`"${needle}" not found`);
}

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
      loadGrammar: async (scopeName) => {
        // source.yaml is VS Code's own; a stand-in keeps the embedding rule alive here.
        if (scopeName === 'source.yaml') return parseRawGrammar(JSON.stringify({ scopeName, patterns: [{ match: '\\w+', name: 'entity.name.tag.yaml' }] }), 'yaml.json');
        if (scopeName !== 'text.outreach') return null;
        const path = join(ROOT, 'syntaxes', 'outreach.tmLanguage.json');
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const loaded = await registry.loadGrammar('text.outreach');
    assert.ok(loaded);
    grammar = loaded;
  });

  const sample = [
    '---',
    'kind: request',
    '---',
    'Hi {{recipient.firstName}},',
    '{{!-- outreach-disable-next-line time-limit --}}',
    '{{#if recipient.talk}}I saw your talk.{{/if}} Please fill in [Your Name].',
  ].join('\n');

  it('is registered in the manifest for the outreach language', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { language: string; scopeName: string; path: string }[] } };
    assert.deepEqual(manifest.contributes.grammars.map((g) => [g.language, g.scopeName, g.path]), [['outreach', 'text.outreach', './syntaxes/outreach.tmLanguage.json']]);
  });

  it('embeds YAML front matter', () => {
    const scopes = scopesAt(sample, 'kind');
    assert.ok(scopes.includes('meta.embedded.block.frontmatter'), scopes.join(' '));
    assert.ok(scopes.includes('entity.name.tag.yaml'));
    assert.deepEqual(scopesAt(sample, 'Hi '), ['text.outreach'], 'front matter ends at the second ---');
  });

  it('marks placeholders as variables inside a template tag', () => {
    const scopes = scopesAt(sample, 'recipient.firstName');
    assert.ok(scopes.includes('variable.other.placeholder.outreach'), scopes.join(' '));
    assert.ok(scopes.includes('meta.tag.template.handlebars.outreach'));
  });

  it('marks comments, and suppression directives inside them', () => {
    assert.ok(scopesAt(sample, '{{!--').includes('comment.block.handlebars.outreach'));
    assert.ok(scopesAt(sample, 'outreach-disable-next-line').includes('keyword.control.directive.outreach'));
  });

  it('marks block helpers as keywords and leaves prose plain', () => {
    assert.ok(scopesAt(sample, '#if').some((scope) => scope.startsWith('keyword.control')));
    assert.deepEqual(scopesAt(sample, 'I saw your talk'), ['text.outreach']);
    assert.ok(scopesAt(sample, '[Your Name]').includes('invalid.deprecated.leftover-placeholder.outreach'));
  });
});
