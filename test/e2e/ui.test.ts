/**
 * The packaged extension in a real VS Code (code-server in headless Chromium), used the way a person
 * would: keyboard shortcuts, the lightbulb menu, the suggest widget and the Command Palette. Each step
 * waits for what the workbench shows and saves a screenshot under test-results/.
 *
 * Needs `npm run package` and the tools from `scripts/e2e-setup.sh` (`npm run test:e2e` runs both).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Locator } from 'playwright-core';
import { loadPhraseFolder } from '../../server/src/service/config/phrases';
import {
  createProfile,
  installExtension,
  launchBrowser,
  normalizeEditorText,
  profileIn,
  startCodeServer,
  waitFor,
  workbenchUrl,
  type Browser,
  type CodeServer,
  type Page,
} from './support/codeServer';
import { RESULTS, ROOT, requireTools, VSIX } from './support/tools';

const FIXTURE = 'coffee-chat.outreach.hbs';
/** A template whose front matter names a contact list (beside it), in which one contact has no first name. */
const CONTACTS_FIXTURE = 'talk-follow-up.outreach.hbs';
const CONTACT_LIST = 'contacts.csv';
/** Long enough for a busy machine: every wait polls for a state and returns as soon as it holds. */
const WAIT = 90_000;

const REASON_FIX = 'Add a reason to meet: “Results from trying their idea”';
const REASON_CLAUSE =
  'I tried the approach from your work on {{recipient.recentWork}} with my own team, and I would be glad to share what worked and what did not.';
const TIME_FIX = 'Add a time limit: “a 15-minute video call”';
const ASK = 'Could we grab a video call next week';
/** The ask once the time-limit fix has folded the length into it. */
const TIMED_ASK = 'Could we grab a 15-minute video call next week';
/** Where the reason clause goes: after the sender says who they are. */
const INTRODUCTION_END = 'a designer on the {{sender.team}} team.';
const ASK_END = 'ten people?';
/** The scheduling clause completed after the ask; its one placeholder is the sender's time zone. */
const SLOTS = 'Two slots with a time zone';

/** Collapses whitespace, so text read from wrapped editor lines compares with model text. */
function flat(text: string): string {
  return normalizeEditorText(text).replace(/\s+/g, ' ').trim();
}

interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

