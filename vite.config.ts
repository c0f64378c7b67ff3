import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readPort, readProxyConfig } from './server/config.ts';
import { readDevEnvironment } from './server/dev-environment.ts';
import { dashboardProxy } from './server/vite-plugin.ts';

// Only VITE_-prefixed variables reach the browser bundle (Vite's default
// `envPrefix`); the proxy's XLD_* settings stay on the server.
export default defineConfig(({ command, mode, isSsrBuild }) => {
  const env = readDevEnvironment(mode, process.cwd());
  const plugins: PluginOption[] = [react(), tailwindcss()];
  // A build needs no XL Deploy settings; only serving checks them.
  if (command === 'serve') plugins.push(dashboardProxy(readProxyConfig(env)));

  return {
    plugins,
    // The production server's build (`--ssr server/serve.ts`) is code
    // alone; the app's public files go to dist/ only.
    build: { copyPublicDir: isSsrBuild !== true },
    server: { port: readPort(env, 5173), strictPort: true },
    preview: { port: readPort(env, 4173), strictPort: true },
  };
});
