import { defineConfig } from 'vite';

// The C++ server serves web/dist at "/" (SPA fallback) on the same origin as /api/v1.
// During development, `npm run dev` proxies the API to a running server
// (PLN_API_URL, default http://127.0.0.1:8080).
const api = process.env.PLN_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: { proxy: { '/api': api, '/healthz': api } },
});
