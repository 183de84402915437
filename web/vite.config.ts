import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the web app to static files in dist/, which the edge serves at `/` (edge/Caddyfile).
 * The app calls the API on its own origin, so no proxy or base URL is configured here.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Browsers of the last few years: courtgraph ships no polyfills.
    target: 'es2022',
    // No source maps on the public edge; a local `vite build --sourcemap` gives them.
    sourcemap: false,
  },
});
