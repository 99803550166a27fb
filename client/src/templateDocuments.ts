/**
 * The documents the extension lints: outreach templates on disk or not yet saved. The server reads a template's
 * .outreachrc.json, phrase folders and rule docs from disk, so a git:, vscode-vfs: or output document has none of them
 * (and a second copy of a file in a diff view would only repeat its findings).
 */

const SCHEMES = ['file', 'untitled'] as const;

/** The document selector of the language client and the language status items. */
export const TEMPLATE_DOCUMENTS = SCHEMES.map((scheme) => ({ language: 'outreach', scheme }));

/** Whether the selector matches `document` (a `vscode.TextDocument`, or anything shaped like one). */
export function isTemplateDocument(document: { languageId: string; uri: { scheme: string } }): boolean {
  return TEMPLATE_DOCUMENTS.some((filter) => filter.language === document.languageId && filter.scheme === document.uri.scheme);
}
