import { describe, expect, it } from 'vitest'
import { openCore } from '..'
import { must, openTestCore, salonWithUsers, FAST_PIN_HASHING } from '../../../test/helpers/core'

describe('the desk\'s own settings', () => {
  it('are one shape to callers, but the printer and backups stay in desk_settings and never reach the outbox; the salon\'s settings sync', async () => {
    const opened = await openTestCore()
    const { owner } = await salonWithUsers(opened.core)
    const db = opened.core.store.db.sqlite
    const mark = db.prepare(`SELECT coalesce(max(seq), 0) FROM sync_outbox`).pluck().get() as number
    const saved = await must(owner, 'settings.update', { printer_name: 'TVS_RP3160', silent_print: true, backup_keep: 30, salon_name: 'Glow Studio' })
    expect(saved).toMatchObject({ printer_name: 'TVS_RP3160', silent_print: true, backup_keep: 30, backup_folder: null, salon_name: 'Glow Studio' })
    expect(db.prepare(`SELECT * FROM desk_settings`).all()).toEqual([{ id: 1, printer_name: 'TVS_RP3160', silent_print: 1, backup_folder: null, backup_keep: 30 }])
    const entries = db.prepare(`SELECT table_name, fields FROM sync_outbox WHERE seq > ? AND table_name = 'settings'`).all(mark) as { table_name: string; fields: string }[]
    expect(entries.map((entry) => Object.keys(JSON.parse(entry.fields)))).toEqual([['salon_name']])

    // A desk-only change writes no settings record at all.
    const before = db.prepare(`SELECT max(seq) FROM sync_outbox`).pluck().get() as number
    await must(owner, 'settings.update', { silent_print: false })
    expect(db.prepare(`SELECT table_name FROM sync_outbox WHERE seq > ?`).pluck().all(before)).toEqual(['audit_log'])
    await opened.core.close()

    // Read back from both tables after a restart.
    const again = await openCore({ databasePath: opened.path, dataKey: opened.key, pinHashParams: FAST_PIN_HASHING })
    expect(again.store.settings.get()).toMatchObject({ printer_name: 'TVS_RP3160', silent_print: false, backup_keep: 30, salon_name: 'Glow Studio' })
    await again.close()
  })
})
