import type { Clock } from '../clock'
import { toStoredTime } from '../clock'
import type { Writer } from '../sync/writer'
import { eraseCustomerRow, type ErasureEntry } from './erasure'
import type { Db } from '../sqlite/connection'
import { DomainError, notFound } from '../errors'
import type { IdFactory } from '../ids'
import { classifyPhoneQuery, parsePhone, type PhoneQuery } from './phone'
import type { CustomerRow, CustomerRowUpdate } from './customers.table'
import type { PiiVault } from '../vault/vault'
import { validationError } from '../errors'
import { cleanCustomerFields, type CleanCustomerFields, type CustomerPatch, type NewCustomer } from './customer.fields'
import { CUSTOMERS_TABLE, SUMMARY_COLUMNS, type CustomerDecoder, type CustomerDetailRecord, type CustomerSummaryRecord } from './customer.decoder'
import { searchCustomerNames } from './customer.search'

export const DEFAULT_SEARCH_LIMIT = 20

export type CustomerRepositoryDeps = { db: Db; writer: Writer; vault: PiiVault; decoder: CustomerDecoder; clock: Clock; newId: IdFactory; today: () => string }

export type CustomerRepository = ReturnType<typeof createCustomerRepository>

/**
 * The customer store. Synchronous by design: every statement runs on better-sqlite3 through the
 * Kysely-typed SyncExecutor, so writes are atomic without awaiting (ARCHITECTURE rule 10).
 * Deleted customers are invisible to every read but `listDeleted`, `restore` and `getAny`.
 */
