import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { openCore } from '..'
import { findProblems } from '../../../db/check/invariants'
import { unguardCell } from '../../../db/csv'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import { rawDatabaseBytes, tempDir } from '../../../test/helpers/temp'
import { fast, restoreClosed, salonWithPassphrase } from '../../../test/helpers/backups'

describe('erasure (DPDP)', () => {
  it('removes the customer’s PII from the file, keeps bills and totals, frees the phone, and survives restoring an older backup', async () => {
    const shop = await salonWithPassphrase()
    const secret = { first_name: 'Ishita', last_name: 'Zanzibarwala', phone: '9812345670', email: 'ishita.secret@example.in', date_of_birth: '1992-08-17', notes: 'Allergic to XQ7 dye' }
    const c = await must(shop.receptionist, 'customers.create', secret)
    const sale = await must(shop.receptionist, 'bills.post', { customer_id: c.id, items: [{ name: 'Facial', unit_price: 180_000, quantity: 1 }] })
    await must(shop.receptionist, 'walkins.create', { customer_name: 'Ishita', customer_phone: '+91 98123 45670' })
    await must(shop.receptionist, 'bills.post', { customer_name: 'Ishita', customer_phone: '9812345670', items: [{ name: 'Threading', unit_price: 5_000, quantity: 1 }] })
    const older = await must(shop.owner, 'backup.run', {})

    expect(await shop.owner.invoke('customers.erase', { id: c.id, confirm: 'erase' as 'ERASE', basis: 'asked' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await shop.receptionist.invoke('customers.erase', { id: c.id, confirm: 'ERASE', basis: 'asked' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await must(shop.owner, 'customers.erase', { id: c.id, confirm: 'ERASE', basis: 'Customer asked in writing (DPDP s.12)' })

    const assertGone = (path: string, label: string) => {
      const bytes = rawDatabaseBytes(path)
      for (const needle of ['9812345670', 'Zanzibarwala', 'ishita.secret@example.in', '1992-08-17', 'XQ7 dye', 'anzibar']) {
        expect(bytes.includes(Buffer.from(needle)), `${label}: ${needle}`).toBe(false)
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${label}: ${needle} (utf16)`).toBe(false)
      }
    }
    assertGone(shop.path, 'after erasure')
    expect(findProblems(shop.core.store.db.sqlite)).toEqual([])
    expect(await must(shop.owner, 'bills.get', { id: sale.id })).toMatchObject({ customer_id: c.id, rounded_total: 189_000, customer_name: expect.stringMatching(/^Erased customer/) })
    expect(await must(shop.owner, 'customers.search', { query: 'Ishita' })).toEqual([])
    expect(await must(shop.owner, 'customers.listDeleted', {})).toEqual([])
    expect(await shop.owner.invoke('customers.restore', { id: c.id })).toMatchObject({ ok: false })
    expect(await shop.owner.invoke('customers.erase', { id: c.id, confirm: 'ERASE', basis: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const again = await must(shop.receptionist, 'customers.create', { first_name: 'New', last_name: 'Owner of number', phone: '9812345670' })
    expect(again.id).not.toBe(c.id)

    // An older backup still holds Ishita: restoring it must erase her again.
    const restored = await must(shop.owner, 'backup.restore', { file: older.file })
    expect(restored.re_erased).toBe(1)
    await must(shop.owner, 'session.login', { user_id: shop.ids.owner, pin: PINS.owner })
    expect(await must(shop.owner, 'customers.search', { query: 'Zanzibar' })).toEqual([])
    assertGone(shop.path, 'after restoring the older backup')
    expect(findProblems(shop.core.store.db.sqlite)).toEqual([])
    await shop.core.close()
  })
})

describe('erasure ledger beside the database', () => {
  it('erases again at open whoever an older copy swapped in by the shell brings back', async () => {
    const shop = await salonWithPassphrase()
    const c = await must(shop.receptionist, 'customers.create', { first_name: 'Meher', last_name: 'Quaxley', phone: '9812345671' })
    const older = await must(shop.owner, 'backup.run', {})
    await must(shop.owner, 'customers.erase', { id: c.id, confirm: 'ERASE', basis: 'request' })
    await shop.core.close()
    // The shell's recovery screen restores without a core (no ledger replay of its own).
    await restoreClosed({ databasePath: shop.path, backupFile: older.file, currentKey: shop.key, stamp: 'shell' })
    const reopened = await openCore({ databasePath: shop.path, dataKey: shop.key, ...fast })
    expect(reopened.store.db.sqlite.prepare('SELECT erased_at IS NOT NULL FROM customers WHERE id = ?').pluck().get(c.id)).toBe(1)
    await reopened.close()
    expect(rawDatabaseBytes(shop.path).includes(Buffer.from('Quaxley'))).toBe(false)
  })
})

describe('exports', () => {
  it('all customers as CSV: a parser gives every customer back, and formula cells are defused', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    const tricky = [
      { first_name: 'Anita, Jr.', last_name: 'O"Brien', phone: '9000000601', notes: 'line one\nline two' },
      { first_name: '=HYPERLINK("http://evil")', last_name: '+Sharma', phone: '9000000602', notes: '-5 cheaper' },
      { first_name: '@Sum', last_name: 'Iyer', phone: '9000000603', email: 'at@example.in' },
      { first_name: 'सुनीता', last_name: 'देवी', phone: '9000000604', date_of_birth: '1980-01-31' },
    ]
    for (const person of tricky) await must(owner, 'customers.create', person)
    const file = join(tempDir(), 'customers.csv')
    expect(await must(owner, 'customers.exportCsv', { file })).toEqual({ file, rows: 4 })
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/) // no raw formula starts a cell
    const records = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[]
    expect(records).toHaveLength(4)
    for (const person of tricky) {
      const row = records.find((r) => unguardCell(r.phone ?? '') === `+91${person.phone}`)
      expect(row).toBeDefined()
      if (!row) continue
      expect(unguardCell(row.first_name ?? '')).toBe(person.first_name)
      expect(unguardCell(row.last_name ?? '')).toBe(person.last_name)
      expect(unguardCell(row.notes ?? '')).toBe(person.notes ?? '')
      expect(row.total_spent_rupees).toBe('0.00')
    }
    await core.close()
  })

  it('one customer’s data as JSON and a readable page (DPDP right to access)', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const c = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: '<b>Sharma</b>', phone: '9876543210', notes: 'Prefers Sarah' })
    await must(receptionist, 'bills.post', { customer_id: c.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    await must(receptionist, 'walkins.create', { customer_id: c.id, service: 'Threading' })
    const folder = tempDir()
    const result = await must(owner, 'customers.export', { id: c.id, folder })
    expect(result).toMatchObject({ bills: 1, visits: 1 })
    const json = JSON.parse(readFileSync(result.json_file, 'utf8')) as { customer: { phone: string; notes: string }; bills: unknown[] }
    expect(json.customer).toMatchObject({ phone: '+919876543210', notes: 'Prefers Sarah' })
    const html = readFileSync(result.html_file, 'utf8')
    expect(html).toContain('&lt;b&gt;Sharma&lt;/b&gt;')
    expect(html).not.toContain('<b>Sharma</b>')
    expect(html).not.toMatch(/<script/i)
    await core.close()
  })

  it('never overwrites an export: names in any script, namesakes and a second export the same day each get their own files', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const people = [
      await must(receptionist, 'customers.create', { first_name: 'प्रिया', last_name: 'शर्मा', phone: '9876543210' }),
      await must(receptionist, 'customers.create', { first_name: 'மீனா', last_name: 'சுந்தரம்', phone: '9876543211' }),
      await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543212' }),
      await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543213' }),
    ]
    const folder = tempDir()
    const written = []
    for (const person of [...people, people[0]!]) written.push({ id: person.id, ...(await must(owner, 'customers.export', { id: person.id, folder })) })
    expect(new Set(written.map((result) => result.json_file)).size).toBe(5)
    expect(new Set(written.map((result) => result.html_file)).size).toBe(5)
    expect(written[0]!.json_file).toContain('प्रिया-शर्मा')
    expect(written[1]!.json_file).toContain('மீனா')
    // Every path returned still holds its own customer's data.
    for (const result of written) expect((JSON.parse(readFileSync(result.json_file, 'utf8')) as { customer: { id: string } }).customer.id).toBe(result.id)
    // Two CSV exports on the same day: two files.
    const first = await must(owner, 'customers.exportCsv', {})
    const second = await must(owner, 'customers.exportCsv', {})
    expect(second.file).not.toBe(first.file)
    expect(readFileSync(first.file, 'utf8')).toContain('प्रिया')
    await core.close()
  })
})

