/** Crash recovery: when the language server process dies, the client starts a new one and findings keep coming. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhere, openFile, ruleIds, waitFor } from './helpers';

/** The pids of this extension host's children that run the bundled server (read from Linux's /proc). */
function serverProcesses(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after its last ')'.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        return parent === process.pid && command.includes('dist/server.js') ? [Number(entry)] : [];
      } catch {
        return []; // the process ended while we read it
      }
    });
}

suite('crash recovery', () => {
  test('restarts a killed language server, which then lints a newly opened template', async function () {
    if (!existsSync('/proc/self/stat')) this.skip();
    const killed = await waitFor('the language server process', () => serverProcesses()[0]);
    process.kill(killed, 'SIGKILL');
    await waitFor('a new language server process', () => serverProcesses().find((pid) => pid !== killed));
    const { document } = await openFile('after-restart.outreach.hbs');
    await diagnosticsWhere(document.uri, 'time-limit from the restarted server', () => ruleIds(document.uri).includes('time-limit'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
