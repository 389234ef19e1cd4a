/**
 * The worker's entry as the app ships it: vite.worker.config.ts emits db/bulk/bulk.worker.ts
 * under this name into dist/main/, beside main.js. `.mjs`: an ES module whatever package.json
 * (or its absence) says.
 */
export const BULK_WORKER_BUNDLE = 'bulk-worker.mjs'
