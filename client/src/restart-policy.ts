import type { CloseAction, ErrorAction, ErrorHandler } from 'vscode-languageclient/node';

/** What the user is told when the server stops on its own. */
export type Notice = { severity: 'warning' | 'error'; message: string };

const WINDOW_MS = 3 * 60_000;
const MAX_CRASHES = 5;

/**
 * How the client answers a server process that died: start a new one and say so once per
 * session, not once per crash; after MAX_CRASHES within WINDOW_MS, stop trying and say that.
 * Kept free of the editor API so that it can be tested on its own.
 */
export class RestartPolicy {
  private crashes: number[] = [];
  private told = false;

  constructor(
    private readonly notify: (notice: Notice) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's connection closed without the client asking: whether to start a new one. */
  shouldRestart(): boolean {
    const at = this.now();
    this.crashes = [...this.crashes.filter((t) => at - t < WINDOW_MS), at];
    if (this.crashes.length >= MAX_CRASHES) {
      this.notify({
        severity: 'error',
        message:
          `The factlint server stopped ${this.crashes.length} times ` +
          `in ${WINDOW_MS / 60_000} minutes and was not restarted. ` +
          'Its log is in Output > factlint; run "factlint: Restart Server" to try again.',
      });
      return false;
    }
    if (!this.told) {
      this.told = true;
      this.notify({
        severity: 'warning',
        message:
          'The factlint server stopped unexpectedly and was restarted. Its log is in Output > factlint.',
      });
    }
    return true;
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.crashes = [];
  }
}

/** The client library's answers, passed in so that this file stays free of the editor API. */
export interface ConnectionActions {
  keep: ErrorAction;
  restart: CloseAction;
  doNotRestart: CloseAction;
}

/**
 * The client's handler of a failing connection. An error never stops the client: a killed
 * server's pending writes fail, often more than three times, before its close is seen, and a
 * client stopped on them would not be restarted at the close. The close decides, under the
 * policy, which also does the telling (handled: no message of the library's own per error).
 */
export function crashHandler(policy: RestartPolicy, actions: ConnectionActions): ErrorHandler {
  return {
    error: () => ({ action: actions.keep, handled: true }),
    closed: () => ({
      action: policy.shouldRestart() ? actions.restart : actions.doNotRestart,
      handled: true,
    }),
  };
}
