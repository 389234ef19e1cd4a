import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** This folder as a file-system path, without Node's `path` (the renderer folder is Node-free). */
function folderOfThisFile(): string {
  const path = decodeURIComponent(new URL('.', import.meta.url).pathname)
  // file:///C:/x/ → /C:/x/ on Windows: drop the slash before the drive letter.
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path
}

const root = folderOfThisFile()

/**
 * The renderer's production build: relative asset URLs (served from app://parlour/ in the
 * desktop shell and from the test harness in e2e), one CSS file, no inline scripts.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}../dist/renderer`,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // No base64 inlining of assets: every file is served by the app's own protocol.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
})
