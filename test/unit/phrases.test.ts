import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import { loadPhraseLibrary, templatesFolder } from '../../server/src/service/config/bundledPhrases';
import { emptyConfig } from '../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import {
  clausePlaceholders,
  clauseSnippet,
  loadPhraseFolder,
  parsePhraseFile,
  PHRASE_CATEGORIES,
  type PhraseCategory,
  type PhraseEntry,
} from '../../server/src/service/config/phrases';
import { TEMPLATE_KINDS } from '../../server/src/service/types';

/** The placeholders a shipped clause may use, each with a sample value to render it. */
const SHARED_VOCABULARY: Record<string, string> = {
  'recipient.firstName': 'Sally',
  'recipient.company': 'Northwind',
  'recipient.role': 'head of design',
  'recipient.recentWork': 'design reviews for small teams',
  'recipient.event': 'the Friday design meetup',
  'sender.firstName': 'Jim',
  'sender.role': 'product designer',
  'sender.timezone': 'CET',
  'sender.bookingLink': 'https://cal.example.com/jim',
  'sender.offer': 'the survey results from forty design teams',
  'meeting.topic': 'remote design critiques',
  // Introductions name a second person; thank-you notes quote advice as what to do ("to …").
  'introducee.firstName': 'Omar',
  'introducee.role': 'data analyst',
  'meeting.advice': 'ask to see a team’s last three retrospectives',
};

const MIN_ENTRIES = 8;
const MAX_SUBJECT_LENGTH = 60;

