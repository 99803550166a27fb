/**
 * The contacts check: a template rendered for every row of a contact list, and each row that breaks it reported on the
 * template line that breaks, rows with the same problem grouped into one finding. No file system: rows come in one at
 * a time, so a list of any length is checked in flat memory.
 */
import type { OutreachDocument } from '../document/document';
import { setPath } from '../features/sandbox';
import type { Finding, OffsetRange } from '../types';
import { mapColumnFixes, mapColumns, type ColumnMapping } from './columns';
import { factColumns, factsLabel, rowFacts, type FactColumn, type FactOverrides } from './facts';
import { compileContactTemplate, UnrenderableTemplate, type ContactTemplate, type Placed, type RenderedPart } from './render';

export const CONTACTS_RULE = 'contacts';

/** One contact: its row number as the user sees it and its cells, in the order of the headers. */
export interface ContactRow {
  number: number;
  cells: readonly unknown[];
}

export interface ContactCheckOptions {
  /** The `subject` rule's limit, in characters after filling the placeholders. */
  subjectMaxLength: number;
  /**
   * Lints the template as the rules do. With it, a column that sets a front-matter fact the rules read (a `seniority`
   * column) has each row judged as that contact: the template is linted once per distinct set of such values, and
   * what that finds beyond the template's own lint is reported for those rows.
   */
  lint?: (document: OutreachDocument) => readonly Finding[];
}

/** What one contact gets: the message as rendered, and what breaks in it (empty when nothing does). */
export interface ContactOutcome {
  subject: string;
  body: string;
  problems: string[];
}

/** A contacts finding with the rows it stands for, for the editor's hover. */
export interface ContactFinding extends Finding {
  /** The first rows (number and identifying column, "3 (bo@example.com)"); empty for a problem of the list as a whole. */
  rows: string[];
  /** How many rows have the problem, named or not. */
  rowCount: number;
}

export interface ContactCheck {
  /** Checks one row and remembers its problems for `findings`; undefined when the template cannot be rendered at all. */
  check(row: ContactRow): ContactOutcome | undefined;
  /**
   * Problems of the template against the list as a whole (missing columns), then every row problem, grouped. With
   * `contacts` (how many rows the list has), a row problem reads "3 of 120 contacts render this line broken: …", as the
   * editor shows it beside a hover that lists the rows; without it, it names the rows, as the CLI prints it.
   */
  findings(contacts?: number): ContactFinding[];
}

/** How many rows a grouped finding names before it counts the rest. */
const ROWS_NAMED = 5;
/** How many rows a grouped finding keeps for the editor's hover. */
export const ROWS_LISTED = 20;
/** A rendered line longer than this is shown around the placeholder. */
const SHOWN_LINE = 100;
/** What a value looks like when the list itself holds an unfilled merge field: {{x}}, [Name], %FIRST_NAME%, *|FNAME|*. */
const LEFTOVER = /\{\{|\}\}|\[[^\]\n]*[A-Za-z][^\]\n]*\]|%[A-Z][A-Z_]*%|\*\|[A-Z_]+\|\*/;

interface RowProblem {
  /** Rows with the same key have the same problem. */
  key: string;
  range: OffsetRange;
  /** The message after the row names, as the first row of its group reads it; `note` names that row when the group has more. */
  text: (note: string) => string;
  /** One line for an export's flag. */
  short: string;
}

interface RowGroup {
  /** The first `ROWS_LISTED` rows' names. */
  named: string[];
  firstRow: number;
  rows: number;
}

interface ProblemGroup extends RowGroup {
  range: OffsetRange;
  text: (note: string) => string;
}

/** Rows whose columns set the same front-matter facts, and what the lint finds for them that it does not for the template. */
interface FactGroup extends RowGroup {
  overrides: FactOverrides;
  findings: readonly Finding[];
}

/** Rows whose fact column holds a value the front matter does not allow. */
interface InvalidFactGroup extends RowGroup {
  column: FactColumn;
  /** The first row's value. */
  value: string;
}

