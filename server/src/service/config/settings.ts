import { SEVERITIES, type ActiveSeverity, type ConfigProblem, type OffsetRange, type SeverityName, type TemplateKind } from '../types';
import type { RuleMeta } from '../rules/rule';
import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { jsonPlaces } from './jsonPlaces';
import { readCustomRules, type CustomRule } from './customRules';

/** One rule's setting: a severity, optionally with option overrides. */
export interface RuleSetting {
  severity?: SeverityName;
  options: Record<string, number>;
}

/** Project configuration (`.outreachrc.json`), after validation. */
export interface OutreachConfig {
  rules: Record<string, RuleSetting>;
  /** Extra phrase-library folders, relative to the config file. */
  phraseFolders: string[];
  /** Project phrase rules (`customRules`), compiled; they run after the built-in rules. */
  customRules: CustomRule[];
}

/** Settings an untrusted workspace may not use: they bring patterns and files from the workspace. */
export type UntrustedSetting = 'customRules' | 'phraseFolders';

export const CONFIG_FILE_NAME = '.outreachrc.json';

export function emptyConfig(): OutreachConfig {
  return { rules: {}, phraseFolders: [], customRules: [] };
}

/**
 * Reads `.outreachrc.json` text. Unknown rules, bad severities, bad options and unsafe custom rules are reported (with the
 * range of the offending JSON text) and ignored; everything valid is kept.
 */
export function parseConfig(text: string, rules: readonly RuleMeta[]): { config: OutreachConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const whole = { start: 0, end: text.length };
  const errors: ParseError[] = [];
  // The parser gives every key and value its place in the text; a byte-order mark is blanked to keep offsets.
  const tree = parseTree(text.replace(/^\uFEFF/, ' '), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [error] = errors;
  if (error || !tree) {
    const at = error?.offset ?? 0;
    const what = error ? printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
    problems.push({ message: `${CONFIG_FILE_NAME} is not valid JSON: ${what}.`, range: { start: at, end: Math.min(text.length, at + Math.max(1, error?.length ?? 1)) } });
    return { config, problems };
  }
  const raw: unknown = getNodeValue(tree);
  if (!isRecord(raw)) {
    problems.push({ message: `${CONFIG_FILE_NAME} must be a JSON object.`, range: whole });
    return { config, problems };
  }
  const places = jsonPlaces(text);
  /** The key of the property at `path` (as the parser placed it), else the whole file. */
  const keyAt = (...path: string[]): OffsetRange => places.key(path) ?? whole;
  const locate = (key: string): OffsetRange => keyAt(key);
  const byId = new Map(rules.map((meta) => [meta.id, meta]));
  for (const key of Object.keys(raw)) {
    if (!['$schema', 'rules', 'phraseFolders', 'customRules'].includes(key)) {
      problems.push({ message: `Unknown setting \`${key}\`; known: rules, phraseFolders, customRules.`, range: locate(key) });
    }
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push({ message: '`rules` must map rule ids to a severity or { "severity", …options }.', range: locate('rules') });
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        const meta = byId.get(id);
        if (!meta) {
          problems.push({ message: `Unknown rule \`${id}\`.`, range: keyAt('rules', id) });
          continue;
        }
        const setting = readRuleSetting(meta, value, (message) => problems.push({ message, range: keyAt('rules', id) }));
        if (setting) config.rules[id] = setting;
      }
    }
  }
  if (raw.phraseFolders !== undefined) {
    if (Array.isArray(raw.phraseFolders) && raw.phraseFolders.every((folder) => typeof folder === 'string')) config.phraseFolders = raw.phraseFolders;
    else problems.push({ message: '`phraseFolders` must be a list of folder paths.', range: locate('phraseFolders') });
  }
  if (raw.customRules !== undefined) {
    // A custom rule's problem points at the first key or string inside the `customRules` list that spells `needle`.
    const locateRule = (needle: string): OffsetRange => places.string(['customRules'], needle) ?? locate('customRules');
    const builtInIds = rules.map((meta) => meta.id);
    config.customRules = readCustomRules(raw.customRules, builtInIds, (message, needle) => problems.push({ message, range: locateRule(needle) }));
  }
  return { config, problems };
}

/** An untrusted workspace keeps only rule severities and options; returns what it dropped, to tell the user. */
export function restrictForUntrustedWorkspace(config: OutreachConfig): { config: OutreachConfig; ignored: UntrustedSetting[] } {
  const ignored: UntrustedSetting[] = [];
  if (config.customRules.length > 0) ignored.push('customRules');
  if (config.phraseFolders.length > 0) ignored.push('phraseFolders');
  return { config: { rules: config.rules, phraseFolders: [], customRules: [] }, ignored };
}

