import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <hk-…> are custom elements (registered by helpkit/define), not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('hk-') },
      },
    }),
  ],
});
