import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-types';
import { fixAllOffsetEdits } from '../../server/src/service/fixes/fixAll';
import { applyEdits } from '../../server/src/service/fixes/edits';
import { FIX_ALL_KIND, type Finding } from '../../server/src/service/types';
import { applyWorkspaceEdit, createService, textDocument } from '../helpers/serviceFixture';
import { template } from '../helpers/ruleTester';

const ASK = 'Could we grab coffee next week to talk about how you moved from teaching into research?';
const FOLDED_ASK = 'Could we grab a 15-minute coffee next week to talk about how you moved from teaching into research?';
const FRONT_MATTER = 'kind: request\nsubject: Your move from teaching into UX research\nvariables:\n  recipient.firstName: Dana\n  sender.firstName: Sam';
const BODY = `Hi {{recipient.firstName}},\n\nI am a middle-school science teacher retraining in UX research. ${ASK}\n\nThanks,\n{{sender.firstName}}\n`;
const COFFEE = template(FRONT_MATTER, BODY);

const service = createService();

function diagnosticsOf(text: string, rule: string, version = 1): { document: ReturnType<typeof textDocument>; diagnostic: Diagnostic } {
  const document = textDocument(text, version);
  const diagnostic = service.diagnostics(document).find((candidate) => candidate.code === rule);
  assert.ok(diagnostic, `expected a ${rule} diagnostic`);
  return { document, diagnostic };
}

function actionsFor(text: string, rule: string, snippetSupport = false, only?: string[]): { document: ReturnType<typeof textDocument>; actions: CodeAction[] } {
  const { document, diagnostic } = diagnosticsOf(text, rule);
  return { document, actions: service.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only }, snippetSupport) };
}

function action(actions: CodeAction[], title: RegExp): CodeAction {
  const found = actions.find((candidate) => title.test(candidate.title));
  assert.ok(found, `no action matching ${title}; got ${actions.map((candidate) => candidate.title).join(' | ')}`);
  return found;
}

function rulesOf(text: string): string[] {
  return service.diagnostics(textDocument(text, 99)).map((diagnostic) => String(diagnostic.code));
}

