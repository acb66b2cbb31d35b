import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server passes the API and the sign-in to a running gateway (./madoguchi up), so that the page and the
// gateway share one origin as they do in production: the session cookie and the CSRF check work unchanged.
const gateway = process.env.MADOGUCHI_GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    // the gateway's Content-Security-Policy allows no inline script and no data: fonts: keep every asset a file
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: gateway },
      '/auth': { target: gateway },
      '/q/health': { target: gateway },
    },
  },
});
