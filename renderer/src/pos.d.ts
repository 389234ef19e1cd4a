import type { PosBridge } from './api/contract'

declare global {
  interface Window {
    /** The one bridge to the main process (the preload's contextBridge, or the e2e harness). */
    readonly pos: PosBridge
  }
}

export {}
