/** Shared vocabulary of the language service. Offsets are UTF-16 code units into the whole document. */

// Defined in the client–server protocol, which the client shares without loading the service.
export { FIX_ALL_KIND, TEMPLATE_KINDS, type TemplateKind } from '../protocol';

export const RELATIONSHIPS = ['cold', 'warm', 'mutual'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SENIORITIES = ['peer', 'senior', 'executive', 'influencer'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const CONSENTS = ['asked', 'granted', 'none'] as const;
export type Consent = (typeof CONSENTS)[number];

export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type SeverityName = (typeof SEVERITIES)[number];
export type ActiveSeverity = Exclude<SeverityName, 'off'>;

export interface OffsetRange {
  start: number;
  end: number;
}

/** A text edit in document offsets. `newText` is plain text; `snippet`, when present, is the same insertion in LSP snippet syntax. */
export interface OffsetEdit {
  range: OffsetRange;
  newText: string;
  snippet?: string;
}

/** A file a fix creates beside the document. */
export interface NewFile {
  /** File name, relative to the document's folder (no `..`). */
  path: string;
  text: string;
}

/** A quick fix carried by a finding (stateless: everything needed to apply it travels with the diagnostic). */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** Files the fix creates (never part of a safe fix); applied with the edits as one undoable workspace edit. */
  newFiles?: NewFile[];
  /** Safe fixes are applied by `--fix` and fix-all: deterministic, no authoring needed afterwards. */
  safe?: boolean;
  preferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: ActiveSeverity;
  message: string;
  range: OffsetRange;
  fixes: Fix[];
}

/** A problem in the configuration or a phrase file, shown on the config file. */
export interface ConfigProblem {
  message: string;
  range: OffsetRange;
  /** How the editor shows it; a warning unless said otherwise. */
  severity?: ActiveSeverity;
}
