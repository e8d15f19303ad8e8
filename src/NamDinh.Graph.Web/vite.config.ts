import { defineConfig } from 'vite';

// The API serves dist/index.html at "/" and everything else of dist/ under "/app/"
// (hashed names under /app/assets/ are cached for a year). Nothing is loaded from elsewhere.
export default defineConfig({
  base: '/app/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:5000', ws: true } },
  },
});
