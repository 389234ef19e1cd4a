import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/sqlite/connection'
import { tempDbPath } from '../test/helpers/temp'
import { migrationNames } from '.'

const T = '2026-01-01T00:00:00.000Z'
const CUSTOMER = '01ARZ3NDEKTSV4RRFFQ69G5FAV'
const USER = '01ARZ3NDEKTSV4RRFFQ69G5FAW'

/** Migrates a fresh file to `before`, lets the test insert rows, then migrates to `after`. */
async function across(before: string, after: string, seed: (db: Awaited<ReturnType<typeof openDatabase>>) => void) {
  const path = tempDbPath()
  const old = await openDatabase({ path, migrateTo: before })
  seed(old)
  await old.close()
  return openDatabase({ path, migrateTo: after })
}

const insertCustomer = (db: Awaited<ReturnType<typeof openDatabase>>) =>
  db.sqlite
    .prepare(
      `INSERT INTO customers (id, first_name, last_name, phone, phone_bidx, phone_last4_bidx, total_visits, total_spent, created_at, updated_at)
       VALUES (?, 'Priya', 'Sharma', x'01', x'02', x'03', 3, 150000, ?, ?)`,
    )
    .run(CUSTOMER, T, T)

describe('every migration has a test', () => {
  it('lists them all here', () => {
    expect(migrationNames).toEqual(['0001_customers', '0002_users_audit_settings', '0003_key_recovery', '0004_bills_visits', '0005_data_safety', '0006_drafts', '0007_day_close', '0009_invoice_details'])
  })
})

describe('0002_users_audit_settings', () => {
  it('keeps customers and adds users, the append-only audit log and default settings', async () => {
    const db = await across('0001_customers', '0002_users_audit_settings', insertCustomer)
    expect(db.sqlite.prepare('SELECT first_name, total_spent FROM customers').get()).toEqual({ first_name: 'Priya', total_spent: 150000 })
    expect(db.sqlite.prepare('SELECT * FROM settings').get()).toMatchObject({
      salon_name: 'My Salon',
      time_zone: 'Asia/Kolkata',
      gst_registered: 1,
      gst_rate_bp: 500,
      invoice_prefix: 'SAL',
      idle_lock_minutes: 10,
    })
    db.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    expect(() => db.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'X', 'admin', '$argon2id$x', ?, ?)`).run('01ARZ3NDEKTSV4RRFFQ69G5FAX', T, T)).toThrow(/CHECK/)
    db.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, outcome) VALUES (?, ?, ?, 'x', 'ok')`).run('01ARZ3NDEKTSV4RRFFQ69G5FAY', T, USER)
    expect(() => db.sqlite.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/)
    await db.close()
  })
})

describe('0003_key_recovery', () => {
  it('keeps users and customers and adds an empty key_recovery table', async () => {
    const db = await across('0002_users_audit_settings', '0003_key_recovery', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT name FROM users').pluck().all()).toEqual(['Asha'])
    expect(db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1)
    expect(db.sqlite.prepare('SELECT count(*) FROM key_recovery').pluck().get()).toBe(0)
    expect(() => db.sqlite.prepare(`INSERT INTO key_recovery VALUES (2, 'argon2id13', 3, 8192, zeroblob(16), zeroblob(24), zeroblob(48), ?)`).run(T)).toThrow(/CHECK/)
    await db.close()
  })
})

describe('0004_bills_visits', () => {
  it('keeps earlier rows and adds bills tied to customers and users, permanent once written', async () => {
    const db = await across('0003_key_recovery', '0004_bills_visits', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT total_visits FROM customers').pluck().get()).toBe(3)
    const bill = db.sqlite.prepare(
      `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
       VALUES (?, ?, 'sale', ?, 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
    )
    bill.run('01ARZ3NDEKTSV4RRFFQ69G5FB0', 'SAL-25-0001', CUSTOMER, T, USER)
    expect(() => bill.run('01ARZ3NDEKTSV4RRFFQ69G5FB1', 'SAL-25-0002', '01ARZ3NDEKTSV4RRFFQ69G5FZZ', T, USER)).toThrow(/FOREIGN KEY/)
    expect(() =>
      db.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FB2', 'SAL-25-0003', 'sale', NULL, 100, 0, 0, 0, 0, 99, 100, 1, ?, ?)`,
        )
        .run(T, USER),
    ).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE bills SET total = 1`).run()).toThrow(/permanent/)
    db.sqlite
      .prepare(`INSERT INTO visits (id, ticket_number, kind, customer_id, status, salon_day, created_by, created_at, updated_at) VALUES (?, 'TKT-260101-001', 'walkin', ?, 'checked_in', '2026-01-01', ?, ?, ?)`)
      .run('01ARZ3NDEKTSV4RRFFQ69G5FB3', CUSTOMER, USER, T, T)
    expect(db.sqlite.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1)
    await db.close()
  })
})

describe('0005_data_safety', () => {
  it('keeps customers and bills, adds erasure tracking, backup settings and secure FTS deletes', async () => {
    const db = await across('0004_bills_visits', '0005_data_safety', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT first_name, erased_at FROM customers').get()).toEqual({ first_name: 'Priya', erased_at: null })
    expect(db.sqlite.prepare('SELECT backup_keep, backup_folder FROM settings').get()).toEqual({ backup_keep: 14, backup_folder: null })
    db.sqlite.prepare(`INSERT INTO erasure_ledger VALUES (?, ?, ?, 'request')`).run(CUSTOMER, T, USER)
    expect(() => db.sqlite.prepare('DELETE FROM erasure_ledger').run()).toThrow(/append-only/)
    expect(db.sqlite.prepare(`SELECT v FROM customers_name_fts_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1)
    await db.close()
  })
})

