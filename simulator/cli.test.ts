import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);

test('the command line refuses an unknown scenario or fault, naming it', async () => {
  const attempts = [
    ['--port', '4629', '--scenario', 'evening'],
    ['--port', '4629', '--fault', 'sometimes'],
  ];

  for (const args of attempts) {
    const failure = await run('npx', ['tsx', 'simulator/cli.ts', ...args]).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      /Unknown (scenario "evening"|fault "sometimes")/,
    );
  }
});