/** Sets up the check of `document` against a list with these `headers`; `columns` is the front matter's `data.columns`. */
export function createContactCheck(document: OutreachDocument, headers: readonly string[], options: ContactCheckOptions, columns?: ReadonlyMap<string, string>): ContactCheck {
  const mapping = mapColumns(document, headers, columns);
  const listProblems: ContactFinding[] = mapping.missing.map((missing) => ({
    ...finding(missing.range, missingColumnMessage(missing.path, missing.lookalike, headers)),
    fixes: mapColumnFixes(document, missing),
  }));
  let template: ContactTemplate | undefined;
  if (!document.syntaxError && !document.large) {
    try {
      template = compileContactTemplate(document);
    } catch (error) {
      if (!(error instanceof UnrenderableTemplate)) throw error;
      listProblems.push(finding({ start: document.bodyStart, end: document.bodyStart }, `The template cannot be rendered for the contact list: ${error.message}`));
    }
  }
  const missingPaths = new Set(mapping.missing.map((missing) => missing.path));
  const groups = new Map<string, ProblemGroup>();
  const judge = options.lint ? factJudge(document, options.lint, factColumns(headers, mapping)) : undefined;
  return {
    check(row) {
      judge?.check(row, () => rowName(mapping, row));
      if (!template) return undefined;
      const rendered = template.render(rowData(mapping, row));
      const subject = rendered.subject?.text.trim() ?? '';
      const body = rendered.body.text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
      const problems = [
        ...(rendered.subject ? subjectProblems(template, rendered.subject, subject, options, missingPaths, document) : []),
        ...partProblems(template, rendered.body, missingPaths),
      ];
      const name = rowName(mapping, row);
      for (const problem of problems) {
        const group = groups.get(problem.key);
        if (!group) {
          groups.set(problem.key, { range: problem.range, text: problem.text, named: [name], firstRow: row.number, rows: 1 });
          continue;
        }
        group.rows++;
        if (group.named.length < ROWS_LISTED) group.named.push(name);
      }
      return { subject, body, problems: [...mapping.missing.map((missing) => `no column for ${missing.path}`), ...problems.map((problem) => problem.short)] };
    },
    findings(contacts) {
      const rowFindings = [...groups.values()]
        .sort((a, b) => a.range.start - b.range.start || a.firstRow - b.firstRow)
        .map((group): ContactFinding => {
          const lead = contacts === undefined ? rowsLabel(group) : `${group.rows} of ${contacts} ${contacts === 1 ? 'contact renders' : 'contacts render'} this line broken`;
          const note = group.rows > 1 || contacts !== undefined ? ` (row ${group.firstRow})` : '';
          return { ...finding(group.range, `${lead}: ${group.text(note)}.`), rows: group.named, rowCount: group.rows };
        });
      if (!judge) return [...listProblems, ...rowFindings];
      const { invalid, judged } = judge.findings(contacts);
      return [...listProblems, ...invalid, ...[...rowFindings, ...judged].sort((a, b) => a.range.start - b.range.start)];
    },
  };
}

interface FactJudge {
  check(row: ContactRow, name: () => string): void;
  findings(contacts: number | undefined): { invalid: ContactFinding[]; judged: ContactFinding[] };
}

/**
 * Judges each row by the facts its columns set: rows with the same facts share one lint of the template with its
 * front matter changed (the parsed document reused, not the text parsed again), so a list of any length costs one
 * lint per distinct set of facts.
 */
function factJudge(document: OutreachDocument, lint: (document: OutreachDocument) => readonly Finding[], columns: readonly FactColumn[]): FactJudge {
  const judged = new Map<string, FactGroup>();
  const invalid = new Map<FactColumn, InvalidFactGroup>();
  const findingKey = (finding: Finding): string => `${finding.rule}\0${finding.range.start}\0${finding.range.end}\0${finding.message}`;
  let own: ReadonlySet<string> | undefined;
  /** What the lint finds with `overrides` in the front matter that it does not find for the template as written. */
  const newFindings = (overrides: FactOverrides): Finding[] => {
    own ??= new Set(lint(document).map(findingKey));
    const seen = own;
    return lint({ ...document, frontMatter: { ...document.frontMatter, ...overrides } }).filter((finding) => !seen.has(findingKey(finding)));
  };
  return {
    check(row, name) {
      if (columns.length === 0) return;
      const facts = rowFacts(columns, row.cells, document.frontMatter);
      for (const { column, value } of facts.invalid) {
        const group = invalid.get(column);
        if (group) addRow(group, name);
        else invalid.set(column, { column, value, named: [name()], firstRow: row.number, rows: 1 });
      }
      const key = JSON.stringify(facts.overrides);
      if (key === '{}') return;
      const group = judged.get(key);
      if (group) addRow(group, name);
      else judged.set(key, { overrides: facts.overrides, findings: newFindings(facts.overrides), named: [name()], firstRow: row.number, rows: 1 });
    },
    findings(contacts) {
      const lead = (group: RowGroup): string => (contacts === undefined ? rowsLabel(group) : `${group.rows} of ${contacts} ${contacts === 1 ? 'contact' : 'contacts'}`);
      const range = document.frontMatter.data?.keyRange ?? { start: 0, end: 0 };
      return {
        invalid: [...invalid.values()].map((group): ContactFinding => {
          const { header, spec } = group.column;
          const note = group.rows > 1 || contacts !== undefined ? ` (row ${group.firstRow})` : '';
          const message = `${lead(group)}: the column “${header}” holds “${group.value}”${note}, which \`${spec.path}\` cannot be, so the rules judge them by the template's front matter; use one of ${spec.allowed.join(', ')}.`;
          return { ...finding(range, message), severity: 'warning', rows: group.named, rowCount: group.rows };
        }),
        judged: [...judged.values()].flatMap((group) =>
          group.findings.map((found): ContactFinding => ({
            ...finding(found.range, `${lead(group)}, as ${factsLabel(group.overrides)} (\`${found.rule}\`): ${found.message}`),
            severity: found.severity,
            rows: group.named,
            rowCount: group.rows,
          })),
        ),
      };
    },
  };
}

