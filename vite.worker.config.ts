import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

// Kept here, not imported: Vite loads its configs best without relative imports. The packaging
// test checks they agree with db/bulk/bulk-worker-file.ts and the main build's externals.
export const WORKER_EXTERNALS = ['better-sqlite3', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]
export const WORKER_FILE = 'bulk-worker.mjs'

/**
 * The bulk worker (db/bulk/bulk.worker.ts) as its own ES module beside main.js in dist/main/,
 * where db/bulk/spawn.ts looks for it at run time. Built after main (whose build empties the
 * folder), so this one must not empty it. Self-contained like main: only better-sqlite3 and
 * Node's built-ins stay outside.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'db/bulk/bulk.worker.ts',
    outDir: 'dist/main',
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      external: WORKER_EXTERNALS,
      output: { format: 'es', entryFileNames: WORKER_FILE },
    },
  },
  ssr: { noExternal: true, external: ['better-sqlite3'], target: 'node' },
})
