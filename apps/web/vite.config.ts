import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The API (apps/api) serves apps/web/dist on its own port in production; in development
// Vite serves the app and forwards /api so that the session cookie stays same-origin.
export default defineConfig({
  plugins: [
    react(),
    // The installable field app (docs/adr/0021): a manifest and a Workbox service worker
    // (src/sw.ts) that precaches the whole built app (both entries' chunks, the CSS and the
    // Sarabun fonts) and answers navigations with no connection: the field pages with field.html,
    // the rest with index.html. `prompt`: a new version waits until the user taps "อัปเดต"
    // (offline/updateOffer.ts), never in the middle of an entry. /api is never cached by the
    // service worker: offline data lives in IndexedDB (src/offline/db.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'NTAG — โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่',
        short_name: 'NTAG',
        description: 'บันทึกงานภาคสนามของกลุ่มเกษตรทฤษฎีใหม่ ใช้ได้แม้ไม่มีสัญญาณ',
        lang: 'th',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b7a5a',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Thai phones on slow networks: no source maps shipped, modern browsers only.
    sourcemap: false,
    target: 'es2022',
    // Two entries: the main app, and the offline field app's own (field.html: /field, /outbox,
    // /outbox/:id without the main app's UI library; docs/adr/0021).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        field: fileURLToPath(new URL('field.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
