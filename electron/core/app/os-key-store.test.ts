import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../test/helpers/temp'
import { createStandInSafeStorage } from '../../testing/stand-in-safe-storage'
import { newDataKey } from './key-store-port'
import { createDataKeyStore } from './os-key-store'

function setup(options: Parameters<typeof createStandInSafeStorage>[0] = {}, platform: NodeJS.Platform = 'linux') {
  const dir = tempDir()
  const file = join(dir, 'data-key.json')
  const os = createStandInSafeStorage(options)
  const store = createDataKeyStore({ safeStorage: os.safeStorage, platform, file })
  return { dir, file, os, store, reopen: (p: NodeJS.Platform = platform) => createDataKeyStore({ safeStorage: os.safeStorage, platform: p, file }) }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe('data key store (stand-in safeStorage)', () => {
  it('round-trips a key through safeStorage and records the backend, never the key itself', async () => {
    const { file, store, reopen } = setup({ backend: 'kwallet6' })
    const key = newDataKey()
    expect(await store.save(key)).toBe(true)
    const loaded = await reopen().load()
    expect(loaded).toEqual({ found: 'key', key })
    const text = readFileSync(file, 'utf8')
    expect(JSON.parse(text)).toMatchObject({ version: 1, platform: 'linux', backend: 'kwallet6' })
    expect(text).not.toContain(b64(key))
    expect(text).not.toContain(hex(key))
  })

  it('records the OS key store on Windows and macOS', async () => {
    for (const [platform, backend] of [['win32', 'dpapi'], ['darwin', 'keychain']] as const) {
      const { file, store } = setup({}, platform)
      expect(await store.save(newDataKey())).toBe(true)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ platform, backend })
    }
  })

  it('refuses to store the key under Linux basic_text (a hard-coded password) and writes nothing', async () => {
    const { dir, os, store } = setup({ backend: 'basic_text' })
    expect(await store.strength()).toEqual({ usable: false, reason: 'weak-key-store', backend: 'basic_text' })
    expect(await store.save(newDataKey())).toBe(false)
    expect(readdirSync(dir)).toEqual([])
    expect(os.calls.encrypt).toBe(0)
  })

  it('refuses to store the key when safeStorage is unavailable and writes nothing', async () => {
    const { dir, store } = setup({ available: false })
    expect(await store.strength()).toEqual({ usable: false, reason: 'key-store-unavailable', backend: 'unavailable' })
    expect(await store.save(newDataKey())).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('reports nothing stored on a first run', async () => {
    expect(await setup().store.load()).toEqual({ found: 'nothing' })
  })

  it('reports a stored key as locked (not lost, not replaced) when the backend became basic_text, unavailable or another one', async () => {
    const cases = [
      [{ backend: 'basic_text' }, 'weak-key-store'],
      [{ available: false }, 'key-store-unavailable'],
      [{ backend: 'kwallet5' }, 'key-store-changed'],
    ] as const
    for (const [change, reason] of cases) {
      const { file, os, store } = setup({ backend: 'gnome_libsecret' })
      await store.save(newDataKey())
      const before = readFileSync(file)
      Object.assign(os.state, change)
      expect(await store.load()).toEqual({ found: 'locked', reason })
      expect(readFileSync(file).equals(before)).toBe(true)
    }
  })

  it('reports a key wrapped on another platform as locked', async () => {
    const { store, reopen } = setup({}, 'linux')
    await store.save(newDataKey())
    expect(await reopen('win32').load()).toEqual({ found: 'locked', reason: 'key-store-changed' })
  })

  it('reports a key the OS key store can no longer open (keyring reset) or a damaged key file as locked, leaving the file', async () => {
    const { file, os, store } = setup()
    await store.save(newDataKey())
    os.reset()
    expect(await store.load()).toEqual({ found: 'locked', reason: 'key-store-changed' })
    writeFileSync(file, '{ not json')
    expect(await store.load()).toEqual({ found: 'locked', reason: 'key-store-changed' })
    expect(readFileSync(file, 'utf8')).toBe('{ not json')
  })

  it('re-wraps the key when safeStorage reports shouldReEncrypt, keeping the same key', async () => {
    const { file, os, store } = setup()
    const key = newDataKey()
    await store.save(key)
    const before = JSON.parse(readFileSync(file, 'utf8')) as { wrapped_key: string }
    os.rotate()
    expect(await store.load()).toEqual({ found: 'key', key })
    const after = JSON.parse(readFileSync(file, 'utf8')) as { wrapped_key: string }
    expect(after.wrapped_key).not.toBe(before.wrapped_key)
    os.state.retired = [] // the old secret is gone for good: only the re-wrapped blob opens now
    expect(await store.load()).toEqual({ found: 'key', key })
  })

  it('never overwrites an existing key file with a different key: the old one is kept aside', async () => {
    const { dir, file, store } = setup()
    await store.save(newDataKey())
    const first = readFileSync(file, 'utf8')
    await store.save(newDataKey())
    const kept = readdirSync(dir).filter((name) => name.startsWith('data-key.replaced-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(first)
  })
})
