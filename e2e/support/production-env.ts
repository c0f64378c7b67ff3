// Where the production end-to-end run listens, and the account its proxy
// signs in with. The password and the user are found nowhere else, so that
// seeing either in what the browser receives can only mean a leak.
export const PRODUCTION_PORT = Number(process.env.E2E_PRODUCTION_PORT ?? 5184);

export const PRODUCTION_SIMULATOR_PORT = Number(
  process.env.E2E_PRODUCTION_SIMULATOR_PORT ?? 4519,
);

export const PROXY_USERNAME = 'wall-screen-proxy';
export const PROXY_PASSWORD = 'Kp7-never-in-a-browser-Qz4';

/** What the proxy sends upstream in `Authorization: Basic …`. */
export const BASIC_TOKEN = Buffer.from(
  `${PROXY_USERNAME}:${PROXY_PASSWORD}`,
).toString('base64');

/** Reads a task straight from the simulator, as the proxy does. */
export async function readTaskFromSimulator(taskId: string): Promise<string> {
  const url =
    `http://localhost:${PRODUCTION_SIMULATOR_PORT}/deployit/task/` +
    encodeURIComponent(taskId);
  const response = await fetch(url, {
    headers: { Authorization: `Basic ${BASIC_TOKEN}` },
  });
  if (!response.ok) {
    throw new Error(`The simulator answered ${response.status} for ${url}`);
  }
  return response.text();
}
