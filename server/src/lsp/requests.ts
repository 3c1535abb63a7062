import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/**
 * A request to the client whose failure (a client that does not answer it) is logged, never fatal.
 */
export function settle(connection: Connection, what: string, request: Promise<unknown>): void {
  request.catch((e: unknown) =>
    connection.console.warn(`factlint: ${what} failed: ${(e as Error).message ?? e}`),
  );
}

/**
 * Runs a request handler; a bug in one request is logged and answered with an error, and the server
 * goes on.
 */
export function answering<T>(connection: Connection, what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`factlint: ${what} failed: ${(e as Error).stack ?? e}`);
    throw new ResponseError(
      LSPErrorCodes.RequestFailed,
      `factlint: ${what} failed: ${(e as Error).message ?? e}`,
    );
  }
}
