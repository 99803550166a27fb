import type { OutreachDocument } from '../document/document';
import { SEVERITIES, TEMPLATE_KINDS, type Finding, type OffsetRange, type SeverityName, type TemplateKind } from '../types';

/** A project phrase rule from `.outreachrc.json` `customRules`, validated and compiled. */
export interface CustomRule {
  id: string;
  message: string;
  patterns: RegExp[];
  severity: SeverityName;
  kinds: readonly TemplateKind[] | 'all';
}

export const CUSTOM_RULE_LIMITS = {
  maxPatterns: 20,
  maxPatternLength: 200,
  /** Each pattern sees at most this many characters at a time (a line, or a slice of a long line cut at a space). */
  maxSegmentLength: 300,
  maxMatchesPerRule: 1000,
  /** Total matching time for all custom rules on one document. */
  budgetMs: 50,
} as const;

/** Reports one problem about the custom rule under validation; `needle` is the JSON string to point at. */
type ProblemSink = (message: string, needle: string) => void;

/** Validates `customRules`; invalid rules (or patterns) are reported and dropped, valid ones are compiled. */
export function readCustomRules(value: unknown, builtInIds: readonly string[], problem: ProblemSink): CustomRule[] {
  if (!Array.isArray(value)) {
    problem('`customRules` must be a list of { "id", "message", "patterns", … } objects.', 'customRules');
    return [];
  }
  const rules: CustomRule[] = [];
  for (const entry of value) {
    const rule = readCustomRule(entry, builtInIds, rules, problem);
    if (rule) rules.push(rule);
  }
  return rules;
}

const KNOWN_KEYS = ['id', 'message', 'patterns', 'severity', 'kinds', 'caseSensitive'];

function readCustomRule(entry: unknown, builtInIds: readonly string[], accepted: readonly CustomRule[], problem: ProblemSink): CustomRule | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problem('Each custom rule must be an object with "id", "message" and "patterns".', 'customRules');
    return undefined;
  }
  const raw = entry as Record<string, unknown>;
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
    problem('A custom rule `id` must be lowercase words joined by dashes, like "no-hope-you-are-well".', typeof id === 'string' ? id : 'customRules');
    return undefined;
  }
  if (builtInIds.includes(id)) {
    problem(`Custom rule \`${id}\` clashes with the built-in rule of that id: pick another id.`, id);
    return undefined;
  }
  if (accepted.some((rule) => rule.id === id)) {
    problem(`Custom rule \`${id}\` is defined twice: ids must be unique.`, id);
    return undefined;
  }
  const fail = (message: string, needle: string = id): undefined => {
    problem(`Custom rule \`${id}\`: ${message}`, needle);
    return undefined;
  };
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.includes(key)) return fail(`unknown key \`${key}\`; known: ${KNOWN_KEYS.join(', ')}.`, key);
  if (typeof raw.message !== 'string' || raw.message.trim() === '') return fail('`message` must be a non-empty string saying what is wrong and what to write instead.');
  const severity = raw.severity ?? 'warning';
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) return fail(`\`severity\` must be one of ${SEVERITIES.join(', ')}.`);
  const kinds = readKinds(raw.kinds);
  if (kinds === undefined) return fail(`\`kinds\` must be "all" or a non-empty list of: ${TEMPLATE_KINDS.join(', ')}.`);
  if (typeof raw.caseSensitive !== 'undefined' && typeof raw.caseSensitive !== 'boolean') return fail('`caseSensitive` must be true or false.');
  const patterns = raw.patterns;
  if (!Array.isArray(patterns) || patterns.length === 0 || patterns.length > CUSTOM_RULE_LIMITS.maxPatterns) {
    return fail(`\`patterns\` must be a list of 1 to ${CUSTOM_RULE_LIMITS.maxPatterns} regular expressions.`);
  }
  const compiled: RegExp[] = [];
  for (const pattern of patterns) {
    if (typeof pattern !== 'string') return fail('every pattern must be a string.');
    const reason = patternProblem(pattern, raw.caseSensitive === true);
    if (reason) return fail(`pattern ${JSON.stringify(pattern)} ${reason}`, pattern);
    compiled.push(new RegExp(pattern, raw.caseSensitive === true ? 'g' : 'gi'));
  }
  return { id, message: raw.message.trim(), patterns: compiled, severity: severity as SeverityName, kinds };
}

