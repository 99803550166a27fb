/** The extension manifest against the code and files it points to: commands, menus, walkthrough, snippets, packaging, README. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TEMPLATE_DOCUMENTS } from '../../client/src/templateDocuments';
import { COMMANDS } from '../../server/src/protocol';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { TEMPLATE_KINDS } from '../../server/src/service/types';
import { lintText } from '../helpers/ruleTester';

const ROOT = resolve(__dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Command {
  command: string;
  title?: string;
  category?: string;
  icon?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; svg?: string };
  completionEvents?: string[];
}
interface WorkspaceSupport {
  supported: boolean | 'limited';
  description?: string;
}
interface Manifest {
  icon?: string;
  capabilities: { untrustedWorkspaces?: WorkspaceSupport; virtualWorkspaces?: WorkspaceSupport };
  contributes: {
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    walkthroughs: { id: string; title: string; description: string; steps: WalkthroughStep[] }[];
    snippets: { language: string; path: string }[];
    languages: { id: string; configuration?: string }[];
    grammars: { path: string }[];
  };
}
interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const { commands, menus, walkthroughs, snippets } = manifest.contributes;
const commandIds = new Set(commands.map((command) => command.command));
/** What the client registers: one handler per entry of the protocol's table (its type demands one for each). */
const registeredIds = new Set<string>(Object.values(COMMANDS));
const steps = walkthroughs.flatMap((walkthrough) => walkthrough.steps);

/** Command ids a walkthrough step runs: `command:` links in its description and `onCommand:` completion events. */
function stepCommands(step: WalkthroughStep): string[] {
  const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]!);
  const events = (step.completionEvents ?? []).filter((event) => event.startsWith('onCommand:')).map((event) => event.slice('onCommand:'.length));
  return [...linked, ...events];
}

/**
 * Expands a VS Code snippet body to the text it inserts (defaults kept, first choice taken), failing on
 * malformed syntax: an unclosed `${`, an empty tab-stop head or an unescaped `$`.
 */
function expandSnippet(body: string): string {
  let index = 0;
  const parse = (nested: boolean): string => {
    let out = '';
    while (index < body.length) {
      const char = body[index]!;
      const next = body[index + 1];
      if (char === '\\' && next !== undefined && '$}\\'.includes(next)) {
        out += next;
        index += 2;
      } else if (nested && char === '}') {
        return out;
      } else if (char === '$') {
        const simple = /^\$(?:\d+|[A-Z_]+)/.exec(body.slice(index));
        if (simple) {
          index += simple[0].length;
          continue;
        }
        const head = /^\$\{(?:\d+|[A-Z_]+)([:|}])/.exec(body.slice(index));
        assert.ok(head, `a well-formed tab stop at ${JSON.stringify(body.slice(index, index + 12))}`);
        index += head[0].length;
        if (head[1] === ':') {
          out += parse(true);
          assert.equal(body[index], '}', 'a closed placeholder');
          index++;
        } else if (head[1] === '|') {
          const end = body.indexOf('|}', index);
          assert.ok(end > index, 'a closed choice');
          out += body.slice(index, end).split(',')[0];
          index = end + 2;
        }
      } else {
        out += char;
        index++;
      }
    }
    assert.ok(!nested, 'a closed placeholder');
    return out;
  };
  return parse(false);
}