export function createCustomerRepository({ db, writer, vault, decoder, clock, newId, today }: CustomerRepositoryDeps) {
  const { kysely, sync } = db
  const { summaryOf, detailOf } = decoder

  /** The encrypted columns for whichever PII fields `fields` sets. */
  const encryptedColumns = (id: string, fields: CleanCustomerFields): CustomerRowUpdate => {
    const columns: CustomerRowUpdate = {}
    if (fields.phone) {
      columns.phone = vault.encrypt(CUSTOMERS_TABLE, 'phone', id, fields.phone.e164)
      columns.phone_bidx = vault.phoneIndex(fields.phone.e164)
      columns.phone_last4_bidx = vault.phoneLast4Index(fields.phone.last4)
    }
    if (fields.email !== undefined) columns.email = fields.email === null ? null : vault.encrypt(CUSTOMERS_TABLE, 'email', id, fields.email)
    if (fields.date_of_birth !== undefined) {
      columns.date_of_birth = fields.date_of_birth === null ? null : vault.encrypt(CUSTOMERS_TABLE, 'date_of_birth', id, fields.date_of_birth)
      columns.birthday_bidx = fields.date_of_birth === null ? null : vault.birthdayIndex(fields.date_of_birth.slice(5))
    }
    return columns
  }

  const plainColumns = (fields: CleanCustomerFields): CustomerRowUpdate => {
    const columns: CustomerRowUpdate = {}
    if (fields.first_name !== undefined) columns.first_name = fields.first_name
    if (fields.last_name !== undefined) columns.last_name = fields.last_name
    if (fields.gender !== undefined) columns.gender = fields.gender
    if (fields.notes !== undefined) columns.notes = fields.notes
    return columns
  }

  /** The phone is unique across every customer that is not a duplicate (SYNC.md), deleted ones included. */
  const assertPhoneFree = (phoneIndex: Uint8Array, exceptId?: string) => {
    const holder = sync.get(kysely.selectFrom('customers').select(['id', 'deleted_at']).where('phone_bidx', '=', phoneIndex).where('duplicate_of', 'is', null))
    if (!holder || holder.id === exceptId) return
    throw phoneConflict(holder.id, holder.deleted_at !== null)
  }

  const liveRow = (id: string): CustomerRow | undefined =>
    sync.get(kysely.selectFrom('customers').selectAll().where('id', '=', id).where('deleted_at', 'is', null))

  const anyRow = (id: string): CustomerRow | undefined => sync.get(kysely.selectFrom('customers').selectAll().where('id', '=', id))

  const withUniqueGuard = <T>(work: () => T, phoneIndex: Uint8Array | undefined | null): T => {
    try {
      return work()
    } catch (error) {
      // A concurrent writer took the phone between our check and our write.
      if (phoneIndex && isUniqueViolation(error)) assertPhoneFree(phoneIndex)
      throw error
    }
  }

  return {
    create(input: NewCustomer): CustomerDetailRecord {
      const fields = cleanCustomerFields(input, 'create', today())
      const id = newId()
      const now = toStoredTime(clock())
      const encrypted = encryptedColumns(id, fields)
      return withUniqueGuard(
        () =>
          sync.transaction(() => {
            assertPhoneFree(encrypted.phone_bidx as Uint8Array)
            writer.insert('customers', {
                id,
                first_name: fields.first_name as string,
                last_name: fields.last_name ?? null,
                gender: fields.gender ?? null,
                notes: fields.notes ?? null,
                email: null,
                date_of_birth: null,
                birthday_bidx: null,
                ...encrypted,
                phone: encrypted.phone as Uint8Array,
                created_at: now,
                updated_at: now,
              })
            return detailOf(liveRow(id) as CustomerRow)
          }),
        encrypted.phone_bidx,
      )
    },

    /** A live customer, or NOT_FOUND. */
    get(id: string): CustomerDetailRecord {
      const row = liveRow(id)
      if (!row) throw notFound('Customer')
      return detailOf(row)
    },

    /** A customer whether deleted or not (restore, history of bills); undefined when unknown. */
    getAny(id: string): CustomerDetailRecord | undefined {
      const row = anyRow(id)
      return row ? detailOf(row) : undefined
    },

    isLive(id: string): boolean {
      return sync.get(kysely.selectFrom('customers').select('id').where('id', '=', id).where('deleted_at', 'is', null)) !== undefined
    },

    update(id: string, patch: CustomerPatch): CustomerDetailRecord {
      const fields = cleanCustomerFields(patch, 'update', today())
      const encrypted = encryptedColumns(id, fields)
      return withUniqueGuard(
        () =>
          sync.transaction(() => {
            if (!liveRow(id)) throw notFound('Customer')
            if (encrypted.phone_bidx) assertPhoneFree(encrypted.phone_bidx as Uint8Array, id)
            const changes = { ...plainColumns(fields), ...encrypted }
            if (Object.keys(changes).length > 0) {
              writer.update('customers', id, { ...changes, updated_at: toStoredTime(clock()) })
            }
            return detailOf(liveRow(id) as CustomerRow)
          }),
        encrypted.phone_bidx,
      )
    },

    /** The live customer with this phone (any common format), or null. A duplicate is not a live customer for search. */
    findByPhone(rawPhone: string): CustomerDetailRecord | null {
      const parsed = parsePhone(rawPhone)
      if (!parsed.ok) throw validationError({ phone: parsed.reason }, parsed.reason)
      const row = sync.get(
        kysely.selectFrom('customers').selectAll().where('phone_bidx', '=', vault.phoneIndex(parsed.e164)).where('duplicate_of', 'is', null).where('deleted_at', 'is', null),
      )
      return row ? detailOf(row) : null
    },

    /**
     * Counter search: a full phone in any format, the last 4 digits of one, or a name substring
     * (first or last name, case-insensitive). Best matches first: name prefixes before substrings.
     * `phoneQuery`: the query as already read (the handler reads it once for the audit too).
     */
    search(query: string, limit = DEFAULT_SEARCH_LIMIT, phoneQuery: PhoneQuery = classifyPhoneQuery(query)): CustomerSummaryRecord[] {
      switch (phoneQuery.kind) {
        case 'full': {
          const row = sync.get(
            kysely
              .selectFrom('customers')
              .select(SUMMARY_COLUMNS)
              .where('phone_bidx', '=', vault.phoneIndex(phoneQuery.e164))
              .where('duplicate_of', 'is', null)
              .where('deleted_at', 'is', null),
          )
          return row ? [summaryOf(row)] : []
        }
        case 'last4': {
          const rows = sync.all(
            kysely
              .selectFrom('customers')
              .select(SUMMARY_COLUMNS)
              .where('phone_last4_bidx', '=', vault.phoneLast4Index(phoneQuery.digits))
              .where('deleted_at', 'is', null)
              .where('duplicate_of', 'is', null)
              .orderBy('first_name')
              .orderBy('last_name')
              .limit(limit),
          )
          return rows.map(summaryOf)
        }
        case 'partial-digits':
          // 5 to 9 digits, or an impossible number: neither a last-4 nor a full phone yet.
          return []
        case 'not-phone':
          return searchCustomerNames(db, query, limit).map(summaryOf)
      }
    },

    /** Erases the customer's personal data (DPDP) and records the erasure: db/customers/erasure.ts. */
    erase(entry: ErasureEntry, options: { requireLive: boolean }): boolean {
      return eraseCustomerRow(db, writer, entry, options)
    },

    softDelete(id: string): void {
      const now = toStoredTime(clock())
      if (!liveRow(id)) throw notFound('Customer')
      writer.update('customers', id, { deleted_at: now, updated_at: now })
    },

    restore(id: string): CustomerDetailRecord {
      return sync.transaction(() => {
        const row = anyRow(id)
        if (!row || row.deleted_at === null) throw notFound('Deleted customer')
        if (row.erased_at !== null) throw new DomainError('CONFLICT', 'This customer was erased at their request and cannot be restored.')
        writer.update('customers', id, { deleted_at: null, updated_at: toStoredTime(clock()) })
        return detailOf(liveRow(id) as CustomerRow)
      })
    },

    listDeleted(limit = 200): CustomerSummaryRecord[] {
      const rows = sync.all(
        kysely
          .selectFrom('customers')
          .select(SUMMARY_COLUMNS)
          .where('deleted_at', 'is not', null)
          .where('erased_at', 'is', null)
          .where('duplicate_of', 'is', null)
          .orderBy('deleted_at', 'desc')
          .limit(limit),
      )
      return rows.map(summaryOf)
    },
  }
}

export function phoneConflict(customerId: string, deleted: boolean): DomainError {
  const message = deleted
    ? 'This phone number belongs to a deleted customer. The owner can restore that customer instead of creating a new one.'
    : 'This phone number already belongs to another customer.'
  return new DomainError('CONFLICT', message, { phone: message }, { customer_id: customerId, deleted })
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
}