/** The configured kinds (default all), or undefined when the value is not a valid kinds list. */
function readKinds(value: unknown): CustomRule['kinds'] | undefined {
  if (value === undefined || value === 'all') return 'all';
  const isKind = (kind: unknown): kind is TemplateKind => typeof kind === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(kind);
  return Array.isArray(value) && value.length > 0 && value.every(isKind) ? value : undefined;
}

/** Why a pattern is refused (length, syntax, empty match, or a backtracking hazard), or undefined when it is accepted. */
export function patternProblem(source: string, caseSensitive = false): string | undefined {
  if (source.length === 0 || source.length > CUSTOM_RULE_LIMITS.maxPatternLength) return `must be 1 to ${CUSTOM_RULE_LIMITS.maxPatternLength} characters long.`;
  let regex: RegExp;
  try {
    regex = new RegExp(source, caseSensitive ? '' : 'i');
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message.replace(/\.$/, '')}.`;
  }
  const hazard = backtrackingHazard(source);
  if (hazard) return hazard;
  if (regex.test('')) return 'matches empty text: make it match at least one character.';
  return undefined;
}

interface Group {
  start: number;
  quantified: boolean;
  alternation: boolean;
}

type Atom = { kind: 'group'; group: Group; text: string } | { kind: 'whitespace' } | { kind: 'word' } | { kind: 'other' };

/** A run of word characters followed by whitespace (or the reverse, or a `\b`) can end in one place only, so it cannot multiply the work. */
function pinned(atom: Atom, rest: string): boolean {
  if (/^\\b/.test(rest)) return atom.kind === 'word' || atom.kind === 'whitespace';
  if (atom.kind === 'word') return /^(?: |\\s)/.test(rest);
  if (atom.kind === 'whitespace') return /^(?:\w|\\[wd])/.test(rest);
  return false;
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/;

/**
 * A conservative static check against catastrophic backtracking (JS regex matching cannot be interrupted).
 * Refused: backreferences, lookbehind, a repeated group that holds a quantifier or alternatives
 * (`(a+)+`, `(a*)*`, `(.*)*`, `(a|a)*`, `(\w+\s?)*`), and repetitions that could split one segment more than
 * `maxSegmentLength²` ways (`.*.*.*x`: an open-ended one counts `maxSegmentLength`, `{m,n}` counts n, and a word
 * or whitespace run pinned by the next token counts 1). It refuses some harmless patterns, never those shapes.
 */
export function backtrackingHazard(source: string): string | undefined {
  const stack: Group[] = [{ start: 0, quantified: false, alternation: false }];
  let atom: Atom | undefined;
  // How many ways the repetitions can split a segment: each unpinned repetition multiplies it.
  let splitWays = 1;
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const current = stack[stack.length - 1] ?? { start: 0, quantified: false, alternation: false };
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[index + 2] === '<')) return 'uses a backreference, which custom patterns do not allow.';
      atom = next === 's' ? { kind: 'whitespace' } : next === 'w' || next === 'd' ? { kind: 'word' } : next === 'b' ? undefined : { kind: 'other' };
      index += 2;
      continue;
    }
    if (char === '[') {
      index = classEnd(source, index);
      atom = { kind: 'other' };
      continue;
    }
    if (char === '(') {
      if (source.startsWith('(?<=', index) || source.startsWith('(?<!', index)) return 'uses a lookbehind, which custom patterns do not allow.';
      stack.push({ start: index, quantified: false, alternation: false });
      atom = undefined;
      index++;
      continue;
    }
    if (char === ')') {
      if (stack.length > 1) stack.pop();
      const parent = stack[stack.length - 1];
      // A hazard deeper inside still makes the enclosing group unsafe to repeat.
      if (parent) {
        parent.quantified ||= current.quantified;
        parent.alternation ||= current.alternation;
      }
      atom = { kind: 'group', group: current, text: source.slice(current.start, index + 1) };
      index++;
      continue;
    }
    if (char === '|') {
      current.alternation = true;
      atom = undefined;
      index++;
      continue;
    }
    const quantifier = atom ? QUANTIFIER.exec(source.slice(index)) : null;
    if (atom && quantifier) {
      const [text, min, comma, max] = quantifier;
      const openEnded = comma !== undefined ? max === '' : !text.startsWith('{') && !text.startsWith('?');
      const repeats = openEnded || (max !== undefined && max !== '' ? Number(max) > 1 : min !== undefined && Number(min) > 1);
      current.quantified = true;
      if (atom.kind === 'group' && repeats && atom.group.quantified) {
        return `repeats the group \`${atom.text}\`, which itself holds a quantifier (a nested quantifier like \`(a+)+\` can take exponential time): repeat a plain group or spell the phrase out.`;
      }
      if (atom.kind === 'group' && repeats && atom.group.alternation) {
        return `repeats the group \`${atom.text}\`, which holds alternatives (like \`(a|a)*\`, this can take exponential time): match one alternative instead of a repetition.`;
      }
      const afterIndex = index + text.length;
      if (repeats && !pinned(atom, source.slice(afterIndex))) {
        const most = comma === undefined ? Number(min ?? Infinity) : max === '' ? Infinity : Number(max);
        splitWays *= Math.min(openEnded ? Infinity : most, CUSTOM_RULE_LIMITS.maxSegmentLength);
      }
      if (splitWays > CUSTOM_RULE_LIMITS.maxSegmentLength ** 2) {
        return 'has too many repetitions that can match the same characters (like `.*.*.*x`), which makes matching slow: keep at most two open-ended ones, or bound them, like `{0,20}`.';
      }
      atom = { kind: 'other' };
      index = afterIndex;
      continue;
    }
    atom = char === ' ' ? { kind: 'whitespace' } : /\w/.test(char) ? { kind: 'word' } : char === '^' || char === '$' ? undefined : { kind: 'other' };
    index++;
  }
  return undefined;
}

