// Builds the desktop app into dist/: the renderer (renderer/vite.config.ts → dist/renderer),
// the main process (vite.main.config.ts → dist/main/main.js, then its bulk worker
// vite.worker.config.ts → dist/main/bulk-worker.mjs) and the preload
// (vite.preload.config.ts → dist/preload/preload.cjs).
//   node scripts/build.mjs                 all three
//   node scripts/build.mjs main preload    only those
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
// Each target is one or more Vite builds, in order: main's build empties dist/main, the worker's adds to it.
const TARGETS = {
  renderer: [{ config: 'renderer/vite.config.ts', output: 'dist/renderer/index.html' }],
  main: [
    { config: 'vite.main.config.ts', output: 'dist/main/main.js' },
    { config: 'vite.worker.config.ts', output: 'dist/main/bulk-worker.mjs' },
  ],
  preload: [{ config: 'vite.preload.config.ts', output: 'dist/preload/preload.cjs' }],
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in TARGETS))
if (unknown.length > 0) {
  console.error(`Unknown build target(s): ${unknown.join(', ')}. Choose from: ${Object.keys(TARGETS).join(', ')}.`)
  process.exit(2)
}

const builds = (wanted.length > 0 ? wanted : Object.keys(TARGETS)).flatMap((name) => TARGETS[name].map((step) => ({ name, ...step })))
for (const { name, config, output } of builds) {
  const configFile = `${root}${config}`
  if (!existsSync(configFile)) {
    console.error(`Cannot build ${name}: ${config} does not exist.`)
    process.exit(1)
  }
  const started = performance.now()
  await build({ configFile, root: name === 'renderer' ? undefined : root, mode: 'production' })
  if (!existsSync(`${root}${output}`)) {
    console.error(`Building ${name} did not produce ${output}.`)
    process.exit(1)
  }
  console.log(`built ${name} → ${output} in ${Math.round(performance.now() - started)} ms`)
}
