/**
 * A template rendered for one contact by Handlebars, as plain text (a mail-merge tool sends text, so nothing is
 * escaped), with where each placeholder's value and each `{{#if}}…{{else}}` block landed in the output, so the checks
 * can name the template line that breaks. Compiled once per template, then run once per row.
 */
import type Handlebars from 'handlebars';
import type { OutreachDocument } from '../document/document';
import { offsetMapping } from '../document/template';
import { sandbox } from '../features/sandbox';
import type { OffsetRange } from '../types';

/** A `{{path}}` of the template: what it reads and where it stands. */
export interface Slot {
  /** The path as written (`recipient.firstName`, `this.name`). */
  path: string;
  range: OffsetRange;
  inSubject: boolean;
}

/** An `{{#if}}` / `{{#unless}}` with an `{{else}}`: one of its branches is meant to show. */
export interface Choice {
  condition: string;
  /** The opening tag. */
  range: OffsetRange;
}

/** Where a slot's value (or a choice's output) sits in the rendered text, `start` to `end`. */
export interface Placed {
  id: number;
  start: number;
  end: number;
}

export interface RenderedPart {
  text: string;
  slots: Placed[];
  choices: Placed[];
}

export interface RenderedContact {
  subject?: RenderedPart;
  body: RenderedPart;
}

export interface ContactTemplate {
  slots: readonly Slot[];
  choices: readonly Choice[];
  render(data: Record<string, unknown>): RenderedContact;
}

/** Private-use characters mark the output: slot start, choice start, the end of a mark's id, and a mark's end. */
const SLOT = '\uE000';
const CHOICE = '\uE001';
const ID_END = '\uE002';
const CLOSE = '\uE003';
const MARKS = /[\uE000-\uE003]/g;
const SLOT_HELPER = 'outreachContactSlot';

/** A problem that keeps the template from rendering at all (a partial, a helper the sandbox does not run). */
export class UnrenderableTemplate extends Error {}

/** Compiles the subject and body of `document` for rendering row after row; throws `UnrenderableTemplate`. */
export function compileContactTemplate(document: OutreachDocument): ContactTemplate {
  const handlebars = sandbox();
  const slots: Slot[] = [];
  const choices: Choice[] = [];
  handlebars.registerHelper(SLOT_HELPER, (value: unknown, id: number) => `${SLOT}${id}${ID_END}${plainText(value).replace(MARKS, '')}${CLOSE}${id}${ID_END}`);
  const compile = (source: string, base: number, inSubject: boolean): Handlebars.TemplateDelegate => {
    let program: hbs.AST.Program;
    try {
      program = handlebars.parse(source);
    } catch (error) {
      throw new UnrenderableTemplate((error as Error).message.split('\n')[0]);
    }
    const offsetOf = offsetMapping(source, base);
    const rangeOf = (node: hbs.AST.Node): OffsetRange => ({ start: offsetOf(node.loc.start), end: offsetOf(node.loc.end) });
    const openingTag = (node: hbs.AST.Node): OffsetRange => {
      const start = offsetOf(node.loc.start);
      const close = source.indexOf('}}', start - base);
      return { start, end: close < 0 ? offsetOf(node.loc.end) : base + close + 2 };
    };
    mark(program, {
      slot: (mustache) => slots.push({ path: (mustache.path as hbs.AST.PathExpression).original, range: rangeOf(mustache), inSubject }) - 1,
      choice: (block) => choices.push({ condition: conditionText(block), range: openingTag(block) }) - 1,
    });
    // Standalone lines were trimmed by the parse above; the marks must not make the compiler see new ones.
    const template = handlebars.compile(program, { noEscape: true, strict: false, ignoreStandalone: true, knownHelpersOnly: true, knownHelpers: { [SLOT_HELPER]: true, log: false, lookup: false } });
    try {
      template({});
    } catch (error) {
      throw new UnrenderableTemplate((error as Error).message.split('\n')[0]);
    }
    return template;
  };
  const subjectField = document.frontMatter.subject;
  const subjectPlaceholder = document.subjectPlaceholders[0];
  // The subject's value offsets map to the document through its parsed placeholders; a subject without any renders as written.
  const subjectBase = subjectField && subjectPlaceholder ? subjectPlaceholder.range.start - subjectPlaceholder.valueRange.start : subjectField?.range.start ?? 0;
  const subject = subjectField ? compile(subjectField.value, subjectBase, true) : undefined;
  const body = compile(document.text.slice(document.bodyStart), document.bodyStart, false);
  return {
    slots,
    choices,
    render: (data) => ({ ...(subject ? { subject: placed(subject(data)) } : {}), body: placed(body(data)) }),
  };
}

