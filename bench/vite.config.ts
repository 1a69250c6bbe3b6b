import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// A production build of the benchmark page (dev-mode Lit would distort the numbers).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../.bench', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
