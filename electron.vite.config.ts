import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { bodyAssetPlugin } from './scripts/body-asset-plugin';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // The body model is generated here, once per build, rather than in every app session.
    plugins: [react(), bodyAssetPlugin()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a clinic's old PC parses every byte it ships.
      minify: true,
      // electron-vite reads the renderer's bundler options from rolldownOptions (rollupOptions is overwritten).
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // The 3D and chart libraries get chunks of their own, loaded with the first screen that
          // draws the body or a chart; the names let tests and the bench tell them apart.
          codeSplitting: {
            groups: [
              // React is shared by everything; left ungrouped, the 3D group would take it along
              // as a dependency of @react-three and the first screen would load three.js with it.
              {
                name: 'react',
                priority: 3,
                test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zustand)[\\/]/,
              },
              {
                name: 'three',
                priority: 2,
                test: /node_modules[\\/](three|three-mesh-bvh|@react-three)[\\/]/,
              },
              {
                name: 'charts',
                priority: 1,
                test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor)[\\/]/,
              },
            ],
          },
        },
      },
    },
    worker: { format: 'es' },
  },
});
