// `npm run simulator`: XL Deploy's task API on a local port.
import { parseArgs } from 'node:util';
import { startSimulator } from './start.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4516' } },
});

await startSimulator(values.port);