/** Phrases the rule catalog flags: a clause offered as a fix must never contain them. */
const FLAGGED_PHRASES = [
  /pick your brain/i,
  /let me know when you(?:'|’)?re free/i,
  /when works for you/i,
  /whenever suits you/i,
  /\blet(?:'|’)?s (?:do|grab) coffee\b/i,
  /\bmeet (?:up )?(?:halfway|in the middle)\b/i,
  /\bjust following up\b|\bcircling back\b|\bbumping this\b/i,
  /\btell me about\b|\blearn more about what you do\b/i,
  /\bI hope this (?:e-?mail|message) finds you well\b/i,
  /\[[A-Z][\w ]*\]|<[A-Z_]+>|\bTODO\b|\bXXX\b|(?<!\{)\{[A-Za-z]+\}(?!\})/,
];

const shipped = loadPhraseFolder(join(templatesFolder(), 'phrases'));

describe('shipped phrase library', () => {
  it('loads without problems', () => {
    assert.deepEqual(shipped.problems, []);
  });

  it('has unique ids', () => {
    const seen = new Map<string, string>();
    for (const entry of shipped.entries) {
      const previous = seen.get(entry.id);
      assert.equal(previous, undefined, `id \`${entry.id}\` is used in ${entry.category} and ${previous ?? ''}`);
      seen.set(entry.id, entry.category);
    }
  });

  // Every category feeds a rule's quick fix or completions, so each must ship a full set.
  for (const category of PHRASE_CATEGORIES) {
    it(`has at least ${MIN_ENTRIES} entries in ${category}`, () => {
      const count = shipped.entries.filter((entry) => entry.category === category).length;
      assert.ok(count >= MIN_ENTRIES, `${category} has ${count} entries`);
    });
  }

  for (const entry of shipped.entries) describe(`${entry.category}/${entry.id}`, () => checkEntry(entry));
});

function checkEntry(entry: PhraseEntry): void {
  it('parses as a Handlebars template of plain placeholders', () => {
    const program = parseWithoutProcessing(entry.text);
    for (const statement of program.body) {
      if (statement.type === 'ContentStatement') continue;
      assert.equal(statement.type, 'MustacheStatement', `unexpected ${statement.type}`);
      const mustache = statement as AST.MustacheStatement;
      assert.equal(mustache.path.type, 'PathExpression');
      assert.equal(mustache.params.length, 0, 'placeholders take no helper parameters');
    }
  });

  it('uses only the shared placeholder vocabulary', () => {
    for (const path of clausePlaceholders(entry.text)) {
      assert.ok(path in SHARED_VOCABULARY, `unknown placeholder {{${path}}}`);
    }
  });

  it('lists valid, distinct kinds', () => {
    assert.ok(entry.kinds.length > 0);
    for (const kind of entry.kinds) assert.ok((TEMPLATE_KINDS as readonly string[]).includes(kind), kind);
    assert.equal(new Set(entry.kinds).size, entry.kinds.length);
  });

  it('contains no phrase the rules flag', () => {
    for (const pattern of FLAGGED_PHRASES) assert.doesNotMatch(entry.text, pattern);
  });

  if (entry.category === 'subject') {
    it(`is a subject line of at most ${MAX_SUBJECT_LENGTH} characters`, () => {
      assert.ok(entry.text.length <= MAX_SUBJECT_LENGTH, `${entry.text.length} characters`);
      assert.doesNotMatch(entry.text, /[\r\n]|\.$/);
    });
  } else {
    it('renders as one complete sentence', () => {
      const rendered = render(entry.text);
      assert.match(rendered, /^[A-Z0-9"“]/, 'starts with a capital letter');
      assert.match(rendered, /[.?!]["”]?$/, 'ends with sentence punctuation');
      assert.doesNotMatch(rendered.slice(0, -1), /[.?!]\s+[A-Z]/, 'holds a single sentence');
    });
  }

  it('becomes a snippet whose defaults give back the clause', () => {
    const snippet = clauseSnippet(entry.text);
    assert.equal(resolveSnippet(snippet), entry.text);
    assert.equal(tabStops(snippet).length, clausePlaceholders(entry.text).length);
  });
}

function render(text: string): string {
  return text.replace(/\{\{\s*([\w.@-]+)\s*\}\}/g, (_, path: string) => SHARED_VOCABULARY[path] ?? '');
}

/** What an editor inserts when every tab stop keeps its default: escapes resolved, `${n:…}` unwrapped. */
function resolveSnippet(snippet: string): string {
  let output = '';
  let depth = 0;
  for (let index = 0; index < snippet.length; index++) {
    const char = snippet[index]!;
    if (char === '\\') {
      output += snippet[++index] ?? '';
    } else if (char === '$') {
      const stop = /^\$\{\d+:/.exec(snippet.slice(index));
      assert.ok(stop, `unescaped $ at ${index} in ${snippet}`);
      depth++;
      index += stop[0].length - 1;
    } else if (char === '}') {
      assert.ok(depth > 0, `unescaped } at ${index} in ${snippet}`);
      depth--;
    } else {
      output += char;
    }
  }
  assert.equal(depth, 0, `unclosed tab stop in ${snippet}`);
  return output;
}

function tabStops(snippet: string): number[] {
  return [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((match) => Number(match[1]));
}

describe('parsePhraseFile', () => {
  const goodEntry = '  - id: short-call\n    label: A short call\n    kinds: [request]\n    text: Would you have 15 minutes next week?\n';

  it('reports malformed YAML with its offset and keeps nothing', () => {
    const { entries, problems } = parsePhraseFile('category: time-limit\nentries:\n  - id: [unclosed\n', 'broken.yaml');
    assert.equal(entries.length, 0);
    assert.ok(problems.length > 0);
    assert.equal(problems[0]?.source, 'broken.yaml');
    assert.equal(typeof problems[0]?.offset, 'number');
  });

  it('reports a file that is not a map', () => {
    const { entries, problems } = parsePhraseFile('- just\n- a list\n', 'list.yaml');
    assert.equal(entries.length, 0);
    assert.match(problems[0]?.message ?? '', /category.*entries/);
  });

  it('reports an unknown category with the known ones', () => {
    const { entries, problems } = parsePhraseFile(`category: small-talk\nentries:\n${goodEntry}`, 'talk.yaml');
    assert.equal(entries.length, 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /Unknown phrase category `small-talk`.*time-limit/);
  });

  it('reports entries that are not a list', () => {
    const { problems } = parsePhraseFile('category: time-limit\nentries: none\n', 'flat.yaml');
    assert.match(problems[0]?.message ?? '', /`entries` must be a list/);
  });

  it('skips and reports bad entries, keeping the good ones', () => {
    const text = [
      'category: time-limit',
      'entries:',
      goodEntry.trimEnd(),
      '  - id: Not Dashed',
      '    label: Bad id',
      '    kinds: [request]',
      '    text: Could we talk for 10 minutes?',
      '  - id: no-text',
      '    label: Missing text',
      '    kinds: [request]',
      '  - id: bad-kind',
      '    label: Unknown kind',
      '    kinds: [newsletter]',
      '    text: Could we talk for 10 minutes?',
      '  - id: numeric-note',
      '    label: Note is a number',
      '    kinds: [request]',
      '    text: Could we talk for 10 minutes?',
      '    note: 42',
      '  - just a string',
      '  - id: kept-too',
      '    label: Also good',
      '    kinds: [request, follow-up]',
      '    text: "  Ten minutes would be plenty.  "',
      '',
    ].join('\n');
    const { entries, problems } = parsePhraseFile(text, 'mixed.yaml');
    assert.deepEqual(
      entries.map((entry) => [entry.id, entry.category, entry.text, entry.source]),
      [
        ['short-call', 'time-limit', 'Would you have 15 minutes next week?', 'mixed.yaml'],
        ['kept-too', 'time-limit', 'Ten minutes would be plenty.', 'mixed.yaml'],
      ],
    );
    assert.deepEqual(
      problems.map((problem) => problem.message.replace(/:.*/, '')),
      ['Entry 2', 'Entry 3', 'Entry 4', 'Entry 5', 'Entry 6'],
    );
    assert.match(problems[0]?.message ?? '', /`id`/);
    assert.match(problems[1]?.message ?? '', /`text`/);
    assert.match(problems[2]?.message ?? '', /`kinds`/);
    assert.match(problems[3]?.message ?? '', /`note`/);
    assert.equal(problems[0]?.offset, text.indexOf('id: Not Dashed'));
  });
});

describe('clauseSnippet', () => {
  it('turns each placeholder into a numbered tab stop defaulting to the placeholder', () => {
    assert.equal(
      clauseSnippet('Your talk on {{recipient.recentWork}} at {{ recipient.event }} was great.'),
      'Your talk on ${1:{{recipient.recentWork\\}\\}} at ${2:{{ recipient.event \\}\\}} was great.',
    );
  });

  it('escapes $, } and backslashes in the surrounding text', () => {
    assert.equal(clauseSnippet('It cost $5 {not a stop} \\ here.'), 'It cost \\$5 {not a stop\\} \\\\ here.');
  });

  it('leaves a clause without placeholders as plain text', () => {
    assert.equal(clauseSnippet('A one-word reply is plenty.'), 'A one-word reply is plenty.');
  });
});

/** A request to an executive that lacks every courtesy the request clauses add; `[clause]` marks where one goes. */
const WEAK_REQUEST = `---
kind: request
subject: "{{subject}}"
recipient:
  seniority: executive
variables:
${Object.entries(SHARED_VOCABULARY)
  .map(([path, sample]) => `  ${path}: "${sample}"`)
  .join('\n')}
---
Hi {{recipient.firstName}},

I am {{sender.firstName}}, a {{sender.role}} at a small studio. {{ask}} Let me know when you are free. [clause]

Best,
{{sender.firstName}}
`;

function weakRequest(parts: { ask?: string; clause?: string; subject?: string }): string {
  return WEAK_REQUEST.replace('{{subject}}', parts.subject ?? 'Coffee?')
    .replace('{{ask}}', parts.ask ?? 'Would you have 15 minutes for a call?')
    .replace(' [clause]', parts.clause ? ` ${parts.clause}` : '');
}

/** The rule whose quick fix offers each category, and how to put an entry into the weak request. */
const CLEARS: { category: PhraseCategory; rule: string; insert: (text: string) => string }[] = [
  { category: 'reason-to-meet', rule: 'reason-to-meet', insert: (clause) => weakRequest({ clause }) },
  { category: 'purpose', rule: 'missing-purpose', insert: (clause) => weakRequest({ clause }) },
  { category: 'personalization', rule: 'personalization', insert: (clause) => weakRequest({ clause }) },
  { category: 'flexibility', rule: 'flexibility', insert: (clause) => weakRequest({ clause }) },
  { category: 'scheduling', rule: 'scheduling-burden', insert: (clause) => weakRequest({ clause }) },
  { category: 'event-alternative', rule: 'influencer-target', insert: (clause) => weakRequest({ clause }) },
  { category: 'easy-out', rule: 'easy-out', insert: (clause) => weakRequest({ clause }) },
  { category: 'time-limit', rule: 'time-limit', insert: (clause) => weakRequest({ ask: 'Would you be open to a call?', clause }) },
  { category: 'subject', rule: 'subject', insert: (subject) => weakRequest({ subject }) },
];

describe('request clauses clear the finding they are offered for', () => {
  const library = loadPhraseLibrary().library;
  const rulesFound = (text: string): string[] =>
    lintDocument(parseOutreachDocument(text), { config: emptyConfig(), phrases: library }).map((finding) => finding.rule);
  for (const { category, rule, insert } of CLEARS) {
    describe(`${category} → ${rule}`, () => {
      // Otherwise every clause below would pass without clearing anything.
      it('fires without a clause', () => assert.ok(rulesFound(insert('')).includes(rule)));
      for (const entry of library.inCategory(category, 'request')) {
        it(entry.id, () => assert.ok(!rulesFound(insert(entry.text)).includes(rule), `${rule} still fires with: ${entry.text}`));
      }
    });
  }
});

/** An introduction (or the request before it) that says nothing of why, what or how to decline; `[clause]` marks where one goes. */
function weakIntroduction(kind: 'introduction' | 'intro-request', clause: string): string {
  const variables = Object.entries(SHARED_VOCABULARY)
    .map(([path, sample]) => `  ${path}: "${sample}"`)
    .join('\n');
  const ask = kind === 'introduction' ? '{{recipient.firstName}}, meet {{introducee.firstName}}.' : 'May I connect you with {{introducee.firstName}}?';
  return `---\nkind: ${kind}\nsubject: "Meeting {{introducee.firstName}}"\nconsent: granted\nvariables:\n${variables}\n---\nHi {{recipient.firstName}},\n\n${ask}${clause ? ` ${clause}` : ''}\n\nBest,\n{{sender.firstName}}\n`;
}

describe('introduction clauses clear the finding they are offered for', () => {
  const library = loadPhraseLibrary().library;
  const rulesFound = (text: string): string[] =>
    lintDocument(parseOutreachDocument(text), { config: emptyConfig(), phrases: library }).map((finding) => finding.rule);
  const cases: { category: PhraseCategory; rule: string; kinds: ('introduction' | 'intro-request')[] }[] = [
    { category: 'intro-reason', rule: 'intro-reason', kinds: ['introduction', 'intro-request'] },
    { category: 'intro-expectation', rule: 'intro-expectation', kinds: ['introduction', 'intro-request'] },
    { category: 'easy-out', rule: 'easy-out', kinds: ['intro-request'] },
  ];
  for (const { category, rule, kinds } of cases) {
    for (const kind of kinds) {
      describe(`${category} → ${rule} (${kind})`, () => {
        it('fires without a clause', () => assert.ok(rulesFound(weakIntroduction(kind, '')).includes(rule)));
        for (const entry of library.inCategory(category, kind)) {
          it(entry.id, () => assert.ok(!rulesFound(weakIntroduction(kind, entry.text)).includes(rule), `${rule} still fires with: ${entry.text}`));
        }
      });
    }
  }
});