describe('the extension in VS Code, used like a person would', { timeout: 10 * 60_000 }, () => {
  let dir: string | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let failed = false;

  function workbench(): Page {
    assert.ok(page, 'the workbench page is open');
    return page;
  }

  /**
   * Runs a step with the workbench page. Each step builds on the one before, so after a failure the
   * rest are skipped; the failure leaves a screenshot and code-server's output behind.
   */
  async function step(t: TestContext, body: (page: Page) => Promise<void>): Promise<void> {
    if (failed) {
      t.skip('an earlier step failed');
      return;
    }
    try {
      await body(workbench());
    } catch (error) {
      failed = true;
      await page?.screenshot({ path: join(RESULTS, 'ui-failure.png') }).catch(() => undefined);
      console.error(`code-server output:\n${server?.output() ?? '(not started)'}`);
      throw error;
    }
  }

  /** The active editor's text in screen order (the view renders every line of a file this short). */
  async function editorText(page: Page): Promise<string> {
    const lines = await page
      .locator('.editor-group-container.active .monaco-editor .view-lines .view-line')
      .evaluateAll((nodes) => nodes.map((node) => ({ top: Number.parseFloat(node.style.top), text: node.textContent ?? '' })));
    lines.sort((a, b) => a.top - b.top);
    return flat(lines.map((line) => line.text).join('\n'));
  }

  /** Opens the Command Palette and runs the command whose title is `title`. */
  async function runCommand(page: Page, title: string): Promise<Locator> {
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget');
    await palette.locator('input').waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.type(title);
    await palette.locator('.monaco-list-row.focused', { hasText: title.replace(/^[^:]+: /, '') }).first().waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.press('Enter');
    return palette;
  }

  async function waitForText(page: Page, what: string, check: (text: string) => boolean): Promise<void> {
    await waitFor(what, async () => check(await editorText(page)), WAIT, 200);
  }

  /** The status bar's problem counts, from its accessible label ("Warnings: 3, Infos: 1", "No Problems"). */
  async function problemCounts(page: Page): Promise<ProblemCounts> {
    const label = (await page.locator('[id="status.problems"]').first().getAttribute('aria-label')) ?? '';
    const count = (name: string): number => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0);
    return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
  }

  async function waitForProblemCounts(page: Page, expected: ProblemCounts): Promise<void> {
    await waitFor(
      `the status bar to count ${JSON.stringify(expected)}`,
      async () => JSON.stringify(await problemCounts(page)) === JSON.stringify(expected),
      WAIT,
      200,
    );
  }

  /**
   * Waits for the language status entry (the `{}` beside the language mode) to read `findings`: its accessible label
   * joins each item's text and detail ("Outreach rules on, checking this template, next: 3 warnings, 1 info, …").
   */
  async function waitForLanguageStatus(page: Page, findings: string): Promise<void> {
    const entry = page.locator('[id="status.languageStatus"]').first();
    const label = async (): Promise<string> => (await entry.getAttribute('aria-label').catch(() => null)) ?? '';
    await waitFor(
      `the language status to say the rules are on and "${findings}"`,
      async () => {
        const text = await label();
        return text.includes('Outreach rules on') && text.includes(`${findings}, in this template`);
      },
      WAIT,
      200,
    );
  }

  /** Finds `text` with Ctrl+F and closes the find widget: the match stays selected. */
  async function select(page: Page, text: string): Promise<void> {
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.press('Control+F');
    const find = page.locator('.editor-group-container.active .find-widget.visible');
    await find.waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.type(text);
    await find.locator('.matchesCount', { hasText: /^1 of 1$/ }).waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'hidden', timeout: WAIT });
  }

  /** A screenshot of the editor area, from its top down to just below `below` (a menu may hang below the editor). */
  async function editorScreenshot(page: Page, name: string, ...below: Locator[]): Promise<void> {
    const editor = await page.locator('.part.editor').boundingBox();
    assert.ok(editor, 'the editor area is on screen');
    let bottom = editor.y + 40;
    for (const element of below) {
      const box = await element.boundingBox();
      if (box) bottom = Math.max(bottom, box.y + box.height + 24);
    }
    bottom = Math.min(bottom, page.viewportSize()?.height ?? bottom);
    await page.screenshot({ path: join(RESULTS, name), clip: { x: editor.x, y: editor.y, width: editor.width, height: bottom - editor.y } });
  }

  /** Ctrl+. on the selection, a screenshot of the lightbulb menu, then the fix named `title`. */
  async function applyQuickFix(page: Page, title: string, screenshot: string): Promise<void> {
    const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: title });
    // Diagnostics published while the menu is being computed make VS Code swap the request for a quiet
    // lightbulb update, so the menu never opens: a person would press Ctrl+. again, and so does this.
    let pressedAt = 0;
    await waitFor(
      `"${title}" in the lightbulb menu`,
      async () => {
        if (await fix.isVisible()) return true;
        if (Date.now() - pressedAt > 15_000) {
          await page.keyboard.press('Control+.');
          pressedAt = Date.now();
        }
        return false;
      },
      WAIT,
      200,
    );
    await fix.hover();
    await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).waitFor({ state: 'visible', timeout: WAIT });
    await editorScreenshot(page, screenshot, page.locator('.action-widget').first());
    await fix.click();
    await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: WAIT });
  }

  before(async () => {
    requireTools();
    mkdirSync(RESULTS, { recursive: true });
    rmSync(join(RESULTS, 'ui-failure.png'), { force: true });
    dir = mkdtempSync(join(tmpdir(), 'outreach-ui-'));
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    for (const file of [FIXTURE, CONTACTS_FIXTURE, CONTACT_LIST]) copyFileSync(join(__dirname, 'ui', file), join(workspace, file));
    const profile = createProfile(profileIn(dir), {
      'editor.wordWrap': 'on',
      // Suggestions open on Ctrl+Space only, so the test (and the screenshot) is not racing the typing.
      'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    });
    installExtension(profile, VSIX);
    server = await startCodeServer(profile);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FIXTURE }).waitFor({ state: 'visible', timeout: WAIT });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the findings as squiggles, in the status bar, its language status and the Problems panel', (t) =>
    step(t, async (page) => {
      await page.keyboard.press('Control+P');
      const quickOpen = page.locator('.quick-input-widget');
      await quickOpen.locator('input').waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type(FIXTURE);
      await quickOpen.locator('.monaco-list-row', { hasText: FIXTURE }).first().waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await waitForText(page, 'the template in the editor', (text) => text.includes(ASK));
      // The side bar's job is done: the editor gets the width.
      await page.keyboard.press('Control+B');
      await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: WAIT });

      await waitForProblemCounts(page, { errors: 0, warnings: 3, infos: 1 });
      await waitForLanguageStatus(page, '3 warnings, 1 info');
      const squiggles = page.locator('.editor-group-container.active .monaco-editor .squiggly-warning');
      // One under the empty sample, one under the ask (its two warnings share a range).
      await waitFor('warning squiggles', async () => (await squiggles.count()) >= 2, WAIT, 200);
      // The summary lens above the body counts them too.
      await page
        .locator('.editor-group-container.active .codelens-decoration', { hasText: '4 open findings' })
        .waitFor({ state: 'visible', timeout: WAIT });

      await page.keyboard.press('Control+Shift+M');
      const codes = page.locator('.markers-panel .marker-code');
      await waitFor('the Problems panel to list four findings', async () => (await codes.count()) === 4, WAIT, 200);
      assert.deepEqual((await codes.allInnerTexts()).sort(), ['flexibility', 'reason-to-meet', 'render-empty', 'time-limit']);
      const messages = (await page.locator('.markers-panel .marker-message').allInnerTexts()).join('\n');
      assert.match(messages, /Nothing here is in it for the recipient/);
      assert.match(messages, /Say how long the meeting would take/);
      await page.screenshot({ path: join(RESULTS, 'diagnostics.png') });
      // Close the panel again (Ctrl+J toggles it) so the editor gets its height back.
      await page.keyboard.press('Control+J');
      await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: WAIT });
      await page.locator('.editor-group-container.active .view-line', { hasText: 'Hi ' }).first().click();
    }));

  it('fixes the missing reason to meet and time limit from the lightbulb menu', (t) =>
    step(t, async (page) => {
      await select(page, ASK);
      await applyQuickFix(page, REASON_FIX, 'quick-fix.png');
      await waitForText(page, 'the reason-to-meet clause', (text) => text.includes(`${INTRODUCTION_END} ${REASON_CLAUSE}`));
      // The clause came in as a snippet with its placeholder selected: keep it as it is.
      await page.keyboard.press('Escape');
      await waitForProblemCounts(page, { errors: 0, warnings: 2, infos: 1 });

      await select(page, ASK);
      await applyQuickFix(page, TIME_FIX, 'quick-fix-time-limit.png');
      await waitForText(page, 'the length inside the ask', (text) => text.includes(TIMED_ASK));
      // The empty sample and the flexibility note are left.
      await waitForProblemCounts(page, { errors: 0, warnings: 1, infos: 1 });
      await waitForLanguageStatus(page, '1 warning, 1 info');
      await page
        .locator('.editor-group-container.active .codelens-decoration', { hasText: '2 open findings' })
        .waitFor({ state: 'visible', timeout: WAIT });
    }));

  it('completes a clause from the phrase library, with a tab stop for its placeholder', (t) =>
    step(t, async (page) => {
      const entry = loadPhraseFolder(join(ROOT, 'templates', 'phrases')).entries.find((candidate) => candidate.label === SLOTS);
      assert.ok(entry, `the phrase library has "${SLOTS}"`);
      const placeholder = /\{\{\s*[\w.@-]+\s*\}\}/.exec(entry.text)?.[0];
      assert.ok(placeholder, `"${SLOTS}" has a placeholder`);

      await select(page, ASK_END);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.type(' slot');
      await page.keyboard.press('Control+Space');
      const widget = page.locator('.editor-widget.suggest-widget');
      const rows = widget.locator('.monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: WAIT });
      await waitFor('scheduling clauses in the suggestions', async () => (await rows.count()) >= 3, WAIT, 200);
      const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
      assert.ok(labels.includes(SLOTS), `"${SLOTS}" is suggested: ${labels.join(', ')}`);
      // Down to the wanted clause, whatever the ranking puts first.
      const focused = widget.locator('.monaco-list-row.focused .label-name');
      for (let moves = 0; (await focused.innerText()).trim() !== SLOTS; moves++) {
        assert.ok(moves < labels.length, `"${SLOTS}" can be focused`);
        await page.keyboard.press('ArrowDown');
      }
      // Ctrl+Space again shows the clause itself beside the list.
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-details', { hasText: entry.text.slice(0, 20) }).waitFor({ state: 'visible', timeout: WAIT });
      await editorScreenshot(page, 'completion.png', widget, page.locator('.suggest-details'));

      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: WAIT });
      await waitForText(page, 'the completed clause', (text) => text.includes(`${ASK_END} ${entry.text}`));
      // Snippet mode selected the placeholder: typing fills it in.
      await page.keyboard.type('CET');
      await page.keyboard.press('Escape');
      await waitForText(page, 'the filled-in placeholder', (text) => text.includes(`${ASK_END} ${entry.text.replace(placeholder, 'CET')}`));
    }));

  it('previews the template with its sample values', (t) =>
    step(t, async (page) => {
      await page.keyboard.press('F1');
      const palette = page.locator('.quick-input-widget');
      await palette.locator('input').waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type('Outreach: Preview with sample variables');
      await palette.locator('.monaco-list-row', { hasText: 'Preview with sample variables' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');

      // A webview is an iframe in an iframe.
      const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      const body = preview.locator('main.body');
      await body.waitFor({ state: 'visible', timeout: WAIT });
      await waitFor('the sample values in the preview', async () => /^Hi Priya,/.test(await body.innerText()), WAIT, 200);
      const rendered = flat(await body.innerText());
      assert.match(rendered, /Your talk on design critiques changed how we review work\./);
      assert.match(rendered, /Thursday at 3 pm \(CET\) work for you\?/);
      assert.equal((await preview.locator('h1').innerText()).trim(), 'Your talk on design critiques');
      const missing = preview.locator('mark.missing');
      assert.equal(await missing.count(), 1);
      assert.equal((await missing.innerText()).trim(), '{{sender.team}}');
      const signature = page.locator('.editor-group-container .view-line', { hasText: /^\{\{sender\.firstName\}\}$/ });
      await editorScreenshot(page, 'preview.png', preview.locator('footer'), signature);
    }));

  it('starts a new template from a starter, in an untitled editor', (t) =>
    step(t, async (page) => {
      const kind = 'thank-you';
      const starter = readFileSync(join(ROOT, 'templates', 'starters', `${kind}.outreach.hbs`), 'utf8');
      const line = starter.split('\n').find((candidate) => candidate.startsWith('Thank you for taking the time'));
      assert.ok(line, `the ${kind} starter thanks the reader`);

      const picker = await runCommand(page, 'Outreach: New outreach template');
      await picker.locator('.quick-input-title', { hasText: 'New outreach template' }).waitFor({ state: 'visible', timeout: WAIT });
      const kinds = picker.locator('.monaco-list-row .label-name');
      await waitFor('the template kinds in the quick pick', async () => (await kinds.count()) >= 7, WAIT, 200);
      assert.ok((await kinds.allInnerTexts()).map((label) => label.trim()).includes(kind), `"${kind}" is offered`);
      await page.keyboard.type(kind);
      await picker.locator('.monaco-list-row.focused .label-name', { hasText: new RegExp(`^${kind}$`) }).waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await picker.waitFor({ state: 'hidden', timeout: WAIT });

      await page.locator('.editor-group-container.active .tab.active', { hasText: /^Untitled-\d+/ }).waitFor({ state: 'visible', timeout: WAIT });
      await waitForText(page, 'the starter in the new editor', (text) => text.includes(flat(line)));
      await page.locator('[id="status.editor.mode"]', { hasText: 'Outreach template' }).waitFor({ state: 'visible', timeout: WAIT });
      // The preview beside it follows the active editor: the screenshot waits for it to show the starter.
      const subject = /^subject: "(.+)"$/m.exec(starter)?.[1];
      assert.ok(subject, `the ${kind} starter has a subject`);
      const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await preview.locator('h1', { hasText: subject }).waitFor({ state: 'visible', timeout: WAIT });
      await page.screenshot({ path: join(RESULTS, 'new-template.png') });
    }));

  it('opens the getting-started walkthrough from the Command Palette', (t) =>
    step(t, async (page) => {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        contributes: { walkthroughs: Array<{ title: string; steps: Array<{ title: string }> }> };
      };
      const walkthrough = manifest.contributes.walkthroughs[0];
      assert.ok(walkthrough && walkthrough.steps.length >= 2, 'the extension contributes a walkthrough with steps');

      const picker = await runCommand(page, 'Welcome: Open Walkthrough...');
      await picker.locator('input').waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type(walkthrough.title);
      await picker.locator('.monaco-list-row.focused', { hasText: walkthrough.title }).waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await picker.waitFor({ state: 'hidden', timeout: WAIT });

      const slide = page.locator('.gettingStartedContainer .gettingStartedSlideDetails');
      await slide.locator('.category-title', { hasText: walkthrough.title }).waitFor({ state: 'visible', timeout: WAIT });
      for (const { title } of walkthrough.steps.slice(0, 2)) {
        await slide.locator('.step-title', { hasText: title }).first().waitFor({ state: 'visible', timeout: WAIT });
      }
      await page.screenshot({ path: join(RESULTS, 'walkthrough.png') });
    }));

  it('checks a template against the contact list it names, and previews it contact by contact', (t) =>
    step(t, async (page) => {
      await page.keyboard.press('Control+P');
      const quickOpen = page.locator('.quick-input-widget');
      await quickOpen.locator('input').waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type(CONTACTS_FIXTURE);
      await quickOpen.locator('.monaco-list-row', { hasText: CONTACTS_FIXTURE }).first().waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await waitForText(page, 'the contacts template in the editor', (text) => text.includes('changed how my team runs its reviews'));
      await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: WAIT });

      await page.keyboard.press('Control+Shift+M');
      const contactsMarker = page.locator('.markers-panel .monaco-list-row', { hasText: 'contacts' }).filter({ hasText: '1 of 3 contacts render this line broken' });
      await contactsMarker.first().waitFor({ state: 'visible', timeout: WAIT });
      assert.match(await contactsMarker.first().innerText(), /recipient\.firstName` is empty, so this line reads “Hi ,” \(row 3\)/);
      await page.keyboard.press('Control+J');
      await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: WAIT });

      await runCommand(page, 'Outreach: Preview with sample variables');
      const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      const shown = preview.locator('nav.contacts .contact');
      const body = preview.locator('main.body');
      await waitFor('the first contact in the preview', async () => /^Row 2 \(ana@example\.com\), 1 of 3/.test(await shown.innerText().catch(() => '')), WAIT, 200);
      assert.match(flat(await body.innerText()), /^Hi Ana, Your talk on pricing for consultants changed/);
      assert.equal((await preview.locator('h1').innerText()).trim(), 'Your talk on pricing for consultants');

      await preview.locator('nav.contacts button', { hasText: /^Next$/ }).click();
      await waitFor('the second contact in the preview', async () => /^Row 3 \(bo@example\.com\), 2 of 3/.test(await shown.innerText().catch(() => '')), WAIT, 200);
      assert.match(await shown.innerText(), /breaks this template/);
      assert.equal((await preview.locator('mark.missing').innerText()).trim(), '{{recipient.firstName}}');
      assert.match(flat(await body.innerText()), /Your talk on remote onboarding changed/);
      await editorScreenshot(page, 'contacts-preview.png', preview.locator('footer'));

      await preview.locator('nav.contacts button', { hasText: /^First$/ }).click();
      await waitFor('the first contact again', async () => /^Row 2 \(ana@example\.com\)/.test(await shown.innerText().catch(() => '')), WAIT, 200);
      await preview.locator('nav.contacts button', { hasText: /^Next broken$/ }).click();
      await waitFor('the broken contact', async () => /^Row 3 \(bo@example\.com\)/.test(await shown.innerText().catch(() => '')), WAIT, 200);
    }));
});
