import { isScalar, visit } from 'yaml';
import type { OutreachDocument } from '../document/document';
import type { FrontMatter, FrontMatterProblem } from '../document/frontMatter';
import type { Rule } from './rule';
import type { Fix } from '../types';

export const frontmatter: Rule = {
  meta: {
    id: 'frontmatter',
    severity: 'error',
    kinds: 'all',
    description: 'The YAML front matter does not parse, or a known key has a wrong type or value (unknown keys are warnings); a list sample is for a variable the message iterates with `{{#each}}`.',
    docs: {
      why:
        'The front matter tells every other check what kind of message this is and who it goes to: a cold request to an executive is judged differently from a thank-you note to a mentor. A typo there silently switches those checks to the defaults, so the advice you get no longer fits the message you are writing.',
      worse: 'kind: requst\nrelationship: friendly',
      better: 'kind: request\nrelationship: warm\nrecipient:\n  seniority: senior',
      examplesIn: 'front matter',
    },
    fixable: true,
  },
  check(context) {
    for (const problem of context.document.frontMatter.problems) {
      context.report({
        range: problem.range,
        message: problem.message,
        fixes: suggestionFixes(problem, context.document.frontMatter),
        // Unknown keys are harmless extras (reported milder than real errors).
        severity: problem.severity === 'warning' ? 'warning' : undefined,
      });
    }
    const { variables } = context.document.frontMatter;
    if (!variables) return;
    const iterated = iteratedPaths(context.document);
    for (const variable of variables.values()) {
      if (!Array.isArray(variable.sample) || iterated.has(variable.path)) continue;
      context.report({
        range: variable.valueRange ?? variable.keyRange,
        message: `Variable \`${variable.path}\` has a list as its sample, but the message never iterates it with \`{{#each ${variable.path}}}\`: give it a single sample value, or loop over it.`,
      });
    }
  },
};

/** Did-you-mean: replace the misspelled value or key with the close known one. */
function suggestionFixes(problem: FrontMatterProblem, frontMatter: FrontMatter): Fix[] {
  if (!problem.suggestion) return [];
  // Renaming a key to one its map already has would only trade this problem for a duplicate key.
  if (siblingKeys(frontMatter, problem.range.start).includes(problem.suggestion)) return [];
  return [
    {
      title: `Replace with \`${problem.suggestion}\``,
      edits: [{ range: problem.range, newText: problem.suggestion }],
      safe: true,
      preferred: true,
    },
  ];
}

/** The keys of the map whose key starts at `offset` (empty when `offset` is not at a key). */
function siblingKeys(frontMatter: FrontMatter, offset: number): string[] {
  const relative = offset - frontMatter.contentRange.start;
  let keys: string[] = [];
  if (!frontMatter.yaml) return keys;
  visit(frontMatter.yaml, {
    Map(_, map) {
      const keyNodes = map.items.map((pair) => pair.key);
      if (!keyNodes.some((key) => isScalar(key) && key.range?.[0] === relative)) return undefined;
      keys = keyNodes.map((key) => (isScalar(key) ? String(key.value) : String(key)));
      return visit.BREAK;
    },
  });
  return keys;
}

/** `{{#each path}}` (at the root scope): the paths whose sample may be a list. */
function iteratedPaths(document: OutreachDocument): Set<string> {
  const paths = new Set<string>();
  // Without a parse tree the placeholder list is a guess: trust any list then (template-syntax reports the real problem).
  if (document.syntaxError || document.large) {
    for (const variable of document.frontMatter.variables?.values() ?? []) paths.add(variable.path);
    return paths;
  }
  for (const placeholder of document.placeholders) {
    if (placeholder.renders || !placeholder.rootScope) continue;
    const before = document.text.slice(Math.max(0, placeholder.range.start - 40), placeholder.range.start);
    if (EACH_OPENING.test(before)) paths.add(placeholder.path.replace(/^(?:this\.|\.\/)/, ''));
  }
  return paths;
}

const EACH_OPENING = /\{\{~?\s*#\s*each\s+$/;