function addRow(group: RowGroup, name: () => string): void {
  group.rows++;
  if (group.named.length < ROWS_LISTED) group.named.push(name());
}

function finding(range: OffsetRange, message: string): ContactFinding {
  return { rule: CONTACTS_RULE, severity: 'error', message, range, fixes: [], rows: [], rowCount: 0 };
}

/** One row's values as the template reads them (the sender's shared ones included), and its name: for the preview of one contact. */
export function contactReader(document: OutreachDocument, headers: readonly string[], columns?: ReadonlyMap<string, string>): (row: ContactRow) => { values: Record<string, unknown>; name: string } {
  const mapping = mapColumns(document, headers, columns);
  return (row) => ({ values: rowData(mapping, row), name: rowName(mapping, row) });
}

function missingColumnMessage(path: string, lookalike: string | undefined, headers: readonly string[]): string {
  const lead = `The contact list has no column for \`${path}\`, so it renders empty for every contact`;
  if (lookalike !== undefined) {
    return `${lead}: the column “${lookalike}” looks like it; map it in the front matter under \`data.columns\` (\`"${lookalike}": ${path}\`), or rename the column to \`${path}\`.`;
  }
  const shown = headers.slice(0, 8).map((header) => `“${header}”`).join(', ') + (headers.length > 8 ? ` and ${headers.length - 8} more` : '');
  return `${lead}: add a column named \`${path}\`, or map one of its columns (${shown}) to it under \`data.columns\` in the front matter.`;
}

/** The row as the nested object the template reads, over the values every row shares. */
function rowData(mapping: ColumnMapping, row: ContactRow): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, value] of mapping.shared) setPath(data, path, value);
  mapping.paths.forEach((path, index) => {
    if (path !== undefined) setPath(data, path, row.cells[index] ?? '');
  });
  return data;
}

function rowName(mapping: ColumnMapping, row: ContactRow): string {
  const name = mapping.identity
    .map((index) => row.cells[index])
    .filter((cell) => cell !== undefined && cell !== null && String(cell).trim() !== '')
    .map((cell) => String(cell).trim())
    .join(' ');
  return name ? `${row.number} (${name})` : String(row.number);
}

