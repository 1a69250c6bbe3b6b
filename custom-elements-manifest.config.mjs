// custom-elements.json for editors, docs and framework tooling: `npm run build` writes it to
// dist/ (package.json's "customElements" points there), and scripts/framework-types.mjs turns it
// into the React and Vue declarations, so those never drift from the elements.
import { defineHelperPlugin, eventTypesPlugin, stylesCssPropertiesPlugin } from './scripts/cem-plugins.mjs';

export default {
  // The elements, what they inherit, the styles that document their CSS properties, the event
  // classes that type their events, and the package's root exports.
  globs: ['src/components/**/*.ts', 'src/internal/helpkit-element.ts', 'src/internal/styles.ts', 'src/events/index.ts', 'src/index.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it during a build.
  packagejson: false,
  plugins: [defineHelperPlugin(), eventTypesPlugin(), stylesCssPropertiesPlugin()],
};
