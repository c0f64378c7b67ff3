// The one module that writes to the console, for the browser app, the proxy
// and the simulator alike. Each line names its subsystem, so that a line on a
// server's journal can be traced to the part that wrote it.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_ORDER: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
};

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type LogSink = (level: LogLevel, line: string) => void;

function consoleSink(level: LogLevel, line: string): void {
  console[level](line);
}

let sink: LogSink = consoleSink;
let threshold: LogLevel = 'info';

/** Replaces where log lines go; tests use it to read or silence them. */
export function setLogSink(next: LogSink | undefined): void {
  sink = next ?? consoleSink;
}

/** Lines below this level are dropped. */
export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

export function createLogger(subsystem: string): Logger {
  const write = (level: LogLevel, message: string): void => {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[threshold]) return;
    sink(level, `[${subsystem}] ${message}`);
  };

  return {
    debug: (message) => {
      write('debug', message);
    },
    info: (message) => {
      write('info', message);
    },
    warn: (message) => {
      write('warn', message);
    },
    error: (message) => {
      write('error', message);
    },
  };
}
