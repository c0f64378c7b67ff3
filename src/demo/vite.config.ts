// The static demo: the dashboard with the simulator inside the page, built
// into dist-demo/. Serve it from the root of any static host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('../../public'),
  plugins: [react(), tailwindcss()],
  build: {
    outDir: here('../../dist-demo'),
    emptyOutDir: true,
    // The demo carries the simulator and MSW in one bundle by design.
    chunkSizeWarningLimit: 2000,
  },
});
