/** "New outreach template…": pick a kind, get its starter in an untitled editor. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import { KIND_DESCRIPTIONS, TEMPLATE_KINDS } from '../../server/src/protocol';

export async function newTemplate(context: ExtensionContext): Promise<void> {
  const picked = await window.showQuickPick(
    TEMPLATE_KINDS.map((kind) => ({ label: kind, detail: KIND_DESCRIPTIONS[kind] })),
    { title: 'New outreach template', placeHolder: 'What kind of message are you writing?' },
  );
  if (!picked) return;
  const content = await readFile(context.asAbsolutePath(join('templates', 'starters', `${picked.label}.outreach.hbs`)), 'utf8');
  const document = await workspace.openTextDocument({ language: 'outreach', content });
  await window.showTextDocument(document);
}
