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
  it('keeps phones, emails and dates of birth out of the .db and -wal bytes, and wipes what an edit replaced', async () => {
    const store = await freshStore()
    const people = Array.from({ length: 50 }, (_, i) => ({
      first_name: `Guest${i}`,
      phone: `+9197${String(31000000 + i * 7919).padStart(8, '0')}`,
      email: `guest.${i}.secret@example.in`,
      date_of_birth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
    }))
    for (const person of people) store.customers.create(person)
    // Edits leave old versions of rows behind; secure_delete must wipe them. Every edit must run:
    // a lookup that finds nobody fails here rather than leaving nothing to check.
    const storedEmail = (id: string) => store.db.sqlite.prepare('SELECT email FROM customers WHERE id = ?').pluck().get(id) as Buffer
    const replaced: Buffer[] = []
    for (const person of people.slice(0, 10)) {
      const found = store.customers.findByPhone(person.phone)
      if (!found) throw new Error(`${person.first_name} was not found by phone, so the edit the secure-delete check needs did not run`)
      const previous = storedEmail(found.id)
      // The new address contains the old one, so the plaintext scan below covers both.
      expect(store.customers.update(found.id, { email: `changed.${person.email}` }).email).toBe(`changed.${person.email}`)
      expect(storedEmail(found.id).equals(previous)).toBe(false)
      replaced.push(previous)
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
    // Until the checkpoint the WAL holds the rows as they were: the replaced ciphertexts can be found.
    const walHeld = rawDatabaseBytes(store.path)
    for (const [i, old] of replaced.entries()) expect(walHeld.includes(old), `the replaced email of Guest${i} is not in the WAL`).toBe(true)
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    check('after checkpoint')
    // After it they are gone: secure_delete zeroed them.
    const wiped = rawDatabaseBytes(store.path)
    for (const [i, old] of replaced.entries()) expect(wiped.includes(old), `the replaced email of Guest${i} is still in the file`).toBe(false)
    // The names are not PII-vaulted and must be present: proves the scan reads the right bytes.
    expect(rawDatabaseBytes(store.path).includes(Buffer.from('Guest42'))).toBe(true)
    await store.close()
  })
})
