import sodium from 'libsodium-wrappers-sumo'

export type Sodium = typeof sodium

let ready: Promise<Sodium> | undefined

/** libsodium is a WASM module that must finish loading once before any call. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodium.ready.then(() => sodium)
  return ready
}
