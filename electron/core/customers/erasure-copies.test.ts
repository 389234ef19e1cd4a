import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { runVerifiedBackup } from '../../../db/backup/backup'
import { CSV_HEADER } from '../../../db/customers/customers-csv'
import { must, openTestCore, salonWithUsers } from '../../../test/helpers/core'
import { rawDatabaseBytes, sha256, tempDir } from '../../../test/helpers/temp'
import { salonWithPassphrase } from '../../../test/helpers/backups'
import { exportRegisterPath, readExportRegister } from './export-register'

const exportsOf = (databasePath: string) => join(dirname(databasePath), 'exports')

describe('erasure reaches the exports Parlour wrote', () => {
  it('deletes the customer’s JSON and page, wherever they were saved, and takes their rows out of every customers CSV: other rows, other files and files that are not Parlour’s stay as they were', async () => {
    const { core, path } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    // Notes with a line break and quotes: a CSV record that spans lines must go whole.
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Quaxworth', phone: '9876543210', notes: 'Line one\nsays "hello", then\r\nline three' })
    const anita = await must(receptionist, 'customers.create', { first_name: 'Anita', last_name: 'Desai', phone: '9876543211', notes: 'Prefers, "Sarah"' })
    await must(receptionist, 'customers.create', { first_name: 'Ravi', last_name: 'Iyer', phone: '9876543212' })

    const elsewhere = tempDir()
    const priyaHere = await must(owner, 'customers.export', { id: priya.id })
    const priyaThere = await must(owner, 'customers.export', { id: priya.id, folder: elsewhere })
    const anitaHere = await must(owner, 'customers.export', { id: anita.id })
    const csvHere = await must(owner, 'customers.exportCsv', {})
    const csvThere = await must(owner, 'customers.exportCsv', { file: join(elsewhere, 'for the accountant.csv') })
    const before = readFileSync(csvHere.file, 'utf8')

    // Files Parlour did not write, some under names it uses: a spreadsheet of the owner's own with
    // Priya's id in it, a JSON that names another customer, a note.
    const folder = exportsOf(path)
    const lookalikeCsv = join(folder, 'customers-2026-11-24-9.csv')
    writeFileSync(lookalikeCsv, `id,name\r\n${priya.id},Priya Quaxworth\r\n`)
    const lookalikeJson = join(folder, `someone-${priya.id.slice(-6).toLowerCase()}-2026-11-24-7.json`)
    writeFileSync(lookalikeJson, JSON.stringify({ customer: { id: anita.id }, bills: [], visits: [] }))
    const note = join(folder, 'notes.txt')
    writeFileSync(note, `Call Priya Quaxworth back (${priya.id})`)
    const untouched = [anitaHere.json_file, anitaHere.html_file, lookalikeCsv, lookalikeJson, note].map((file) => ({ file, hash: sha256(file) }))

    const result = await must(owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked in writing' })
    expect(result).toMatchObject({ exports_cleaned: 6, exports_left: [], backups_holding: 0, backups_gone_by: null })
    expect(result.message).toBe('Erased from Parlour and from 6 export files it wrote. No backup holds this customer.')

    for (const file of [priyaHere.json_file, priyaHere.html_file, priyaThere.json_file, priyaThere.html_file]) expect(existsSync(file), file).toBe(false)
    for (const { file, hash } of untouched) expect(sha256(file), file).toBe(hash)
    for (const csv of [csvHere.file, csvThere.file]) {
      const text = readFileSync(csv, 'utf8')
      expect(text.startsWith(CSV_HEADER)).toBe(true)
      expect(text).not.toContain('Quaxworth')
      expect(text).not.toContain(priya.id)
      const records = parse(text, { bom: true, columns: true }) as Record<string, string>[]
      expect(records.map((row) => row.first_name)).toEqual(['Anita', 'Ravi'])
      expect(records[0]?.notes).toBe('Prefers, "Sarah"')
    }
    // Byte for byte the old file without Priya's record: nothing else moved.
    const priyaRecord = before.slice(before.indexOf(`${priya.id},`), before.indexOf(`${anita.id},`))
    expect(priyaRecord).toContain('line three')
    expect(readFileSync(csvHere.file, 'utf8')).toBe(before.replace(priyaRecord, ''))
    // No temporary file left behind, and the register forgets the files that went.
    expect(readdirSync(folder).filter((name) => /erasing|partial|tmp/.test(name))).toEqual([])
    expect(readExportRegister(path).map((entry) => entry.file).sort()).toEqual([anitaHere.json_file, anitaHere.html_file, csvHere.file, csvThere.file].sort())
    await core.close()
  })

  it('finds exports the register never saw by their names in the exports folder, and leaves and names a registered file that was changed since', async () => {
    const { core, path } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Quaxworth', phone: '9876543210' })
    const older = await must(owner, 'customers.export', { id: priya.id })
    const csv = await must(owner, 'customers.exportCsv', {})
    const edited = await must(owner, 'customers.exportCsv', { file: join(tempDir(), 'edited.csv') })
    // Written before there was a register (or the register was lost): only the names and contents tell.
    writeFileSync(exportRegisterPath(path), JSON.stringify([{ file: edited.file, kind: 'customers-csv', customer_id: null }]))
    // The owner opened one in a spreadsheet and saved it: no longer Parlour's header.
    writeFileSync(edited.file, readFileSync(edited.file, 'utf8').replace('\uFEFF', ''))

    const result = await must(owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked' })
    expect(existsSync(older.json_file) || existsSync(older.html_file)).toBe(false)
    expect(readFileSync(csv.file, 'utf8')).not.toContain('Quaxworth')
    expect(readFileSync(edited.file, 'utf8')).toContain('Quaxworth')
    expect(result.exports_cleaned).toBe(3)
    expect(result.exports_left).toEqual([{ file: edited.file, reason: expect.stringMatching(/changed after Parlour wrote it/) }])
    expect(result.message).toBe('Erased from Parlour and from 3 export files it wrote. No backup holds this customer. One export file may still hold them: edited.csv.')
    await core.close()
  })

  it('says which file it could not change, and why, and leaves it as it was', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Quaxworth', phone: '9876543210' })
    const csv = await must(owner, 'customers.exportCsv', { file: join(tempDir(), 'all.csv') })
    const before = sha256(csv.file)
    // Something in the way of the rewrite (as a spreadsheet holding the file open would be on Windows).
    mkdirSync(`${csv.file}.erasing`)
    const result = await must(owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked' })
    expect(result.exports_left).toEqual([{ file: csv.file, reason: expect.stringMatching(/could not take their row out \(EISDIR\)/) }])
    expect(sha256(csv.file)).toBe(before)
    expect(result.message).toMatch(/One export file may still hold them: all\.csv\.$/)
    await core.close()
  })
})

describe('erasure reaches the visits they gave their own name for', () => {
  it('the name on their anonymous walk-ins and appointments goes with the phone; the queue shows “Erased customer”', async () => {
    const { core, path } = await openTestCore()
    const { owner, receptionist, staff } = await salonWithUsers(core)
    const ishita = await must(receptionist, 'customers.create', { first_name: 'Ishita', last_name: 'Zanzibarwala', phone: '9812345670' })
    await must(receptionist, 'walkins.create', { customer_name: 'Ishita Zanzibarwala', customer_phone: '+91 98123 45670', service: 'Threading' })
    await must(receptionist, 'appointments.create', { customer_name: 'Ishita Zanzibarwala', customer_phone: '98123 45670', scheduled_at: '2026-11-24T16:00:00+05:30', outside_hours_ok: true })
    const someoneElse = await must(receptionist, 'walkins.create', { customer_name: 'Meher Kapoor', customer_phone: '9812345671' })

    await must(owner, 'customers.erase', { id: ishita.id, confirm: 'ERASE', basis: 'Asked' })
    const visits = await must(receptionist, 'visits.today', {})
    expect(visits.filter((visit) => visit.customer_name === 'Erased customer')).toHaveLength(2)
    expect(visits.find((visit) => visit.id === someoneElse.id)?.customer_name).toBe('Meher Kapoor')
    // The stylists' queue (the booking is not in it until it arrives) still works, and says so whole.
    const queue = await must(staff, 'queue.today', {})
    expect(queue.map((entry) => entry.first_name).sort()).toEqual(['Erased customer', 'Meher'])
    // Nowhere in the file any more (the customer's own row, and the visits).
    expect(rawDatabaseBytes(path).includes(Buffer.from('Zanzibarwala'))).toBe(false)
    await core.close()
  })
})

describe('erasure says which backups still hold the customer, and until when', () => {
  it('counts the backups and set-aside copies that hold them (not one made before they were added) and names the day the last ages out', async () => {
    const shop = await salonWithPassphrase('2026-11-24T05:00:00.000Z')
    await must(shop.owner, 'backup.run', {}) // before Priya: does not hold her
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Quaxworth', phone: '9876543210' })
    await must(shop.owner, 'backup.run', {})
    // A restore once set the data aside beside the database, on 20 Nov, with Priya in it.
    const aside = `${shop.path}.before-restore-20261120-101500`
    const copy = new Database(shop.path, { readonly: true })
    await copy.backup(aside)
    copy.close()
    // A copy made before a schema update, in the default folder, on 27 Nov.
    const source = new Database(shop.path, { readonly: true })
    await runVerifiedBackup({ source, folder: join(dirname(shop.path), 'backups'), createFolder: true, now: new Date('2026-11-27T05:00:00Z'), timeZone: 'UTC', reason: 'pre-migration', sealKey: shop.core.store.vault.backupSealKey })
    source.close()

    const result = await must(shop.owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked' })
    // The manual backup of 24 Nov goes by 7 Jan at the latest (14 kept + 30 days); the copy set
    // aside on 20 Nov by 20 Dec; the pre-migration copy of 27 Nov by 27 Dec.
    expect(result).toMatchObject({ backups_holding: 3, backups_gone_by: '2027-01-07' })
    expect(result.message).toBe('Erased from Parlour. 3 backups made before now still hold this customer until they age out: the last one by 7 Jan 2027.')
    await shop.core.close()
  })
})
