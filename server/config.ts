// Where the proxy sends requests and with which credentials.
export interface ProxyConfig {
  upstreamUrl: string;
  username: string;
  password: string;
  simulator: boolean;
}

export const SIMULATOR_PORT = 4516;

export function readProxyConfig(
  env: Readonly<Record<string, string | undefined>>,
): ProxyConfig {
  const url = env.XLD_URL;
  if (url === undefined || url === '') {
    return {
      upstreamUrl: `http://localhost:${SIMULATOR_PORT}/deployit`,
      username: 'admin',
      password: 'admin',
      simulator: true,
    };
  }
  return {
    upstreamUrl: url.replace(/\/+$/, ''),
    username: env.XLD_USERNAME ?? '',
    password: env.XLD_PASSWORD ?? '',
    simulator: false,
  };
}
