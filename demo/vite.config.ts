import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Serves msw's own worker script at /mockServiceWorker.js, so no copy is committed.
const mswWorker = (): Plugin => ({
  name: 'helpkit-msw-worker',
  configureServer(server) {
    const file = new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url);
    server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(readFileSync(file));
    });
  },
});

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [mswWorker()],
  server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost' },
});
