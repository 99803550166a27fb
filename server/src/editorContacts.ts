/**
 * The contacts check in the editor, beside the language server's glue: for an open template whose front matter names a
 * contact list (`data: ./contacts.csv`), the list is read with the CLI's reader and the template checked against every
 * row, on open, on save and when the list changes (never on a keystroke). Its diagnostics join the lint's, its hover
 * lists the rows behind a finding, and the preview renders the message for one contact. The service comes in as its
 * loaded module, so the server bundle does not hold it.
 */
import { dirname, resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Diagnostic, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type * as ContactListModule from './contactList';
import type { ContactPreview } from './service/features/preview';
import type { OutreachDocument } from './service/document/document';
import type { LintSettings } from './service/lint';
import type { ContactRow } from './service/contacts/check';

/** The list reader (csv-parse, jsonc-parser) is dist/contact-list.js, required on the first template that names a list. */
let contactListModule: typeof ContactListModule | undefined;
const contactList = (): typeof ContactListModule => (contactListModule ??= require('./contactList') as typeof ContactListModule);

type ServiceModules = typeof import('./service/index');
/** The check itself renders with Handlebars, so it loads with the preview (dist/preview.js), not with the service. */
type CheckModule = Pick<typeof import('./service/features/preview'), 'createContactCheck' | 'contactReader'>;

/** A check's outcome for one template. */
interface ContactsReport {
  /** The list's absolute path. */
  file: string;
  /** Found against the text as it was when checked: they stay where they were until the next save. */
  diagnostics: Diagnostic[];
  /** The rows behind each diagnostic, for the hover; empty for a problem of the list as a whole. */
  rows: { range: Range; names: string[]; count: number }[];
  /** How many contacts the list has (0 when it cannot be read). */
  contacts: number;
  /** The 0-based positions of the rows that break the template, in order. */
  broken: number[];
  /** The list's headers, and the row the preview showed last: re-rendering it as the template is edited reads no file. */
  headers: string[];
  shown?: { index: number; row: ContactRow };
}

/** The open template a check or preview is for. */
export interface ContactsTemplate {
  uri: string;
  textDocument: TextDocument;
  document: OutreachDocument;
  /** The template's file path (an untitled template's stands in its workspace folder), which the list's path is relative to. */
  path: string;
  settings: LintSettings;
}

export class EditorContacts {
  private readonly reports = new Map<string, ContactsReport>();
  /** The latest check asked for each template, so an older one that finishes late is dropped. */
  private readonly runs = new Map<string, number>();
  private runCount = 0;

  /** `changed` is called with a template whose contacts diagnostics may have changed, whichever check (or preview) ran. */
  constructor(
    private readonly modules: () => ServiceModules,
    private readonly checks: () => CheckModule,
    private readonly changed: (uri: string) => void,
  ) {}

  /** The absolute path of the list `document` names, if it names one. */
  listFile(document: OutreachDocument, path: string): string | undefined {
    const file = document.frontMatter.data?.file?.value;
    return file === undefined ? undefined : resolve(dirname(path), file);
  }

  /** Checks the template against its list; a check that a newer one overtook is dropped. */
  async check(template: ContactsTemplate): Promise<void> {
    const run = ++this.runCount;
    this.runs.set(template.uri, run);
    const file = this.listFile(template.document, template.path);
    if (file === undefined) {
      if (this.reports.delete(template.uri)) this.changed(template.uri);
      return;
    }
    const report = await this.read(template, file);
    if (this.runs.get(template.uri) !== run) return;
    this.reports.set(template.uri, report);
    this.changed(template.uri);
  }

  diagnostics(uri: string): Diagnostic[] {
    return this.reports.get(uri)?.diagnostics ?? [];
  }

  /** The list files of the open templates, to watch. */
  listFiles(): string[] {
    return [...new Set([...this.reports.values()].map((report) => report.file))];
  }

  /** The templates checked against `file`. */
  templatesUsing(file: string): string[] {
    return [...this.reports].filter(([, report]) => report.file === file).map(([uri]) => uri);
  }

  forget(uri: string): void {
    this.reports.delete(uri);
    this.runs.delete(uri);
  }

  /** `hover` with the rows behind a contacts finding at `position` added (up to `ROWS_LISTED` of them, then how many more). */
  hover(uri: string, position: Position, hover: Hover | null): Hover | null {
    const found = this.reports.get(uri)?.rows.find((entry) => entry.names.length > 0 && contains(entry.range, position));
    if (!found) return hover;
    const more = found.count - found.names.length;
    const section = [`**Contacts behind this finding** (${found.count}):`, '', ...found.names.map((name) => `- row ${name}`), ...(more > 0 ? [`- and ${more} more`] : [])].join('\n');
    if (!hover) return { contents: { kind: MarkupKind.Markdown, value: section }, range: found.range };
    const value = typeof hover.contents === 'object' && 'kind' in hover.contents ? hover.contents.value : '';
    return { ...hover, contents: { kind: MarkupKind.Markdown, value: value ? `${value}\n\n---\n\n${section}` : section } };
  }

  /**
   * The contact at `position` (0-based, clamped to the list) for the preview, with where the picker's buttons lead;
   * undefined when the template names no list or it cannot be read (the preview shows the samples then).
   */
  async preview(template: ContactsTemplate, position = 0): Promise<ContactPreview | undefined> {
    const file = this.listFile(template.document, template.path);
    if (file === undefined) return undefined;
    let report = this.reports.get(template.uri);
    if (!report || report.file !== file) {
      await this.check(template);
      report = this.reports.get(template.uri);
    }
    if (!report || report.contacts === 0) return undefined;
    const index = Math.max(0, Math.min(report.contacts - 1, Math.floor(position)));
    const row = report.shown?.index === index ? report.shown.row : await rowAt(file, index);
    if (!row) return undefined;
    report.shown = { index, row };
    const { values, name } = this.checks().contactReader(template.document, report.headers, template.document.frontMatter.data?.columns)(row);
    return {
      values,
      label: `Row ${name}`,
      list: template.document.frontMatter.data?.file?.value ?? file,
      index,
      count: report.contacts,
      broken: report.broken.includes(index),
      previous: index > 0 ? index - 1 : undefined,
      next: index + 1 < report.contacts ? index + 1 : undefined,
      nextBroken: report.broken.find((broken) => broken > index),
    };
  }

  private async read(template: ContactsTemplate, file: string): Promise<ContactsReport> {
    const { contactCheckOptions, lintDocument, toDiagnostics } = this.modules();
    const { createContactCheck } = this.checks();
    const { document, textDocument } = template;
    const report: ContactsReport = { file, diagnostics: [], rows: [], contacts: 0, broken: [], headers: [] };
    try {
      const list = await contactList().openContactList(file);
      report.headers = list.headers;
      const options = { ...contactCheckOptions(document, template.settings.config), lint: (variant: OutreachDocument) => lintDocument(variant, template.settings) };
      const check = createContactCheck(document, list.headers, options, document.frontMatter.data?.columns);
      for await (const row of list.rows) {
        const outcome = check.check(row);
        if (outcome && outcome.problems.length > 0) report.broken.push(report.contacts);
        report.contacts++;
      }
      if (report.contacts === 0) throw new (contactList().ContactsUsageError)(`${file}: the contact list has no rows.`);
      const findings = check.findings(report.contacts);
      report.diagnostics = toDiagnostics(findings, textDocument);
      report.rows = findings.map((finding) => ({ range: { start: textDocument.positionAt(finding.range.start), end: textDocument.positionAt(finding.range.end) }, names: finding.rows, count: finding.rowCount }));
    } catch (error) {
      if (!(error instanceof contactList().ContactsUsageError)) throw error;
      const range = document.frontMatter.data?.keyRange ?? { start: 0, end: 0 };
      report.contacts = 0;
      report.broken = [];
      report.rows = [];
      report.diagnostics = toDiagnostics(
        [{ rule: 'contacts', severity: 'error', message: `The contact list cannot be checked: ${error.message}`, range, fixes: [] }],
        textDocument,
      );
    }
    return report;
  }
}

/** The row at 0-based `index` of the list, read up to it; undefined when the list changed and cannot be read or is shorter now. */
async function rowAt(file: string, index: number): Promise<ContactRow | undefined> {
  try {
    let at = 0;
    for await (const row of (await contactList().openContactList(file)).rows) if (at++ === index) return row;
  } catch (error) {
    if (!(error instanceof contactList().ContactsUsageError)) throw error;
  }
  return undefined;
}

function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
