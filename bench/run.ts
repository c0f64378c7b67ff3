// `npm run bench`: runs every bench/*.bench.ts in name order. Each module's
// default export measures and prints its figures through report().
import { readdirSync } from 'node:fs';
import { setLogSink } from '../src/log.ts';

// Figures alone go to stdout; what the simulator and the proxy log while they
// are measured goes to stderr.
setLogSink((_level, line) => {
  process.stderr.write(`${line}\n`);
});

const here = new URL('./', import.meta.url);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

for (const file of files) {
  const module = (await import(new URL(file, here).href)) as {
    default: () => Promise<void>;
  };
  await module.default();
}
