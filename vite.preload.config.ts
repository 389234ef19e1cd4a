import { defineConfig } from 'vite'

/**
 * The preload as one CommonJS file. A sandboxed preload cannot load ES modules or other files:
 * it gets a `require` that knows only 'electron' and a few Node polyfills, so everything else is
 * bundled in (here that is nothing but the channel name: the contract is imported as types).
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/preload',
    emptyOutDir: true,
    target: 'chrome140',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rolldownOptions: { external: ['electron'] },
  },
})
