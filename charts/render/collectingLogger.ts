// A logger for Vega-Lite's compiler and Vega's runtime that keeps warnings and errors as text,
// so that the renderer can report them and tests can require none.
export interface CollectingLogger {
  messages: string[];
  level(_?: number): CollectingLogger | number;
  error(...args: unknown[]): CollectingLogger;
  warn(...args: unknown[]): CollectingLogger;
  info(...args: unknown[]): CollectingLogger;
  debug(...args: unknown[]): CollectingLogger;
}

export function collectingLogger(): CollectingLogger {
  const messages: string[] = [];
  const logger: CollectingLogger = {
    messages,
    level(l?: number) {
      return l === undefined ? 2 : logger;
    },
    error(...args) {
      messages.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args) {
      messages.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}
