import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The API (apps/api) serves apps/web/dist on its own port in production; in development
// Vite serves the app and forwards /api so that the session cookie stays same-origin.
export default defineConfig({
  plugins: [
    react(),
    // The installable field app (docs/adr/0021): a manifest and a Workbox service worker that
    // precaches the whole built app (every page's chunk, the CSS and the Sarabun fonts), so the
    // field screens open with no connection. `prompt`: a new version waits until the user taps
    // "อัปเดต" (src/offline/UpdatePrompt.tsx), never in the middle of an entry. /api is never
    // cached by the service worker: offline data lives in IndexedDB (src/offline/db.ts).
    VitePWA({
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
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
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
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
