import { defineConfig } from 'vite';

// The C++ server serves web/dist at "/" (SPA fallback) on the same origin as /api/v1.
// During development, `npm run dev` proxies the API to a running server
// (PLN_API_URL, default http://127.0.0.1:8080).
const api = process.env.PLN_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // es2022: main.tsx awaits the session and the first page's code at the top level.
    target: 'es2022',
    rollupOptions: {
      // TanStack Query marks its modules "use client" for server components; meaningless here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': api, '/healthz': api } },
});
