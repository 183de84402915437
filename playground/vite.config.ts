import { defineConfig } from 'vite';

/**
 * The playground is built into static files (dist/) that the edge serves at /playground/:
 * GraphiQL, React and the README's example operations are all bundled here, so the page
 * fetches nothing but its own files and the API at run time.
 */
export default defineConfig({
  base: '/playground/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL with its editor is one large bundle; it is served from the same origin.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's modules start with "use client", which only React Server Components read.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