/** "Row 4 (ana@example.com)", "Rows 4 (…), 17 (…) and 88 (…)", "Rows 4 (…), … 91 (…) and 212 more". */
function rowsLabel(group: RowGroup): string {
  if (group.rows === 1) return `Row ${group.named[0]}`;
  const named = group.named.slice(0, ROWS_NAMED);
  const more = group.rows - named.length;
  if (more > 0) return `${group.rows} rows: ${named.join(', ')} and ${more} more`;
  return `Rows ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

function subjectProblems(
  template: ContactTemplate,
  part: RenderedPart,
  subject: string,
  options: ContactCheckOptions,
  missingPaths: ReadonlySet<string>,
  document: OutreachDocument,
): RowProblem[] {
  const problems = partProblems(template, part, missingPaths);
  const range = document.frontMatter.subject?.range ?? { start: 0, end: 0 };
  if (subject.length > options.subjectMaxLength && !problems.some((problem) => problem.key.startsWith('newline:'))) {
    problems.push({
      key: 'subject-length',
      range,
      text: (note) => `the subject is ${subject.length} characters once filled in (over ${options.subjectMaxLength}) and will be cut off in the inbox: “${subject}”${note}; shorten the fixed words, or the values that run long`,
      short: `subject over ${options.subjectMaxLength} characters`,
    });
  }
  return problems;
}

/** What breaks in one rendered part (the subject or the body): empty values, broken text around them, an if/else that renders nothing. */
function partProblems(template: ContactTemplate, part: RenderedPart, missingPaths: ReadonlySet<string>): RowProblem[] {
  const problems: RowProblem[] = [];
  const blankChoices: Placed[] = [];
  for (const placed of part.choices) {
    const choice = template.choices[placed.id];
    if (!choice || missingPaths.has(choice.condition) || part.text.slice(placed.start, placed.end).trim() !== '') continue;
    blankChoices.push(placed);
    problems.push({
      key: `choice:${placed.id}`,
      range: choice.range,
      text: (note) => `both branches of this \`{{#if ${choice.condition}}}\` … \`{{else}}\` render nothing for them${note}, so the message loses that part; fill in \`${choice.condition}\` or what the \`{{else}}\` uses`,
      short: `{{#if ${choice.condition}}} renders nothing`,
    });
  }
  for (const placed of part.slots) {
    const slot = template.slots[placed.id];
    if (!slot || missingPaths.has(slot.path)) continue;
    const value = part.text.slice(placed.start, placed.end);
    const where = slot.inSubject ? 'the subject' : 'this line';
    const reads = (note: string): string => `${where} reads “${shownLine(part.text, placed)}”${note}`;
    if (value.trim() === '') {
      if (blankChoices.some((choice) => choice.start <= placed.start && placed.end <= choice.end)) continue;
      const advice = slot.inSubject ? 'fill it in for every contact, or leave it out of the subject' : `fill it in, or put the sentence inside \`{{#if ${slot.path}}}…{{/if}}\``;
      problems.push({ key: `empty:${placed.id}`, range: slot.range, text: (note) => `\`${slot.path}\` is empty, so ${reads(note)}: ${advice}`, short: `${slot.path} is empty${slot.inSubject ? ' in the subject' : ''}` });
    } else if (slot.inSubject && /[\r\n]/.test(value)) {
      problems.push({ key: `newline:${placed.id}`, range: slot.range, text: (note) => `\`${slot.path}\` holds a line break, which a subject cannot: ${reads(note)}; keep the value on one line`, short: `${slot.path} breaks the subject line` });
    } else if (LEFTOVER.test(value)) {
      problems.push({ key: `leftover:${placed.id}`, range: slot.range, text: (note) => `\`${slot.path}\` holds “${value.trim()}”, an unfilled merge field, so ${reads(note)}: put the contact's real value in the list`, short: `${slot.path} holds a merge field` });
    } else if (brokenAround(part.text, placed)) {
      problems.push({ key: `spacing:${placed.id}`, range: slot.range, text: (note) => `\`${slot.path}\` holds stray spaces or punctuation, so ${reads(note)}: tidy the value in the list`, short: `${slot.path} breaks the text around it` });
    }
  }
  return problems;
}

/** A value whose own spaces or end punctuation break the text around it: "Hi Ana ,", "at Acme Inc..", "to  Berlin". */
function brokenAround(text: string, placed: Placed): boolean {
  const value = text.slice(placed.start, placed.end);
  const before = text[placed.start - 1];
  const after = text[placed.end];
  if (/^\s/.test(value) && (before === undefined || /\s/.test(before))) return true;
  if (/\s$/.test(value) && (after === undefined || /[\s,.;:!?)]/.test(after))) return true;
  return /[,.;:!?]$/.test(value) && after !== undefined && /[,.;:!?]/.test(after) && !/\.\.\.$/.test(value);
}

/** The rendered line holding `placed`, trimmed, shortened around it when long. */
function shownLine(text: string, placed: Placed): string {
  const start = text.lastIndexOf('\n', placed.start - 1) + 1;
  const newline = text.indexOf('\n', placed.end);
  const end = newline < 0 ? text.length : newline;
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (line.length <= SHOWN_LINE) return line;
  const at = Math.max(0, Math.min(line.length - SHOWN_LINE, placed.start - start - SHOWN_LINE / 2));
  return `${at > 0 ? '…' : ''}${line.slice(at, at + SHOWN_LINE).trim()}${at + SHOWN_LINE < line.length ? '…' : ''}`;
}
