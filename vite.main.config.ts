import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

/**
 * The Electron main process as one ES module (package.json "type": "module", "main":
 * "dist/main/main.js"). Everything is bundled except Electron itself, Node's built-ins and
 * better-sqlite3, whose native addon must stay a real file (unpacked from the asar).
 */
const RUNTIME_PACKAGES = ['electron', 'better-sqlite3']
export const MAIN_EXTERNALS = [...RUNTIME_PACKAGES, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'electron/main.ts',
    outDir: 'dist/main',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      external: MAIN_EXTERNALS,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
  ssr: { noExternal: true, external: RUNTIME_PACKAGES, target: 'node' },
})
