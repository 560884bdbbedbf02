/** Where the core and the services report events. Messages carry no personal data, only ids and technical facts. */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[info] ${message}`),
  error: (message, error) => console.error(`[error] ${message}`, error instanceof Error ? error.stack : (error ?? '')),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
