import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (apps/api) serves apps/web/dist on its own port in production; in development
// Vite serves the app and forwards /api so that the session cookie stays same-origin.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Thai phones on slow networks: no source maps shipped, modern browsers only.
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