/** What `{{value}}` renders as (Handlebars' own conversion: nothing for null and undefined, `String()` otherwise). */
function plainText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function conditionText(block: hbs.AST.BlockStatement): string {
  const condition = block.params[0];
  return condition?.type === 'PathExpression' ? (condition as hbs.AST.PathExpression).original : '…';
}

interface Marking {
  slot: (mustache: hbs.AST.MustacheStatement) => number;
  choice: (block: hbs.AST.BlockStatement) => number;
}

/** Turns each plain `{{path}}` into a call that marks its value, and brackets each if/unless-with-else in marks. */
function mark(program: hbs.AST.Program, marking: Marking): void {
  const body: hbs.AST.Statement[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ContentStatement') {
      const content = statement as hbs.AST.ContentStatement;
      content.value = content.value.replace(MARKS, '');
    } else if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      if (mustache.path.type === 'PathExpression' && mustache.params.length === 0 && !mustache.hash) {
        const id = marking.slot(mustache);
        const helper: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: [SLOT_HELPER], original: SLOT_HELPER, loc: mustache.loc };
        const idLiteral: hbs.AST.NumberLiteral = { type: 'NumberLiteral', value: id, original: id, loc: mustache.loc };
        mustache.params = [mustache.path, idLiteral];
        mustache.path = helper;
      }
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      if (block.program) mark(block.program, marking);
      if (block.inverse) mark(block.inverse, marking);
      const helper = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
      if ((helper === 'if' || helper === 'unless') && block.inverse && block.params.length === 1) {
        const id = marking.choice(block);
        body.push(markContent(`${CHOICE}${id}${ID_END}`, block), block, markContent(`${CLOSE}${id}${ID_END}`, block));
        continue;
      }
    }
    body.push(statement);
  }
  program.body = body;
}

function markContent(value: string, near: hbs.AST.Node): hbs.AST.ContentStatement {
  return { type: 'ContentStatement', value, original: { open: false, close: false }, loc: near.loc };
}

/** The rendered text without its marks, and where each marked slot and choice landed in it. */
function placed(output: string): RenderedPart {
  const slots: Placed[] = [];
  const choices: Placed[] = [];
  const open: { id: number; start: number; choice: boolean }[] = [];
  let text = '';
  let cursor = 0;
  for (let at = nextMark(output, 0); at >= 0; at = nextMark(output, cursor)) {
    text += output.slice(cursor, at);
    const kind = output[at];
    const idEnd = output.indexOf(ID_END, at);
    const id = Number(output.slice(at + 1, idEnd));
    cursor = idEnd + 1;
    if (kind === CLOSE) {
      // Marks nest as the template's tags do: a close ends the latest open mark.
      const started = open.pop();
      if (!started) continue;
      (started.choice ? choices : slots).push({ id, start: started.start, end: text.length });
    } else {
      open.push({ id, start: text.length, choice: kind === CHOICE });
    }
  }
  text += output.slice(cursor);
  return { text, slots, choices };
}

function nextMark(output: string, from: number): number {
  for (let index = from; index < output.length; index++) {
    const code = output.charCodeAt(index);
    if (code >= 0xe000 && code <= 0xe003) return index;
  }
  return -1;
}
