// `npm start`: build the app, rebuild native modules (better-sqlite3) for Electron's ABI, and
// launch Electron on it. Run on a machine that can download Electron (the first start fetches
// its binary if `npm install` skipped it).
//
// The rebuild leaves better-sqlite3 compiled for Electron, which plain Node cannot load:
// `npm test` runs scripts/ensure-node-abi.mjs first, which rebuilds it for Node when needed.
// Arguments after `--` go to Electron (for example `npm start -- --password-store=gnome-libsecret`).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { root, step } from './step.mjs'

const require = createRequire(import.meta.url)

step('Building renderer, main and preload', process.execPath, ['scripts/build.mjs'])
step('Rebuilding native modules for Electron', process.execPath, [require.resolve('electron-builder/install-app-deps.js')])

// The 'electron' package exports the path of its binary (downloading it first if missing).
const electronBinary = require('electron')
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
console.log('\n▶ Starting Parlour')
// spawns: electron (the electron package in node_modules)
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