describe('code actions', () => {
  describe('quick fixes', () => {
    it('offers the rule’s fixes first, only the first one preferred', () => {
      const { actions } = actionsFor(COFFEE, 'time-limit');
      const fixes = actions.filter((candidate) => /^Add a time limit/.test(candidate.title));
      assert.ok(fixes.length >= 2);
      assert.deepEqual(fixes.map((candidate) => candidate.isPreferred), [true, ...fixes.slice(1).map(() => false)]);
      assert.equal(actions[0], fixes[0]);
      for (const candidate of actions) assert.equal(candidate.kind, CodeActionKind.QuickFix);
    });

    it('applies the preferred fix by folding the length into the ask, keeping its format', () => {
      const { document, actions } = actionsFor(COFFEE, 'time-limit');
      const preferred = actions.find((candidate) => candidate.isPreferred);
      assert.ok(preferred?.edit?.changes, 'without snippet support the edit is plain text edits');
      const fixed = applyWorkspaceEdit(document, preferred.edit);
      assert.ok(fixed.includes(FOLDED_ASK), fixed);
      assert.ok(!rulesOf(fixed).includes('time-limit'));
    });

    it('sends snippet edits in a versioned document change when the client supports them', () => {
      const { actions } = actionsFor(COFFEE, 'time-limit', true);
      const preferred = actions.find((candidate) => candidate.isPreferred);
      const change = preferred?.edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change);
      assert.deepEqual(change.textDocument, { uri: 'file:///templates/coffee.outreach.hbs', version: 1 });
      const edit = change.edits[0];
      assert.ok(edit && 'snippet' in edit);
      assert.equal(edit.snippet.kind, 'snippet');
    });

    it('takes the fixes from a fresh lint when the diagnostic is from an older version', () => {
      const old = diagnosticsOf(COFFEE, 'time-limit', 1).diagnostic;
      const edited = COFFEE.replace('Hi {{recipient.firstName}},', 'Hi {{recipient.firstName}}, I hope the conference went well.');
      const { document, diagnostic: moved } = diagnosticsOf(edited, 'time-limit', 2);
      // The client moved the marker with the edit, but `data` still holds version 1 offsets.
      const stale: Diagnostic = { ...moved, data: old.data };
      const actions = service.codeActions(document, stale.range, { diagnostics: [stale] }, false);
      const fixed = applyWorkspaceEdit(document, action(actions, /^Add a time limit/).edit!);
      assert.ok(fixed.includes(FOLDED_ASK), 'the length lands in the ask of the new text');
      assert.ok(!rulesOf(fixed).includes('time-limit'));
    });

    it('ignores diagnostics from other sources', () => {
      const document = textDocument(COFFEE);
      const foreign: Diagnostic = { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 5 } }, message: 'spelling', source: 'cspell', code: 'time-limit' };
      assert.deepEqual(service.codeActions(document, foreign.range, { diagnostics: [foreign], only: [CodeActionKind.QuickFix] }, false), []);
    });
  });

  describe('fixes that create files (intro-opt-in)', () => {
    const INTRO_URI = 'file:///templates/mira-tom.outreach.hbs';
    const INTRO = template(
      'kind: introduction\nsubject: "Mira <> Tom: onboarding for support teams"\nrelationship: warm\nconsent: none',
      'Hi Mira and Tom,\n\nMira, meet Tom. He is rebuilding onboarding for a support team of forty, which you did at Juniper last year.\n\nBest,\nIngrid\n',
    );
    const optInActions = (createFileSupport: boolean, uri = INTRO_URI): CodeAction[] => {
      const document = textDocument(INTRO, 1, uri);
      const diagnostic = service.diagnostics(document).find((candidate) => candidate.code === 'intro-opt-in');
      assert.ok(diagnostic, 'an intro-opt-in diagnostic');
      return service.codeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, false, createFileSupport);
    };

    it('creates the sibling request and sets consent in one workspace edit, when the client can create files', () => {
      const created = action(optInActions(true), /^Create opt-in request$/);
      assert.equal(created.isPreferred, true);
      const [create, fill, own, ...rest] = created.edit?.documentChanges ?? [];
      assert.deepEqual(rest, []);
      const sibling = 'file:///templates/mira-tom.intro-request.outreach.hbs';
      assert.deepEqual(create as CreateFile, { kind: 'create', uri: sibling, options: { ignoreIfExists: false, overwrite: false } });
      const fillEdit = fill as TextDocumentEdit;
      assert.deepEqual(fillEdit.textDocument, { uri: sibling, version: null });
      const newText = fillEdit.edits[0] && 'newText' in fillEdit.edits[0] ? fillEdit.edits[0].newText : '';
      assert.match(newText, /^---\nkind: intro-request\n[\s\S]*\nHi Mira,\n/);
      assert.deepEqual(rulesOf(newText), [], 'the new request lints clean');
      assert.deepEqual((own as TextDocumentEdit).textDocument, { uri: INTRO_URI, version: 1 });
      const fixed = applyWorkspaceEdit(textDocument(INTRO, 1, INTRO_URI), created.edit!);
      assert.ok(fixed.includes('\nconsent: asked\n---\n'));
      assert.ok(!rulesOf(fixed).includes('intro-opt-in'));
    });

    it('is not offered when the client cannot create files, nor for an untitled document', () => {
      assert.equal(optInActions(false).some((candidate) => candidate.title === 'Create opt-in request'), false);
      assert.equal(optInActions(true, 'untitled:Untitled-1').some((candidate) => candidate.title === 'Create opt-in request'), false);
      assert.ok(optInActions(false).some((candidate) => candidate.title === 'Disable intro-opt-in for this file'));
    });

    it('is never part of fix-all', () => {
      const fixAll = service.fixAll(textDocument(INTRO, 1, INTRO_URI));
      const fixed = fixAll ? applyWorkspaceEdit(textDocument(INTRO, 1, INTRO_URI), fixAll) : INTRO;
      assert.ok(fixed.includes('consent: none'));
    });
  });

  describe('disable for this line', () => {
    it('inserts a disable-next-line comment above the finding’s line, and the finding goes away', () => {
      const { document, actions } = actionsFor(COFFEE, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /^Disable time-limit for this line$/).edit!);
      assert.ok(fixed.includes(`Hi {{recipient.firstName}},\n\n{{!-- outreach-disable-next-line time-limit --}}\nI am a middle-school`));
      assert.ok(!rulesOf(fixed).includes('time-limit'));
    });

    it('keeps the line’s indentation and the document’s CRLF line ends', () => {
      const text = template(FRONT_MATTER, `Hi {{recipient.firstName}},\n\n    ${ASK}\n\nThanks,\n{{sender.firstName}}\n`).replace(/\n/g, '\r\n');
      const { document, actions } = actionsFor(text, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /for this line$/).edit!);
      assert.ok(fixed.includes(`\r\n\r\n    {{!-- outreach-disable-next-line time-limit --}}\r\n    ${ASK}`));
    });

    it('adds the rule to a disable-next-line comment already above the line', () => {
      const text = COFFEE.replace('I am a middle-school', '{{!-- outreach-disable-next-line flexibility --}}\nI am a middle-school');
      const { document, actions } = actionsFor(text, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /for this line$/).edit!);
      assert.ok(fixed.includes('{{!-- outreach-disable-next-line flexibility time-limit --}}\nI am a middle-school'));
      assert.ok(!rulesOf(fixed).includes('time-limit'));
    });

    it('is not offered for a finding in the front matter, where a Handlebars comment cannot go', () => {
      const { actions } = actionsFor(COFFEE.replace('kind: request', 'kind: request\nrelationship: colt'), 'frontmatter');
      assert.equal(actions.some((candidate) => /for this line$/.test(candidate.title)), false);
      assert.ok(actions.some((candidate) => /^Disable frontmatter for this file$/.test(candidate.title)));
    });
  });

  describe('disable for this file', () => {
    it('inserts a disable-file comment as the first body line, right after the front matter', () => {
      const { document, actions } = actionsFor(COFFEE, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /^Disable time-limit for this file$/).edit!);
      assert.ok(fixed.includes(`---\n{{!-- outreach-disable-file time-limit --}}\nHi {{recipient.firstName}},`));
      assert.ok(!rulesOf(fixed).includes('time-limit'));
    });

    it('goes at the top of a template without front matter', () => {
      const { document, actions } = actionsFor(`Hi Dana,\n\n${ASK}\n`, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /for this file$/).edit!);
      assert.ok(fixed.startsWith(`{{!-- outreach-disable-file time-limit --}}\nHi Dana,`));
    });

    it('adds the rule to an existing disable-file comment', () => {
      const text = COFFEE.replace('---\nHi', '---\n{{!-- outreach-disable-file flexibility --}}\nHi');
      const { document, actions } = actionsFor(text, 'time-limit');
      const fixed = applyWorkspaceEdit(document, action(actions, /for this file$/).edit!);
      assert.ok(fixed.includes('{{!-- outreach-disable-file flexibility time-limit --}}\nHi'));
    });
  });

  describe('fix all (source.fixAll.outreach)', () => {
    const MESSY = template(
      'kind: request\nrelationship: colt\nsubject: Your move from teaching into UX research\nvariables:\n  recipient.firstName: Dana\n  sender.firstName: Sam',
      `Hi {{recipient.firstName}},\n\n{{!-- outreach-disable-next-line time-limt --}}\nI am a middle-school science teacher retraining in UX research. ${ASK}\n\nThanks,\n{{sender.firstName}}\n`,
    );

    it('applies every safe fix in one edit, and a second run finds nothing left to fix', () => {
      const document = textDocument(MESSY);
      const fixAll = service.codeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] }, true);
      assert.equal(fixAll.length, 1);
      assert.equal(fixAll[0]!.kind, FIX_ALL_KIND);
      const fixed = applyWorkspaceEdit(document, fixAll[0]!.edit!);
      assert.ok(fixed.includes('relationship: cold\n'));
      assert.ok(fixed.includes('outreach-disable-next-line time-limit --}}'));
      assert.equal(service.fixAll(textDocument(fixed, 2)), undefined, 'the second fix-all changes nothing');
    });

    it('is left out when only quick fixes are asked for, and quick fixes when only fix-all is', () => {
      const { actions: quickFixes } = actionsFor(MESSY, 'frontmatter', false, [CodeActionKind.QuickFix]);
      assert.equal(quickFixes.some((candidate) => candidate.kind === FIX_ALL_KIND), false);
      const { actions: sourceOnly } = actionsFor(MESSY, 'frontmatter', false, [FIX_ALL_KIND]);
      assert.deepEqual(sourceOnly.map((candidate) => candidate.kind), [FIX_ALL_KIND]);
    });

    it('offers nothing on save when there is no safe fix', () => {
      const document = textDocument(COFFEE);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.deepEqual(service.codeActions(document, range, { diagnostics: [], only: [FIX_ALL_KIND] }, false), []);
    });

    it('re-lints until touching fixes are all applied, and the result is stable', () => {
      // A toy rule: every "aa" should be "b"; its matches touch, so one pass cannot take them all.
      const lint = (text: string): Finding[] =>
        [...text.matchAll(/aa/g)].map((match) => {
          const range = { start: match.index ?? 0, end: (match.index ?? 0) + 2 };
          return { rule: 'toy', severity: 'warning', message: 'm', range, fixes: [{ title: 'b', edits: [{ range, newText: 'b' }], safe: true }] };
        });
      const text = 'x aaaa y';
      const edits = fixAllOffsetEdits(text, lint(text), lint);
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, 'x bb y');
      assert.deepEqual(edits, [{ range: { start: 2, end: 6 }, newText: 'bb' }], 'one edit spanning only what changed');
      assert.deepEqual(fixAllOffsetEdits(fixed, lint(fixed), lint), []);
    });
  });
});
