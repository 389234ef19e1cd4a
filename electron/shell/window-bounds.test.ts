import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/helpers/temp'
import { DEFAULT_WINDOW_STATE, fitWindowState, parseWindowState, readWindowState, writeWindowState } from './window-bounds'

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 }
const MONITOR = { x: 1366, y: 0, width: 1920, height: 1040 }

describe('window bounds', () => {
  it('round-trips through the user-data folder', () => {
    const file = join(tempDir(), 'window-state.json')
    writeWindowState(file, { x: 10, y: 20, width: 1200, height: 700, maximized: true })
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 700, maximized: true })
  })

  it('ignores a missing or damaged file', () => {
    const dir = tempDir()
    expect(readWindowState(join(dir, 'missing.json'))).toBeNull()
    writeFileSync(join(dir, 'bad.json'), '{"x": "left"}')
    expect(readWindowState(join(dir, 'bad.json'))).toBeNull()
    expect(parseWindowState('not json')).toBeNull()
    expect(parseWindowState('{"x":0,"y":0,"width":1e9,"height":700}')).toBeNull()
    expect(fitWindowState(null, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('reopens where it was on a display that is still there', () => {
    expect(fitWindowState({ x: 1500, y: 50, width: 1400, height: 900, maximized: false }, [LAPTOP, MONITOR])).toEqual({ x: 1500, y: 50, width: 1400, height: 900, maximized: false })
  })

  it('lets the OS place it when its display was unplugged, and shrinks it to fit what is left', () => {
    expect(fitWindowState({ x: 1500, y: 50, width: 1800, height: 1000, maximized: false }, [LAPTOP])).toEqual({ width: 1366, height: 728, maximized: false })
  })

  it('never opens smaller than the minimum counter size', () => {
    expect(fitWindowState({ x: 0, y: 0, width: 300, height: 200, maximized: false }, [LAPTOP])).toMatchObject({ width: 1024, height: 640 })
  })
})
