// Component tests: jest-dom matchers, a fresh DOM per test, and the same
// failure on unexpected log lines as in Node tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import './setup-node.ts';

afterEach(() => {
  cleanup();
});
