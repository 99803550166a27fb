/** `--format sarif`: the CLI's reports as one SARIF 2.1.0 run, for code-scanning services such as GitHub's. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { FileReport, ReportedDiagnostic } from '../lintFiles';
import type { CustomRule } from '../service/config/customRules';
import { RULES } from '../service/rules';
import type { SeverityName } from '../service/types';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const TOOL_NAME = 'outreach-lint';

const LEVEL: Record<SeverityName, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/** The CLI's own findings, which no rule module defines, with the help text that explains them. */
const PSEUDO_RULES: Record<string, { name: string; description: string; help: string }> = {
  io: {
    name: 'UnreadableFile',
    description: 'A file could not be linted.',
    help: 'The file is missing, unreadable, binary (it contains NUL bytes) or too large to lint.',
  },
  config: {
    name: 'ConfigProblem',
    description: 'A problem in .outreachrc.json.',
    help: 'An unknown setting or rule, an invalid severity or option, or a custom rule that was refused (for example a pattern that could backtrack for ever). The rest of the file still applies.',
  },
  phrases: {
    name: 'PhraseLibraryProblem',
    description: 'A problem in a phrase library file.',
    help: 'A phrase file (bundled or from `phraseFolders`) could not be read or parsed; its phrases are left out.',
  },
  contacts: {
    name: 'ContactBreaksTemplate',
    description: 'A contact of the --data list breaks the template when it is rendered for them.',
    help: 'Rendered for that row, a placeholder comes out empty or leaves broken text ("Hi ,"), the subject runs too long or holds a line break or an unfilled merge field, an {{#if}} with an {{else}} renders nothing, or the list has no column for a placeholder. Rows with the same problem are reported together, on the template line that breaks.',
  },
};

export interface SarifInput {
  reports: readonly FileReport[];
  customRules: readonly CustomRule[];
  version: string;
  /** The folder that relative paths are resolved against and that `%SRCROOT%` stands for. */
  cwd: string;
}

export function toSarif({ reports, customRules, version, cwd }: SarifInput): Log {
  const ruleIds = [...new Set(reports.flatMap((report) => report.diagnostics.map((diagnostic) => diagnostic.rule)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results: Result[] = reports.flatMap((report) => {
    const artifactLocation = artifact(report.file, cwd);
    return report.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.rule,
      ruleIndex: ruleIndex.get(diagnostic.rule),
      level: LEVEL[diagnostic.severity],
      message: { text: diagnostic.message },
      // Findings on a whole file (io, phrases) sit at 1:1, since code scanning needs a region on every result.
      locations: [{ physicalLocation: { artifactLocation, region: region(diagnostic) } }],
    }));
  });
  const rootUri = pathToFileURL(cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            fullName: 'Outreach Etiquette',
            version,
            rules: ruleIds.map((id) => descriptor(id, customRules)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Paths under `cwd` become `%SRCROOT%`-relative URIs with forward slashes; others become absolute file URIs. */
function artifact(file: string, cwd: string): ArtifactLocation {
  const absolute = resolve(cwd, file);
  const path = relative(cwd, absolute);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { uri: pathToFileURL(absolute).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** LSP positions are 0-based in UTF-16 code units; SARIF's are 1-based, in the run's `columnKind`, with an exclusive end column. */
function region(diagnostic: ReportedDiagnostic): Region {
  const { start, end } = diagnostic.range;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function descriptor(id: string, customRules: readonly CustomRule[]): ReportingDescriptor {
  // SARIF wants a readable `name` that differs from the id, and none at all where the two would only differ in case.
  const pascal = id.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const name = pascal.toLowerCase() === id ? {} : { name: pascal };
  const meta = RULES.find((rule) => rule.meta.id === id)?.meta;
  if (meta) {
    const examples = [...(meta.docs.worse ? [['Instead of', meta.docs.worse]] : []), ['Better', meta.docs.better]];
    const help = [meta.docs.why, ...examples.map(([label, text]) => `${label}: “${text}”`)].join('\n\n');
    const markdown = [meta.docs.why, ...(meta.docs.evidence ? [`**Evidence:** ${meta.docs.evidence}`] : []), ...examples.map(([label, text]) => `**${label}:** “${text}”`)].join('\n\n');
    return {
      id,
      ...name,
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.docs.why },
      // The whole documentation travels as help text: a link would name a file on the machine that ran the lint.
      help: { text: help, markdown },
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: { tags: ['outreach', ...(meta.kinds === 'all' ? ['hygiene'] : meta.kinds)] },
    };
  }
  const pseudo = PSEUDO_RULES[id];
  if (pseudo) {
    return {
      id,
      name: pseudo.name,
      shortDescription: { text: pseudo.description },
      fullDescription: { text: pseudo.help },
      help: { text: pseudo.help },
      defaultConfiguration: { level: 'error' },
    };
  }
  const custom = customRules.find((rule) => rule.id === id);
  const patterns = custom?.patterns.map((pattern) => `/${pattern.source}/${pattern.flags.includes('i') ? 'i' : ''}`).join(', ');
  const help = `A project rule from .outreachrc.json (customRules)${patterns ? `; it reports text that matches ${patterns}` : ''}.`;
  return {
    id,
    ...name,
    shortDescription: { text: custom?.message ?? help },
    fullDescription: { text: help },
    help: { text: help },
    ...(custom ? { defaultConfiguration: { level: LEVEL[custom.severity] } } : {}),
    properties: { tags: ['outreach', 'custom'] },
  };
}
