/**
 * What the client does when the language server's connection closes or keeps failing: restart the server, tell the user
 * once per burst of crashes, and stop after too many crashes in a short time. Pure (no `vscode`): the extension turns
 * the decisions into `ErrorHandler` results and notifications, and the tests drive it with their own clock.
 */

export const SHOW_OUTPUT = 'Show output';
export const RESTARTED_MESSAGE = "Outreach Etiquette's language server stopped and was restarted.";

/** A notification for the user, with the "Show output" action. */
export interface Notice {
  severity: 'warning' | 'error';
  message: string;
}

export interface CloseDecision {
  restart: boolean;
  /** Shown to the user; absent for the quiet restarts after the first in a window. */
  notice?: Notice;
  /** For the output channel, every time. */
  log: string;
}

export interface ErrorDecision {
  shutdown: boolean;
  notice?: Notice;
  log: string;
}

export interface RestartPolicyOptions {
  /** Restarts allowed within `windowMs`; one more crash in that time stops the server. */
  maxRestarts: number;
  windowMs: number;
  /** Milliseconds; `Date.now` unless a test brings its own clock. */
  now: () => number;
}

/** Connection errors tolerated in a row before the client shuts the server down (as the library's default handler does). */
const MAX_CONNECTION_ERRORS = 3;

export interface RestartPolicy {
  /** The connection to the server closed: the process exited or crashed. */
  closed(): CloseDecision;
  /** Reading from or writing to the connection failed; `count` is how many writes failed in a row. */
  error(count: number | undefined): ErrorDecision;
}

export function createRestartPolicy(options: Partial<RestartPolicyOptions> = {}): RestartPolicy {
  const { maxRestarts = 5, windowMs = 3 * 60 * 1000, now = Date.now } = options;
  let crashes: number[] = [];
  let stopped = false;
  const minutes = Math.round(windowMs / 60_000);
  const span = minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${Math.round(windowMs / 1000)} seconds`;

  return {
    closed() {
      if (stopped) return { restart: false, log: 'The language server stopped; it is not restarted after the earlier failures.' };
      const time = now();
      crashes = [...crashes.filter((crash) => time - crash < windowMs), time];
      if (crashes.length > maxRestarts) {
        stopped = true;
        const message = `Outreach Etiquette's language server stopped ${crashes.length} times in ${span} and will not be restarted. Reload the window to try again.`;
        return { restart: false, notice: { severity: 'error', message }, log: message };
      }
      const log = `The language server stopped; restarting it (${crashes.length} of ${maxRestarts} restarts allowed in ${span}).`;
      // Only the first crash of a burst is worth a notification; the others go to the output channel.
      return crashes.length === 1 ? { restart: true, notice: { severity: 'warning', message: RESTARTED_MESSAGE }, log } : { restart: true, log };
    },
    error(count) {
      // A read error comes without a count: the close that usually follows decides.
      if (stopped || count === undefined || count <= MAX_CONNECTION_ERRORS) {
        return { shutdown: false, log: `The connection to the language server failed${count ? ` (${count} in a row)` : ''}.` };
      }
      stopped = true;
      const message = "Outreach Etiquette's language server stopped answering and was shut down. Reload the window to try again.";
      return { shutdown: true, notice: { severity: 'error', message }, log: message };
    },
  };
}
