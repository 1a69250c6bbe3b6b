import { defineConfig } from 'vite';

// The build for pages without a bundler (dist/cdn/): every dependency bundled in and minified, so
// one `<script type="module" src=".../ticket-form.js">` works from any static host or CDN path.
// Entries share chunks through relative imports (a page loading two of them gets one copy of the
// SDK and of Lit); each language's catalog stays a chunk of its own, loaded when first used.
// An app build rather than library mode: library mode leaves ES output unminified for the app's
// bundler, and this is what the browser loads as it is.
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    // No preload helper: chunks are found relative to the module that imports them.
    modulePreload: false,
    rollupOptions: {
      input: {
        define: 'src/define.ts',
        'ticket-form': 'src/components/ticket-form/define.ts',
        'faq-search': 'src/components/faq-search/define.ts',
        'ticket-status': 'src/components/ticket-status/define.ts',
        // For the page's own code: a client with options, and the mock backend in development.
        sdk: 'src/sdk/index.ts',
        mock: 'src/mock/index.ts',
      },
      // Entries keep their exports (HkTicketForm, createClient…) for the page's own code.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Licence notices of the bundled code (Lit's, DOMPurify's…) stay with the copies.
        comments: { legal: true },
      },
    },
  },
});
