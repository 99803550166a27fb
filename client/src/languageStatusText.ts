/**
 * What the language status items say: whether the rules are on, and the active template's findings. Pure (no
 * `vscode`): client/src/languageStatus.ts puts the reports on the items, and the tests read them directly.
 */

/** The language client's state, named. */
export type ServerState = 'starting' | 'running' | 'stopped';
export type StatusSeverity = 'information' | 'warning' | 'error';

export interface StatusReport {
  text: string;
  detail: string;
  severity: StatusSeverity;
  busy: boolean;
}

/** A template's findings by severity. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function rulesStatus(state: ServerState, workspaceTrusted: boolean): StatusReport {
  switch (state) {
    case 'starting':
      return { text: 'Outreach rules starting', detail: 'the language server is starting', severity: 'information', busy: true };
    case 'stopped':
      return { text: 'Outreach rules off', detail: 'the language server stopped: see its output', severity: 'error', busy: false };
    case 'running':
      return {
        text: 'Outreach rules on',
        detail: workspaceTrusted ? 'checking this template' : 'custom rules and phrase folders wait for workspace trust',
        severity: 'information',
        busy: false,
      };
  }
}

/**
 * The counts as the CLI's summary words them ("1 error, 2 warnings, 1 info") at the severity of the worst finding;
 * `counts` is `undefined` until the server has published the template's findings.
 */
export function findingsStatus(state: ServerState, counts: FindingCounts | undefined): StatusReport {
  if (state === 'stopped') return { text: 'Not checked', detail: 'the language server stopped', severity: 'information', busy: false };
  if (state === 'starting' || !counts) return { text: 'Checking', detail: 'in this template', severity: 'information', busy: true };
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity === 'info' || counts[severity] === 1 ? severity : `${severity}s`}`);
  const severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'information';
  return { text: parts.length > 0 ? parts.join(', ') : 'No problems', detail: 'in this template', severity, busy: false };
}
