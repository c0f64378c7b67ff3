// Every test fails on a console warning or error it did not ask for.
import { afterEach, beforeEach } from 'vitest';
import { setLogSink, type LogLevel } from '../src/log.ts';

let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  setLogSink((level: LogLevel, line: string) => {
    if (level === 'warn' || level === 'error') unexpected.push(line);
  });
});

afterEach(() => {
  setLogSink(undefined);
  if (unexpected.length > 0) {
    throw new Error(`Unexpected log lines:\n${unexpected.join('\n')}`);
  }
});
