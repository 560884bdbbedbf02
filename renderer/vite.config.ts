import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects an inline React Refresh preamble that the CSP meta tag would block.
 * Only while serving, drop the meta tag; the built app keeps it (and the server sends the header).
 */
const allowDevServerPreamble = (): Plugin => ({
  name: 'leitbild:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), allowDevServerPreamble()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
    // Every asset is a file of its own: nothing inlined as data: URL into scripts or styles.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