/** The note shown on `.outreachrc.json` (at the first ignored key) when an untrusted workspace dropped settings. */
export function untrustedWorkspaceNotice(text: string, ignored: readonly UntrustedSetting[]): ConfigProblem | undefined {
  const first = ignored[0];
  if (first === undefined) return undefined;
  const names = ignored.map((setting) => `\`${setting}\``).join(' and ');
  return {
    message: `${names} ${ignored.length > 1 ? 'are' : 'is'} ignored because this workspace is not trusted: only rule severities and options apply. Trust the workspace to use them.`,
    range: jsonPlaces(text).key([first]) ?? { start: 0, end: 0 },
    severity: 'info',
  };
}

function readRuleSetting(meta: RuleMeta, value: unknown, problem: (message: string) => void): RuleSetting | undefined {
  if (typeof value === 'string') {
    if (isSeverity(value)) return { severity: value, options: {} };
    problem(`\`${meta.id}\`: severity must be one of ${SEVERITIES.join(', ')}.`);
    return undefined;
  }
  if (!isRecord(value)) {
    problem(`\`${meta.id}\` must be a severity or { "severity", …options }.`);
    return undefined;
  }
  const setting: RuleSetting = { options: {} };
  for (const [key, option] of Object.entries(value)) {
    if (key === 'severity') {
      if (typeof option === 'string' && isSeverity(option)) setting.severity = option;
      else problem(`\`${meta.id}.severity\` must be one of ${SEVERITIES.join(', ')}.`);
      continue;
    }
    const spec = meta.options?.[key];
    if (!spec) {
      problem(`\`${meta.id}\` has no option \`${key}\`${meta.options ? `; options: ${Object.keys(meta.options).join(', ')}` : ''}.`);
      continue;
    }
    if (typeof option !== 'number' || !Number.isFinite(option) || (spec.minimum !== undefined && option < spec.minimum)) {
      problem(`\`${meta.id}.${key}\` must be a number${spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : ''}.`);
      continue;
    }
    setting.options[key] = option;
  }
  return setting;
}

/**
 * Editor settings (`outreach.rules.<id>` severities, `outreach.<id>.<option>` thresholds) laid over the
 * project config: a value of "default" or null leaves the project's choice in place.
 */
export function mergeEditorSettings(config: OutreachConfig, settings: unknown, rules: readonly RuleMeta[]): OutreachConfig {
  if (!isRecord(settings)) return config;
  const merged: OutreachConfig = { rules: {}, phraseFolders: config.phraseFolders, customRules: config.customRules };
  for (const [id, setting] of Object.entries(config.rules)) merged.rules[id] = { severity: setting.severity, options: { ...setting.options } };
  const severities = isRecord(settings.rules) ? settings.rules : {};
  for (const meta of rules) {
    const severity = severities[meta.id];
    const options = isRecord(settings[meta.id]) ? (settings[meta.id] as Record<string, unknown>) : {};
    const target = (merged.rules[meta.id] ??= { options: {} });
    if (typeof severity === 'string' && isSeverity(severity)) target.severity = severity;
    for (const name of Object.keys(meta.options ?? {})) {
      const value = options[name];
      if (typeof value === 'number' && Number.isFinite(value)) target.options[name] = value;
    }
  }
  return merged;
}

export function resolveSeverity(meta: RuleMeta, config: OutreachConfig): SeverityName {
  return config.rules[meta.id]?.severity ?? meta.severity;
}

/** Each option of a rule: the configured value, else the default (the one for `kind` when the default varies by kind). */
export function resolveOptions(meta: RuleMeta, config: OutreachConfig, kind: TemplateKind): Record<string, number> {
  const options: Record<string, number> = {};
  for (const [name, spec] of Object.entries(meta.options ?? {})) {
    const value = config.rules[meta.id]?.options[name] ?? (typeof spec.default === 'number' ? spec.default : spec.default[kind]);
    // The metadata test checks that a per-kind default covers every kind the rule checks.
    if (value === undefined) throw new Error(`\`${meta.id}.${name}\` has no default for kind \`${kind}\`.`);
    options[name] = value;
  }
  return options;
}

function isSeverity(value: string): value is SeverityName {
  return (SEVERITIES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
