import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readProxyConfig } from './server/config.ts';
import { deployitProxy, embeddedSimulator } from './server/vite-plugin.ts';

export default defineConfig(({ mode }) => {
  // .env, .env.local and the process environment, without Vite's prefix.
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxyConfig = readProxyConfig(env);

  return {
    plugins: [react(), tailwindcss(), embeddedSimulator(proxyConfig)],
    server: {
      port: Number(env.PORT ?? 5173),
      strictPort: true,
      proxy: deployitProxy(proxyConfig),
    },
  };
});
