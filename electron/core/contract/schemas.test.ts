import { describe, expect, it } from 'vitest'
import { openTestCore, salonWithUsers } from '../../../test/helpers/core'
import { isFullPathOn } from './schemas'

describe('paths are judged for the platform the app runs on', () => {
  it('a full path is POSIX on Linux and macOS, a drive or a share on Windows', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(isFullPathOn(platform, '/home/asha/exports/customers.csv')).toBe(true)
      expect(isFullPathOn(platform, 'C:\\Users\\Public\\x.csv')).toBe(false)
      expect(isFullPathOn(platform, '\\\\server\\share\\x.csv')).toBe(false)
      expect(isFullPathOn(platform, 'exports/x.csv')).toBe(false)
    }
    expect(isFullPathOn('win32', 'C:\\Users\\Public\\x.csv')).toBe(true)
    expect(isFullPathOn('win32', 'd:/backups')).toBe(true)
    expect(isFullPathOn('win32', '\\\\server\\share\\x.csv')).toBe(true)
    expect(isFullPathOn('win32', '\\Users\\x.csv')).toBe(false) // the current drive's root: not a full path
    expect(isFullPathOn('win32', '/home/asha/x.csv')).toBe(false)
    expect(isFullPathOn('win32', 'C:x.csv')).toBe(false) // relative to the drive's current folder
  })

  it('the core refuses a Windows path on this (POSIX) machine instead of writing it into the working folder', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    const result = await owner.invoke('customers.exportCsv', { file: 'C:\\Users\\Public\\x.csv' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: 'Choose a full path, for example from the folder picker.' } } })
    await core.close()
  })
})