describe('0006_drafts', () => {
  it('keeps customers, users and bills, and adds per-user drafts tied to a user, one per key', async () => {
    const db = await across('0005_data_safety', '0006_drafts', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(`INSERT INTO erasure_ledger VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FB9', ?, ?, 'request')`).run(T, USER)
    })
    expect(db.sqlite.prepare('SELECT first_name, total_spent FROM customers').get()).toEqual({ first_name: 'Priya', total_spent: 150000 })
    expect(db.sqlite.prepare('SELECT name FROM users').pluck().all()).toEqual(['Asha'])
    expect(db.sqlite.prepare('SELECT count(*) FROM erasure_ledger').pluck().get()).toBe(1)
    const draft = db.sqlite.prepare(`INSERT INTO drafts (id, user_id, draft_key, customer_id, payload, updated_at) VALUES (?, ?, ?, ?, x'01', ?)`)
    draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC0', USER, 'bill:new', null, T)
    draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC1', USER, `bill:${CUSTOMER}`, CUSTOMER, T)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC2', USER, 'bill:new', null, T)).toThrow(/UNIQUE/)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC3', '01ARZ3NDEKTSV4RRFFQ69G5FZZ', 'bill:new', null, T)).toThrow(/FOREIGN KEY/)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC4', USER, '', null, T)).toThrow(/CHECK/)
    expect(db.sqlite.prepare('SELECT draft_key FROM drafts WHERE customer_id = ?').pluck().all(CUSTOMER)).toEqual([`bill:${CUSTOMER}`])
    await db.close()
  })
})
describe('0007_day_close', () => {
  it('keeps bills and adds closed days: their takings per method, a reason for any difference, never changed', async () => {
    const BILL = '01ARZ3NDEKTSV4RRFFQ69G5FAX'
    const CLOSE = '01ARZ3NDEKTSV4RRFFQ69G5FAY'
    const db = await across('0006_drafts', '0007_day_close', (old) => {
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_name, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES (?, 'SAL-25-0001', 'sale', 'Walk-in', 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
        )
        .run(BILL, T, USER)
    })
    expect(db.sqlite.prepare('SELECT invoice_number FROM bills').pluck().get()).toBe('SAL-25-0001')
    const close = db.sqlite.prepare(
      `INSERT INTO day_closes (id, business_day, covers_from, covers_until, closed_at, closed_by, sales_count, refunds_count, sales_total, refunds_total, opening_float, expected_cash, counted_cash, difference, reason)
       VALUES (?, '2026-01-01', NULL, ?, ?, ?, 1, 0, 52500, 0, 100000, 152500, ?, ?, ?)`,
    )
    expect(() => close.run(CLOSE, T, T, USER, 150000, -2500, null)).toThrow(/CHECK/) // a difference needs its reason
    expect(() => close.run(CLOSE, T, T, USER, 150000, -9999, 'miscounted')).toThrow(/CHECK/) // and must be the difference
    close.run(CLOSE, T, T, USER, 150000, -2500, 'Change given from the float')
    db.sqlite.prepare(`INSERT INTO day_close_takings VALUES (?, 'cash', 52500, 0)`).run(CLOSE)
    expect(() => db.sqlite.prepare(`UPDATE day_closes SET counted_cash = 152500, difference = 0`).run()).toThrow(/cannot be changed/)
    expect(() => db.sqlite.prepare(`DELETE FROM day_close_takings`).run()).toThrow(/cannot be changed/)
    await db.close()
  })
})


describe('0009_invoice_details', () => {
  it('keeps settings and bills, adds the salon\'s invoice particulars and a business buyer\'s, as permanent as the bill', async () => {
    const BILL = '01ARZ3NDEKTSV4RRFFQ69G5FAX'
    const db = await across('0007_day_close', '0009_invoice_details', (old) => {
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(`UPDATE settings SET salon_name = 'Glow Studio', gst_rate_bp = 1800`).run()
      old.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_name, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES (?, 'SAL-25-0001', 'sale', 'Walk-in', 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
        )
        .run(BILL, T, USER)
    })
    expect(db.sqlite.prepare('SELECT salon_name, gst_rate_bp, legal_name, gstin, default_sac, silent_print FROM settings').get()).toEqual({
      salon_name: 'Glow Studio',
      gst_rate_bp: 1800,
      legal_name: null,
      gstin: null,
      default_sac: '999721',
      silent_print: 0,
    })
    expect(db.sqlite.prepare('SELECT invoice_number, buyer_gstin, buyer_address, buyer_state_code FROM bills').get()).toEqual({
      invoice_number: 'SAL-25-0001',
      buyer_gstin: null,
      buyer_address: null,
      buyer_state_code: null,
    })
    const set = (column: string, value: string | number) => () => db.sqlite.prepare(`UPDATE settings SET ${column} = ?`).run(value)
    expect(set('gstin', '27AAPFU0939F1Z')).toThrow(/CHECK/) // 14 characters
    expect(set('state_code', 'MH')).toThrow(/CHECK/)
    expect(set('silent_print', 2)).toThrow(/CHECK/)
    set('gstin', '27AAPFU0939F1ZV')()
    expect(() => db.sqlite.prepare(`UPDATE bills SET buyer_gstin = '27AAPFU0939F1ZV'`).run()).toThrow(/permanent/)
    expect(() => db.sqlite.prepare(`UPDATE bills SET buyer_address = 'Somewhere'`).run()).toThrow(/permanent/)
    await db.close()
  })
})
