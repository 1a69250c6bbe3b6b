import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * What stays an import for the app's bundler to install and dedupe: exactly the packages the
 * installed package declares (dependencies and the optional peer msw). Anything else the source
 * uses (small helpers such as @lit/task, @lit/context, @floating-ui/dom) is a devDependency and is
 * bundled in, so installing Helpkit pulls only what is listed.
 */
const declared = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id: string) => declared.some((name) => id === name || id.startsWith(`${name}/`));

// Library build: one ES module per public entry point. The self-contained build for pages without
// a bundler is vite.cdn.config.ts.
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        sdk: 'src/sdk/index.ts',
        mock: 'src/mock/index.ts',
        'mock-msw': 'src/mock/msw.ts',
        define: 'src/define.ts',
        'ticket-form': 'src/components/ticket-form/define.ts',
        'faq-search': 'src/components/faq-search/define.ts',
        'ticket-status': 'src/components/ticket-status/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: { external },
  },
});
