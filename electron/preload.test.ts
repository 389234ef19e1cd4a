import { describe, expect, it, vi } from 'vitest'
import { createStandInElectron } from './testing/stand-in-electron'

/** electron/preload.ts loaded with a stand-in 'electron': what it puts in the page's world. */
async function loadPreload() {
  const standIn = createStandInElectron({ userData: '/nonexistent', appPath: '/nonexistent' })
  vi.resetModules()
  vi.doMock('electron', () => standIn.electron)
  await import('./preload')
  return standIn
}

describe('preload', () => {
  it('exposes exactly one thing, window.pos, with exactly one function, invoke', async () => {
    const { record } = await loadPreload()
    expect([...record.exposed.keys()]).toEqual(['pos'])
    const pos = record.exposed.get('pos') as Record<string, unknown>
    expect(Object.keys(pos)).toEqual(['invoke'])
    expect(typeof pos.invoke).toBe('function')
    expect(Object.getPrototypeOf(pos)).toBe(Object.prototype)
  })

  it('invoke sends exactly (method, input) on pos:invoke, whatever else the page passes', async () => {
    const { record } = await loadPreload()
    const { invoke } = record.exposed.get('pos') as { invoke: (...args: unknown[]) => Promise<unknown> }
    await invoke('customers.search', { query: 'priya' }, 'extra', () => 'a function')
    expect(record.rendererInvokes).toEqual([['pos:invoke', 'customers.search', { query: 'priya' }]])
  })
})
