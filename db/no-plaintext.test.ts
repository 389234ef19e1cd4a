import { describe, expect, it } from 'vitest'
import { freshStore } from '../test/helpers/store'
import { rawDatabaseBytes } from '../test/helpers/temp'

// Every way a phone could appear in bytes: E.164, national, spaced, and UTF-16 (SQLite may store either encoding).
function needles(phone: string, email: string, dob: string): Buffer[] {
  const national = phone.slice(3)
  const texts = [phone, national, `${national.slice(0, 5)} ${national.slice(5)}`, email, dob, dob.replaceAll('-', '')]
  return texts.flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')])
}

describe('no plaintext PII on disk', () => {
  it('keeps phones, emails and dates of birth out of the .db and -wal bytes', async () => {
    const store = await freshStore()
    const people = Array.from({ length: 50 }, (_, i) => ({
      first_name: `Guest${i}`,
      phone: `+9197${String(31000000 + i * 7919).padStart(8, '0')}`,
      email: `guest.${i}.secret@example.in`,
      date_of_birth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
    }))
    for (const person of people) store.customers.create(person)
    // Edits leave old versions of pages behind; secure_delete must wipe them.
    for (const person of people.slice(0, 10)) {
      const found = store.customers.findByPhone(person.phone)
      if (found) store.customers.update(found.id, { email: `changed.${person.email}` })
    }

    const check = (label: string) => {
      const bytes = rawDatabaseBytes(store.path)
      expect(bytes.length).toBeGreaterThan(10_000)
      for (const person of people) {
        for (const needle of needles(person.phone, person.email, person.date_of_birth)) {
          expect(bytes.includes(needle), `${label}: found ${needle.toString('utf8').replace(/\0/g, '')}`).toBe(false)
        }
      }
    }
    check('before checkpoint (WAL holds the writes)')
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    check('after checkpoint')
    // The names are not PII-vaulted and must be present: proves the scan reads the right bytes.
    expect(rawDatabaseBytes(store.path).includes(Buffer.from('Guest42'))).toBe(true)
    await store.close()
  })
})
