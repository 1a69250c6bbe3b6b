import { defineConfig } from 'vite';

// Library build: one ES module per public entry point; dependencies stay imports so the
// consumer's bundler dedupes them (the script-tag bundle that inlines them comes with the embed).
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
        define: 'src/define.ts',
        'ticket-form': 'src/components/ticket-form/define.ts',
        'faq-search': 'src/components/faq-search/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, 'ky', 'idb', 'dompurify', 'minisearch', /^msw($|\/)/, /^@floating-ui\//],
    },
  },
});
