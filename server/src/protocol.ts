/**
 * All the VS Code client and the language server share: the command ids, the custom requests and notification, the
 * fix-all code action kind and the template kinds the "New template…" picker offers. The client imports this module and
 * nothing else of the server, so the language service (rules, parsers, the language model) runs in the server only.
 * It imports nothing at all: the service takes its definitions from here, and the CLI bundles them too.
 */

/** The commands the extension contributes (package.json `contributes.commands`); the client registers one handler for each. */
export const COMMANDS = {
  preview: 'outreach.preview',
  newTemplate: 'outreach.newTemplate',
  fixAll: 'outreach.fixAll',
  /** Also the command of the summary code lens, whose arguments are the `TemplateSummary` and the document's URI. */
  showSummary: 'outreach.showSummary',
} as const;
export type CommandName = keyof typeof COMMANDS;

/** The code-action kind for fix-on-save (`editor.codeActionsOnSave: { "source.fixAll.outreach": … }`). */
export const FIX_ALL_KIND = 'source.fixAll.outreach';

export const TEMPLATE_KINDS = ['request', 'intro-request', 'introduction', 'decline', 'thank-you', 'follow-up', 'questions'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** One line per kind, for the "New outreach template…" picker. */
export const KIND_DESCRIPTIONS: Readonly<Record<TemplateKind, string>> = {
  request: 'Ask someone for a short meeting, a call, an answer or an introduction.',
  'intro-request': 'Ask a busy person whether they would welcome an introduction, before making it.',
  introduction: 'Introduce two people to each other.',
  decline: 'Say no to a request, kindly and with something useful.',
  'thank-you': 'Thank someone after they gave you their time.',
  'follow-up': 'Follow up on an earlier message or conversation.',
  questions: 'The questions you prepare for an informational conversation.',
};

/** Client → server notification, without params: the user granted workspace trust, so the full project config may now apply. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'outreach/workspaceTrusted';

/** The numbers the summary code lens shows in one line. */
export interface TemplateSummary {
  /** Words between the greeting and the sign-off, as the `length` rule counts them. */
  words: number;
  /** Rounded up; 0 for an empty body. */
  readingMinutes: number;
  questions: number;
  /** Second-person words ("you", "your", `recipient.*` placeholders), as the `self-centered` rule counts them. */
  secondPerson: number;
  firstPerson: number;
  openFindings: number;
}

/** An open outreach template, by the URI the client synchronizes it under. */
export interface TemplateParams {
  uri: string;
}

export interface SummaryResult {
  summary: TemplateSummary;
  /** The summary in sentences, as the Show summary command shows it. */
  description: string;
}

/** `TemplateParams` → `SummaryResult`: the summary of an open template. Fails (InvalidParams) for a document that is not one. */
export const SUMMARY_REQUEST = 'outreach/summary';

export interface PreviewParams extends TemplateParams {
  /** The webview's `cspSource`: the only origin styles may come from besides the inline sheet. */
  cspSource: string;
  /** Allows the page's inline style sheet (a fresh one per render); without it the sheet is allowed by `'unsafe-inline'`. */
  nonce?: string;
  /**
   * For a template that names a contact list (`data: ./contacts.csv`): which contact to render the message for, by its
   * 0-based position in the list (the first without it). The page's picker posts `{ row }` messages with the next one.
   */
  row?: number;
}

export interface PreviewResult {
  /**
   * A self-contained page for the webview: the template rendered with its samples, or for a template with a contact
   * list as one contact reads it, or why it cannot be. Its only script, under the nonce, is the contact picker's.
   */
  html: string;
}

/** `PreviewParams` → `PreviewResult`: an open template rendered with its `variables` samples or one contact's values. Fails (InvalidParams) for a document that is not one. */
export const PREVIEW_REQUEST = 'outreach/preview';
