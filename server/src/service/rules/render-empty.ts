import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import type { OutreachDocument, Placeholder } from '../document';
import type { DeclaredVariable } from '../frontMatter';
import type { Rule } from '../rule';

export const renderEmpty: Rule = {
  meta: {
    id: 'render-empty',
    severity: 'warning',
    kinds: 'all',
    description: 'With its sample values the template renders an empty placeholder or broken text such as "Hi ,".',
    docs: {
      why:
        'A blank where a name or topic should be is the clearest sign of a mail merge, and it undoes every bit of personal effort in the rest of the message. Sample values exist so you can read the message as the recipient will; an empty sample hides exactly the gap they would see.',
      worse: 'variables:\n  recipient.firstName: ""\n---\nHi {{recipient.firstName}},',
      better: 'variables:\n  recipient.firstName: Sally\n---\nHi {{recipient.firstName}},',
    },
    fixable: false,
  },
  check(context) {
    const { document } = context;
    const declared = document.frontMatter.variables;
    // A large document was never parsed by Handlebars, and rendering it would take as long as that parse.
    if (!declared || document.syntaxError || document.large) return;
    const samples = new Samples(declared);
    // Parsing again is only worth it when some rendered placeholder could come out empty.
    if (!document.placeholders.some((placeholder) => placeholder.renders && placeholder.rootScope && samples.rendersBadly(placeholder.path))) return;
    const byStart = new Map(document.placeholders.map((placeholder) => [placeholder.range.start, placeholder]));
    for (const offset of emptyRenderings(document, samples)) {
      const placeholder = byStart.get(offset);
      if (!placeholder) continue;
      context.report({ range: placeholder.range, message: describe(document, placeholder, samples) });
    }
  },
};

/** What the sample data gives for a path, as Handlebars would see it. */
class Samples {
  constructor(private readonly declared: ReadonlyMap<string, DeclaredVariable>) {}

  value(path: string): unknown {
    const variable = this.declared.get(path);
    if (variable) return variable.sample;
    for (const key of this.declared.keys()) if (key.startsWith(`${path}.`)) return {};
    return undefined;
  }

  /** True for a sample that renders as nothing, or a group of variables that renders as "[object Object]". */
  rendersBadly(path: string): boolean {
    const variable = this.declared.get(path);
    if (!variable) return this.value(path) !== undefined;
    return variable.sample === null || (typeof variable.sample === 'string' && variable.sample.trim() === '');
  }

  /** Handlebars' `{{#if}}` truthiness. */
  truthy(path: string): boolean {
    const value = this.value(path);
    return !(value === undefined || value === null || value === false || value === '' || value === 0);
  }
}

/** Offsets of the plain `{{path}}` tags that would render badly, skipping blocks the samples would not render. */
function emptyRenderings(document: OutreachDocument, samples: Samples): number[] {
  let program: AST.Program;
  try {
    program = parseWithoutProcessing(document.text.slice(document.bodyStart));
  } catch {
    return [];
  }
  const firstLine = document.textDocument.positionAt(document.bodyStart).line;
  const offsetOf = (position: AST.Position): number =>
    document.textDocument.offsetAt({ line: firstLine + position.line - 1, character: position.column });
  const found: number[] = [];
  const visit = (node: AST.Program): void => {
    for (const statement of node.body) {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as AST.MustacheStatement;
        const path = mustache.path as AST.PathExpression;
        if (mustache.params.length === 0 && path.type === 'PathExpression' && !path.data && samples.rendersBadly(path.original)) {
          found.push(offsetOf(mustache.loc.start));
        }
      } else if (statement.type === 'BlockStatement') {
        const block = statement as AST.BlockStatement;
        const branch = renderedBranch(block, samples);
        if (branch) visit(branch);
      }
    }
  };
  visit(program);
  return found;
}

/** The branch of an `{{#if}}` / `{{#unless}}` the samples select; other blocks change the context, so they are left alone. */
function renderedBranch(block: AST.BlockStatement, samples: Samples): AST.Program | undefined {
  const helper = (block.path as AST.PathExpression).original;
  const condition = block.params[0];
  if ((helper !== 'if' && helper !== 'unless') || block.params.length !== 1 || condition?.type !== 'PathExpression') return undefined;
  const holds = samples.truthy((condition as AST.PathExpression).original) === (helper === 'if');
  return holds ? block.program : block.inverse;
}

function describe(document: OutreachDocument, placeholder: Placeholder, samples: Samples): string {
  const value = samples.value(placeholder.path);
  if (typeof value === 'object' && value !== null) {
    return `\`${placeholder.path}\` is a group of variables and renders as “[object Object]”: use one of its paths, e.g. \`${placeholder.path}.firstName\`.`;
  }
  const preview = renderedLine(document, placeholder, samples);
  const shown = preview ? ` so this line renders as “${preview}”` : ' so it renders as nothing';
  return `\`${placeholder.path}\` has an empty sample value,${shown}: give it a realistic sample so the preview shows what the recipient will read.`;
}

/** The placeholder's line with every simple placeholder replaced by its sample (short, for the message). */
function renderedLine(document: OutreachDocument, placeholder: Placeholder, samples: Samples): string {
  const { line } = document.textDocument.positionAt(placeholder.range.start);
  const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const rendered = text
    .replace(/\{\{~?\s*([\w.]+)\s*~?\}\}/g, (_, path: string) => {
      const value = samples.value(path);
      return value === null || value === undefined || typeof value === 'object' ? '' : String(value);
    })
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return rendered.length > 60 ? `${rendered.slice(0, 59)}…` : rendered;
}