/** Index just past the `]` closing the character class that opens at `start`. */
function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === '^') index++;
  if (source[index] === ']') index++;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}


/**
 * Runs the custom rules over the body prose (placeholders and comments masked), a line — or a slice of a
 * long line — at a time. A rule stops after `maxMatchesPerRule` matches, and all of them stop once the
 * document's time budget is spent; either way one info finding says which rule was cut short.
 */
export function runCustomRules(document: OutreachDocument, rules: readonly CustomRule[], anchor: OffsetRange): Finding[] {
  const findings: Finding[] = [];
  if (rules.length === 0) return findings;
  const segments = document.lines.flatMap((line) => splitSegment(line.text, line.range.start));
  const started = performance.now();
  for (const rule of rules) {
    const severity = rule.severity;
    if (severity === 'off' || (rule.kinds !== 'all' && !rule.kinds.includes(document.frontMatter.kind))) continue;
    const cutShort = (why: string): void => {
      findings.push({ rule: rule.id, severity: 'info', message: `Custom rule \`${rule.id}\` stopped early ${why}; simplify its patterns or split the template.`, range: anchor, fixes: [] });
    };
    let matches = 0;
    scan: for (const pattern of rule.patterns) {
      for (const segment of segments) {
        if (performance.now() - started > CUSTOM_RULE_LIMITS.budgetMs) {
          cutShort(`(custom rules used up their ${CUSTOM_RULE_LIMITS.budgetMs} ms budget for this file, so the rules after it did not run either)`);
          return findings;
        }
        pattern.lastIndex = 0;
        for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
          if (match[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          if (++matches > CUSTOM_RULE_LIMITS.maxMatchesPerRule) {
            cutShort(`after ${CUSTOM_RULE_LIMITS.maxMatchesPerRule} matches`);
            break scan;
          }
          const start = segment.start + match.index;
          findings.push({ rule: rule.id, severity, message: rule.message, range: { start, end: start + match[0].length }, fixes: [] });
        }
      }
    }
  }
  return findings;
}

interface Segment {
  text: string;
  start: number;
}

/** Cuts a line into slices of at most `maxSegmentLength`, at a space when there is one, so each match stays cheap. */
function splitSegment(text: string, start: number): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  while (text.length - offset > CUSTOM_RULE_LIMITS.maxSegmentLength) {
    const window = text.slice(offset, offset + CUSTOM_RULE_LIMITS.maxSegmentLength);
    const space = window.lastIndexOf(' ');
    const cut = space > 0 ? space + 1 : window.length;
    segments.push({ text: text.slice(offset, offset + cut), start: start + offset });
    offset += cut;
  }
  segments.push({ text: text.slice(offset), start: start + offset });
  return segments;
}
