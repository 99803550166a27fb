import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { createService, positionOf, textDocument } from '../helpers/serviceFixture';
import { phrases, template } from '../helpers/ruleTester';

const service = createService();
const FRONT_MATTER = 'kind: request\nsubject: Your talk on onboarding remote hires\nvariables:\n  recipient.firstName: Priya\n  recipient.talkTopic: onboarding remote hires\n  sender.firstName: Leo';

function complete(text: string, marker: string, snippetSupport = true, triggerCharacter?: string): CompletionItem[] {
  const document = textDocument(text);
  return service.completions(document, positionOf(document, marker), snippetSupport, triggerCharacter).items;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function newText(item: CompletionItem | undefined): string | undefined {
  return (item?.textEdit as TextEdit | undefined)?.newText;
}

describe('completions', () => {
  describe('placeholders inside {{', () => {
    const text = template(FRONT_MATTER, 'Hi {{\n\nI loved your talk on {{recipient.}}.\n');

    it('lists the declared variables with their sample values, closing the tag', () => {
      const items = complete(text, 'Hi {{', true, '{');
      const first = items.find((item) => item.label === 'recipient.firstName');
      assert.equal(first?.detail, 'Priya');
      assert.equal(newText(first), 'recipient.firstName}}');
      assert.ok(labels(items).includes('sender.firstName'));
      const declared = items.filter((item) => item.detail === 'Priya' || item.detail === 'Leo' || item.detail === 'onboarding remote hires');
      assert.equal(declared.length, 3);
      assert.ok(declared.every((item) => (item.sortText ?? '') < (items.find((other) => other.label === 'sender.role')?.sortText ?? '')), 'declared paths rank before common ones');
    });

    it('replaces the path typed so far, without doubling an existing }}', () => {
      const items = complete(text, '{{recipient.', true, '.');
      const topic = items.find((item) => item.label === 'recipient.talkTopic');
      assert.equal(newText(topic), 'recipient.talkTopic');
      const edit = topic?.textEdit as TextEdit;
      assert.equal(edit.range.end.character - edit.range.start.character, 'recipient.'.length);
    });

    it('offers paths after a block helper, but nothing while its name is typed', () => {
      assert.deepEqual(complete(template(FRONT_MATTER, 'Hi {{#i\n'), '{{#i'), []);
      assert.ok(labels(complete(template(FRONT_MATTER, 'Hi {{#if \n'), '{{#if ')).includes('recipient.talkTopic'));
    });

    it('offers nothing inside a comment or after a closed tag', () => {
      assert.deepEqual(complete(template(FRONT_MATTER, 'Hi {{!-- note\n'), '{{!-- note'), []);
      const closed = complete(template(FRONT_MATTER, 'Hi {{recipient.firstName}}, '), '}}, ', true, '{');
      assert.deepEqual(closed, [], 'a { typed in prose does not pop the clause list');
    });
  });

  describe('phrase-library clauses in the body', () => {
    const body = 'Hi {{recipient.firstName}},\n\nI run onboarding for a small design team. Could we meet to talk about your approach?\n\n';

    it('lists clauses of the template’s kind as snippets with category and notes', () => {
      const items = complete(template(FRONT_MATTER, `${body}\n`), 'approach?\n\n');
      const timeLimit = items.find((item) => item.detail === 'time-limit');
      assert.ok(timeLimit, 'a time-limit clause is offered');
      assert.equal(timeLimit.insertTextFormat, InsertTextFormat.Snippet);
      const entry = phrases.entries.find((candidate) => candidate.label === timeLimit.label);
      assert.ok(entry);
      assert.match(timeLimit.filterText ?? '', new RegExp(`^time-limit ${entry.label}`));
      assert.ok((timeLimit.filterText ?? '').includes(entry.text));
      assert.ok(items.every((item) => item.detail !== 'subject'), 'subject lines belong to the front matter');
      const kinds = new Set(phrases.entries.filter((candidate) => labels(items).includes(candidate.label)).flatMap((candidate) => candidate.kinds));
      assert.ok(kinds.has('request'));
    });

    it('inserts the clause as a tab-stop snippet, or as plain text without snippet support', () => {
      const withPlaceholder = phrases.entries.find((entry) => entry.kinds.includes('request') && entry.category !== 'subject' && entry.text.includes('{{'));
      assert.ok(withPlaceholder, 'the library has a request clause with a placeholder');
      const marker = `${body}\n`;
      const snippet = complete(template(FRONT_MATTER, marker), 'approach?\n\n').find((item) => item.label === withPlaceholder.label);
      assert.match(newText(snippet) ?? '', /\$\{1:\{\{[\w.]+\\\}\\\}\}/);
      const plain = complete(template(FRONT_MATTER, marker), 'approach?\n\n', false).find((item) => item.label === withPlaceholder.label);
      assert.equal(plain?.insertTextFormat, InsertTextFormat.PlainText);
      assert.equal(newText(plain), withPlaceholder.text);
    });

    it('filters by the word typed so far and replaces it', () => {
      const items = complete(template(FRONT_MATTER, `${body}minu\n`), 'approach?\n\nminu');
      assert.ok(items.length > 0);
      assert.ok(items.every((item) => /\bminu/i.test(item.filterText ?? '')));
      const edit = items[0]?.textEdit as TextEdit;
      assert.equal(edit.range.end.character - edit.range.start.character, 4);
    });

    it('ranks the categories the template is missing first (a meeting ask without a length → time-limit)', () => {
      const items = complete(template(FRONT_MATTER, `${body}\n`), 'approach?\n\n');
      const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      const firstTimeLimit = sorted.findIndex((item) => item.detail === 'time-limit');
      const firstOpener = sorted.findIndex((item) => item.detail === 'opener');
      assert.ok(firstTimeLimit >= 0);
      if (firstOpener >= 0) assert.ok(firstTimeLimit < firstOpener);
    });

    it('ranks first the clauses that answer a follow-up nudge and a reasonless decline', () => {
      const rankOf = (text: string, marker: string, category: string): { first: number; others: number } => {
        const sorted = [...complete(text, marker)].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        return { first: sorted.findIndex((item) => item.detail === category), others: sorted.findIndex((item) => item.detail !== category) };
      };
      const nudge = rankOf(template('kind: follow-up', 'Hi Sam,\n\nJust bumping this to the top of your inbox.\n\n\n\nBest,\nJo'), 'inbox.\n\n', 'follow-up-value');
      assert.ok(nudge.first >= 0 && nudge.first < nudge.others, JSON.stringify(nudge));
      const decline = rankOf(template('kind: decline', 'Hi Sam,\n\nThanks for asking me. I will have to say no.\n\n\n\nBest,\nJo'), 'say no.\n\n', 'decline-reason');
      assert.ok(decline.first >= 0 && decline.first < decline.others, JSON.stringify(decline));
    });

    it('does not pop clauses when a period is typed at the end of a sentence', () => {
      assert.deepEqual(complete(template(FRONT_MATTER, 'We met at the meetup.'), 'meetup.', true, '.'), []);
    });
  });

  describe('front matter', () => {
    it('offers the top-level keys that are not there yet', () => {
      const text = '---\nkind: request\n\n---\nHi there,\n';
      const document = textDocument(text);
      const items = service.completions(document, { line: 2, character: 0 }, true).items;
      assert.deepEqual(labels(items).sort(), ['consent', 'data', 'recipient', 'relationship', 'subject', 'variables']);
      assert.equal(newText(items.find((item) => item.label === 'relationship')), 'relationship: ');
    });

    it('offers enum values after kind:, relationship:, consent: and seniority:', () => {
      const text = '---\nkind: in\nrelationship: \nconsent: \nrecipient:\n  seniority: \n---\nHi\n';
      assert.ok(labels(complete(text, 'kind: in')).includes('intro-request'));
      assert.deepEqual(labels(complete(text, 'relationship: ')), ['cold', 'warm', 'mutual']);
      assert.deepEqual(labels(complete(text, 'consent: ')), ['asked', 'granted', 'none']);
      assert.deepEqual(labels(complete(text, 'seniority: ')), ['peer', 'senior', 'executive', 'influencer']);
      const kindEdit = complete(text, 'kind: in').find((item) => item.label === 'introduction')?.textEdit as TextEdit;
      assert.equal(kindEdit.range.end.character - kindEdit.range.start.character, 2, 'replaces the value typed so far');
    });

    it('replaces the whole value, not just what precedes the cursor, and keeps a YAML comment', () => {
      const text = '---\nkind: request   # what we ask for\n---\nHi\n';
      for (const marker of ['kind: ', 'kind: re']) {
        const edit = complete(text, marker).find((item) => item.label === 'introduction')?.textEdit as TextEdit;
        assert.deepEqual([edit.range.start.character, edit.range.end.character], ['kind: '.length, 'kind: request'.length], marker);
      }
    });

    it('offers recipient keys under recipient: and undeclared body placeholders under variables:', () => {
      const text = '---\nkind: request\nrecipient:\n  se\nvariables:\n  recipient.firstName: Priya\n  \n---\nHi {{recipient.firstName}}, I saw {{recipient.company}} is hiring.\n';
      assert.ok(labels(complete(text, '  se')).includes('seniority'));
      const document = textDocument(text);
      const items = service.completions(document, { line: 6, character: 2 }, true).items;
      assert.deepEqual(labels(items), ['recipient.company']);
    });

    it('offers subject lines from the phrase library, quoted for YAML', () => {
      const items = complete('---\nkind: request\nsubject: \n---\nHi\n', 'subject: ');
      assert.ok(items.length > 0);
      for (const item of items) assert.match(newText(item) ?? '', /^".*"$/);
    });
  });
});
