import type { PiiVault } from '../vault/vault'
import type { CustomerRow } from './customers.table'

export type PiiField = 'phone' | 'email' | 'date_of_birth'

export const SUMMARY_COLUMNS = ['id', 'first_name', 'last_name', 'phone', 'total_visits', 'total_spent', 'last_visit_at', 'created_at', 'deleted_at'] as const
export type SummaryRow = Pick<CustomerRow, (typeof SUMMARY_COLUMNS)[number]>

/** A customer as lists show them: the summary columns, the phone opened (the table holds vault ciphertext). */
export type CustomerSummaryRecord = Omit<SummaryRow, 'phone'> & {
  /** E.164; null only when erased or when it failed its integrity check (then listed in `unreadable`). */
  phone: string | null
  /** Encrypted fields that failed to open: reported, never returned as data. */
  unreadable: PiiField[]
}

/** Everything held about a customer, email and date of birth opened too. */
export type CustomerDetailRecord = CustomerSummaryRecord &
  Pick<CustomerRow, 'gender' | 'notes' | 'updated_at' | 'erased_at'> & {
    email: string | null
    /** YYYY-MM-DD. */
    date_of_birth: string | null
  }

export const CUSTOMERS_TABLE = 'customers'

export type CustomerDecoder = ReturnType<typeof createCustomerDecoder>

/**
 * Turns stored customer rows into records: every encrypted field opened with the vault (bound to
 * its row and column), and a field that fails its integrity check reported in `unreadable`
 * instead of returned. The repositories and the CSV export all read customers through this.
 */
export function createCustomerDecoder(vault: PiiVault) {
  /** One encrypted column of a row, or null when empty or unreadable (`onUnreadable` is told which). */
  const open = (rowId: string, column: PiiField, sealed: Uint8Array | null, onUnreadable?: (column: PiiField) => void): string | null => {
    if (!sealed) return null
    const opened = vault.tryDecrypt(CUSTOMERS_TABLE, column, rowId, sealed)
    if (opened.ok) return opened.value
    onUnreadable?.(column)
    return null
  }

  const summaryOf = (row: SummaryRow): CustomerSummaryRecord => {
    const unreadable: PiiField[] = []
    return {
      id: row.id,
      first_name: row.first_name,
      last_name: row.last_name,
      phone: open(row.id, 'phone', row.phone, (column) => unreadable.push(column)),
      total_visits: row.total_visits,
      total_spent: row.total_spent,
      last_visit_at: row.last_visit_at,
      created_at: row.created_at,
      deleted_at: row.deleted_at,
      unreadable,
    }
  }

  const detailOf = (row: CustomerRow): CustomerDetailRecord => {
    const summary = summaryOf(row)
    const report = (column: PiiField) => summary.unreadable.push(column)
    return {
      ...summary,
      email: open(row.id, 'email', row.email, report),
      date_of_birth: open(row.id, 'date_of_birth', row.date_of_birth, report),
      gender: row.gender,
      notes: row.notes,
      updated_at: row.updated_at,
      erased_at: row.erased_at,
    }
  }

  return { open, summaryOf, detailOf }
}
