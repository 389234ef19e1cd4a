import { afterEach, describe, expect, it, vi } from 'vitest'
import { QUIT_TIMEOUT_MS, settleWithin } from './quit'

afterEach(() => {
  vi.useRealTimers()
})

describe('quitting waits for the data to close, within a limit', () => {
  it('is done as soon as the work settles, fulfilled or rejected', async () => {
    expect(await settleWithin(Promise.resolve('closed'), 1000)).toBe('done')
    expect(await settleWithin(Promise.reject(new Error('disk gone')), 1000)).toBe('done')
  })

  it('gives up after the limit when the work never settles, and not before', async () => {
    vi.useFakeTimers()
    let outcome: string | null = null
    void settleWithin(new Promise(() => undefined), QUIT_TIMEOUT_MS).then((value) => (outcome = value))
    await vi.advanceTimersByTimeAsync(QUIT_TIMEOUT_MS - 1)
    expect(outcome).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toBe('timed-out')
  })

  it('leaves no timer behind once the work is done', async () => {
    vi.useFakeTimers()
    await settleWithin(Promise.resolve(), QUIT_TIMEOUT_MS)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('allows a sensible time for a backup to finish: seconds, not minutes', () => {
    expect(QUIT_TIMEOUT_MS).toBeGreaterThanOrEqual(5_000)
    expect(QUIT_TIMEOUT_MS).toBeLessThanOrEqual(60_000)
  })
})
