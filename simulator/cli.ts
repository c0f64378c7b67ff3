// `npm run simulator`: XL Deploy's task API on a local port.
//   --port 4516  --scenario morning  --seed 1  --speed 1
//   --fault latency=500 --fault status=503 --fault rate=0.2 (repeatable)
import { parseArgs } from 'node:util';
import { createLogger } from '../src/log.ts';
import { parseFaultArguments } from './faults.ts';
import { SCENARIOS } from './scenarios/registry.ts';
import { startSimulator } from './start.ts';

const log = createLogger('simulator');

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`--${name} must be a non-negative number, not "${text}"`);
  }
  return value;
}

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4516' },
      scenario: { type: 'string' },
      seed: { type: 'string' },
      speed: { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    const names = SCENARIOS.map((s) => `  ${s.name}: ${s.summary}`);
    log.info(
      [
        'Usage: npm run simulator -- [--port 4516] [--scenario morning]',
        '  [--seed N] [--speed 1] [--fault name[=value]]...',
        'Faults: latency=MS status=5XX unauthorized truncate malformed reset',
        '  down rate=0..1 path=TEXT; at run time: /__simulator/faults',
        'Scenarios:',
        ...names,
      ].join('\n'),
    );
  } else {
    await startSimulator({
      port: number('port', values.port),
      scenario: values.scenario,
      seed: number('seed', values.seed),
      speed: number('speed', values.speed),
      faults: parseFaultArguments(values.fault ?? []),
    });
  }
} catch (error) {
  log.error(`Cannot start the simulator: ${(error as Error).message}`);
  process.exitCode = 1;
}
