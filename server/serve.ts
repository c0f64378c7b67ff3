// `npm run serve`: the built dashboard in production, on PORT (8080). Built
// into dist-server/ by `npm run build`, it runs on plain Node with no
// development dependency.
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/log.ts';
import { ConfigError, readPort, readProxyConfig } from './config.ts';
import { closeServer, listen } from './listen.ts';
import { createProductionServer } from './production-server.ts';

const log = createLogger('serve');

/** Beside this file's folder, in the source tree and in the build alike. */
const APP_FOLDER = fileURLToPath(new URL('../dist/', import.meta.url));

const NO_SERVER =
  'XLD_URL is not set: the production server proxies a real XL Deploy ' +
  'server. Try the dashboard on the simulator with `npm start`, or run ' +
  '`npm run simulator` and set XLD_URL=http://localhost:4516/deployit ' +
  'XLD_USERNAME=admin XLD_PASSWORD=admin.';

async function serve(): Promise<void> {
  const config = readProxyConfig(process.env);
  if (config.simulator) throw new ConfigError([NO_SERVER]);
  const port = readPort(process.env, 8080);

  // Every interface unless HOST names one (an internal address, say).
  const hostText = process.env.HOST?.trim() ?? '';
  const host = hostText === '' ? undefined : hostText;

  const server = await createProductionServer(config, APP_FOLDER);
  await listen(server, port, host);
  const actions = config.allowStart ? 'on' : 'off';
  log.info(
    `Dashboard at http://localhost:${port}, proxying XL Deploy at ` +
      `${config.upstreamUrl}; starting tasks is ${actions}.`,
  );

  const stop = () => {
    log.info('Stopping.');
    void closeServer(server);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

serve().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
