#!/usr/bin/env node
// `npm start` rebuilds better-sqlite3 for Electron's ABI; tests run in plain Node. Before the
// tests, check that the native module loads here and rebuild it for Node if it does not
// (node-gyp against Node's own headers: no download of Electron's).
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function loads() {
  try {
    const Database = require('better-sqlite3')
    new Database(':memory:').close()
    return true
  } catch (error) {
    console.log(`better-sqlite3 does not load in Node ${process.version} (${error.code ?? error.message}); rebuilding it for Node…`)
    return false
  }
}

if (!loads()) {
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
  delete require.cache[require.resolve('better-sqlite3')]
  if (!loads()) {
    console.error('better-sqlite3 still does not load after a rebuild.')
    process.exit(1)
  }
}
