// `npm run dist`: build the app and package installers with electron-builder
// (electron-builder.yml): AppImage and deb on Linux, NSIS on Windows, dmg on macOS. Runs on a
// machine that can download Electron; by default it builds for the current OS. Extra arguments
// go to electron-builder, for example `npm run dist -- --linux deb` or `npm run dist -- --win`.
//
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules; `npm test` puts
// the Node build back (scripts/ensure-node-abi.mjs).
import { createRequire } from 'node:module'
import { step } from './step.mjs'

const require = createRequire(import.meta.url)

step('Building renderer, main and preload', process.execPath, ['scripts/build.mjs'])
step('Packaging installers into release/', process.execPath, [
  require.resolve('electron-builder/cli.js'),
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  ...process.argv.slice(2),
])
console.log('\n✔ Installers are in release/')