/** Whether package.json's `files` allow-list (what both npm and vsce ship) ships `path`. */
function ships(path: string): boolean {
  const { files } = JSON.parse(read('package.json')) as { files: string[] };
  const normal = path.replace(/^\.\//, '');
  return files.some((pattern) =>
    pattern.endsWith('/') ? normal.startsWith(pattern) : new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(normal),
  );
}

describe('extension manifest', () => {
  describe('commands', () => {
    it('each has the "Outreach" category, a title and a unique id', () => {
      assert.ok(commands.length >= 4);
      assert.equal(commandIds.size, commands.length);
      for (const command of commands) {
        assert.equal(command.category, 'Outreach', command.command);
        assert.ok(command.title && command.title.trim() === command.title, `${command.command} has a title`);
      }
    });

    it('has the titles the product promises', () => {
      const titles = Object.fromEntries(commands.map((command) => [command.command, command.title]));
      assert.deepEqual(titles, {
        'outreach.preview': 'Preview with sample variables',
        'outreach.newTemplate': 'New outreach template…',
        'outreach.fixAll': 'Fix all',
        'outreach.showSummary': 'Show summary',
      });
    });

    it('are the commands of the protocol module, which the client registers, and the summary lens runs one of them', () => {
      assert.deepEqual([...commandIds].sort(), [...registeredIds].sort());
      assert.ok(commandIds.has(COMMANDS.showSummary));
    });

    it('menus use contributed commands; the title-bar button has an icon and shows on templates the client lints only', () => {
      // The same schemes as the client's document selector: no preview button on a git: diff of a template.
      const onTemplates = 'editorLangId == outreach && resourceScheme =~ /^(file|untitled)$/';
      for (const [menu, items] of Object.entries(menus)) {
        for (const item of items) assert.ok(commandIds.has(item.command), `${menu} uses ${item.command}`);
      }
      const titleBar = menus['editor/title'] ?? [];
      assert.ok(titleBar.some((item) => item.command === 'outreach.preview'));
      for (const item of titleBar) {
        assert.equal(item.when, onTemplates);
        assert.ok(commands.find((command) => command.command === item.command)?.icon, `${item.command} has an icon`);
      }
      const palette = new Map((menus.commandPalette ?? []).map((item) => [item.command, item.when]));
      for (const id of ['outreach.preview', 'outreach.fixAll', 'outreach.showSummary']) assert.equal(palette.get(id), onTemplates, id);
      assert.equal(palette.has('outreach.newTemplate'), false, 'a new template needs no open template');
    });

    it('has a starter for every kind the new-template picker offers', () => {
      for (const kind of TEMPLATE_KINDS) assert.ok(existsSync(join(ROOT, 'templates', 'starters', `${kind}.outreach.hbs`)), kind);
    });
  });

  describe('walkthrough', () => {
    it('has 3 to 4 steps, each with a title, a description and media that exists and ships', () => {
      assert.equal(walkthroughs.length, 1);
      assert.ok(steps.length >= 3 && steps.length <= 4);
      for (const step of steps) {
        assert.ok(step.title && step.description, step.id);
        const media = step.media.markdown ?? step.media.image ?? step.media.svg;
        assert.ok(media, `${step.id} has media`);
        assert.ok(existsSync(join(ROOT, media)), `${media} exists`);
        assert.ok(ships(media), `package.json files ship ${media}`);
      }
    });

    it('runs only contributed, registered commands', () => {
      const used = steps.flatMap(stepCommands);
      assert.ok(used.includes('outreach.newTemplate') && used.includes('outreach.preview'));
      for (const id of used) {
        assert.ok(commandIds.has(id), `${id} is contributed`);
        assert.ok(registeredIds.has(id), `${id} is registered`);
      }
    });
  });

  describe('snippets', () => {
    const [contribution] = snippets;
    assert.ok(contribution);
    const file = JSON.parse(read(contribution.path)) as Record<string, Snippet>;

    it('are contributed for the outreach language and ship', () => {
      assert.equal(contribution.language, 'outreach');
      assert.ok(ships(contribution.path));
    });

    it('are checked by a body reader that rejects malformed snippet syntax', () => {
      assert.equal(expandSnippet('{{${1|recipient.firstName,sender.firstName|}}} \\$5 ${2:a ${3:b}} $0'), '{{recipient.firstName}} $5 a b ');
      for (const broken of ['${1:never closed', '${1|a,b', 'costs $ 5', '${:x}']) assert.throws(() => expandSnippet(broken), assert.AssertionError, broken);
    });

    it('each has a prefix, a description and a well-formed body', () => {
      assert.ok(Object.keys(file).length >= 8);
      for (const [name, snippet] of Object.entries(file)) {
        const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        assert.ok(prefixes.length > 0 && prefixes.every((prefix) => prefix.length > 0), `${name} has a prefix`);
        assert.ok(snippet.description, `${name} has a description`);
        assert.ok(expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body).length > 0, name);
      }
    });

    it('give every kind a front matter that parses and declares every placeholder it uses', () => {
      for (const kind of TEMPLATE_KINDS) {
        const snippet = file[`Front matter: ${kind}`];
        assert.ok(snippet, `a front-matter snippet for ${kind}`);
        const text = expandSnippet((snippet.body as string[]).join('\n'));
        const document = parseOutreachDocument(text);
        assert.equal(document.frontMatter.kind, kind);
        assert.deepEqual(document.frontMatter.problems, [], `${kind}: front matter parses cleanly`);
        assert.equal(document.syntaxError, undefined);
        const broken = lintText(text).filter((finding) => ['frontmatter', 'template-syntax', 'unknown-variable', 'render-empty'].includes(finding.rule));
        assert.deepEqual(broken.map((finding) => finding.message), [], kind);
      }
    });

    it('write suppression comments that name real rules', () => {
      const suppressions = Object.values(file).filter((snippet) => String(snippet.body).includes('outreach-disable'));
      assert.equal(suppressions.length, 3);
      for (const snippet of suppressions) {
        const comment = expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
        const findings = lintText(`---\nkind: request\n---\nHi Ana,\n\n${comment}\nCould we talk for 15 minutes next week?\n`);
        assert.equal(findings.filter((finding) => finding.rule === 'unknown-rule').length, 0, comment);
      }
    });
  });

  describe('documents, workspaces and icon', () => {
    it('the client lints outreach templates on disk and untitled ones only, with the selector its status items use', () => {
      assert.deepEqual(TEMPLATE_DOCUMENTS.map((filter) => filter.scheme), ['file', 'untitled']);
      const languageIds = manifest.contributes.languages.map((language) => language.id);
      for (const filter of TEMPLATE_DOCUMENTS) assert.ok(languageIds.includes(filter.language), `${filter.language} is a contributed language`);
      assert.match(read('client/src/extension.ts'), /documentSelector: TEMPLATE_DOCUMENTS,/);
      assert.equal(read('client/src/languageStatus.ts').match(/createLanguageStatusItem\([^)]*, TEMPLATE_DOCUMENTS\)/g)?.length, 2);
    });

    it('declares that virtual workspaces are not supported, and says why', () => {
      const virtual = manifest.capabilities.virtualWorkspaces;
      assert.ok(virtual, 'capabilities.virtualWorkspaces is declared');
      assert.equal(virtual.supported, false);
      assert.match(virtual.description ?? '', /\.outreachrc\.json/);
    });

    it('has a 128×128 PNG icon that ships', () => {
      assert.equal(manifest.icon, 'media/icon.png');
      assert.ok(ships(manifest.icon));
      const png = readFileSync(join(ROOT, manifest.icon));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
      assert.equal(png.toString('latin1', 12, 16), 'IHDR');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'width and height');
    });
  });

  describe('packaging and docs', () => {
    it('ships every file the manifest points to', () => {
      const paths = [
        ...manifest.contributes.languages.flatMap((language) => (language.configuration ? [language.configuration] : [])),
        ...manifest.contributes.grammars.map((grammar) => grammar.path),
        ...snippets.map((snippet) => snippet.path),
        ...steps.map((step) => step.media.markdown ?? ''),
        'dist/extension.js',
        'dist/server.js',
        'dist/service.js',
        'dist/preview.js',
        'dist/nlp-model.js',
        'templates/starters/request.outreach.hbs',
      ];
      for (const path of paths) assert.ok(ships(path), `package.json files ship ${path}`);
    });

    it('the editor documentation covers every command, fix on save and snippet', () => {
      const readme = read('docs/editors.md');
      for (const command of commands) {
        assert.ok(readme.includes(`\`${command.command}\``), `docs/editors.md mentions ${command.command}`);
        assert.ok(readme.includes(command.title!), `docs/editors.md mentions "${command.title}"`);
      }
      assert.ok(readme.includes('"editor.codeActionsOnSave": { "source.fixAll.outreach": "explicit" }'));
      for (const prefix of Object.values(JSON.parse(read(snippets[0]!.path)) as Record<string, Snippet>).map((snippet) => [snippet.prefix].flat()[0]!)) {
        assert.ok(readme.includes(`\`${prefix}\``), `docs/editors.md mentions the snippet prefix ${prefix}`);
      }
    });
  });
});
