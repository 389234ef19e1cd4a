import { sql } from 'kysely'
import type { Db } from '../sqlite/connection'
import type { PiiVault } from '../vault/vault'
import { SUMMARY_COLUMNS, type CustomerDecoder, type CustomerSummaryRecord } from './customer.decoder'

export type CustomerAnalyticsRepository = ReturnType<typeof createCustomerAnalyticsRepository>

/**
 * The owner's questions about live customers: top spenders, birthdays, who has lapsed. Each
 * query rides a partial index `WHERE deleted_at IS NULL` (migration 0001) and reads one page.
 */
export function createCustomerAnalyticsRepository({ db, vault, decoder }: { db: Db; vault: PiiVault; decoder: CustomerDecoder }) {
  const { kysely, sync } = db
  return {
    /** Live customers by total spend, highest first. */
    topBySpend(limit = 10): CustomerSummaryRecord[] {
      const rows = sync.all(
        kysely.selectFrom('customers').select(SUMMARY_COLUMNS).where('deleted_at', 'is', null).where('duplicate_of', 'is', null).orderBy('total_spent', 'desc').orderBy('id').limit(limit),
      )
      return rows.map(decoder.summaryOf)
    },

    /** Live customers whose birthday (month and day) is one of `monthDays` (`MM-DD`), with the date of birth opened. */
    withBirthdayOn(monthDays: readonly string[]): (CustomerSummaryRecord & { date_of_birth: string })[] {
      if (monthDays.length === 0) return []
      const rows = sync.all(
        kysely
          .selectFrom('customers')
          .select([...SUMMARY_COLUMNS, 'date_of_birth'])
          .where('birthday_bidx', 'in', monthDays.map((md) => vault.birthdayIndex(md)))
          .where('deleted_at', 'is', null).where('duplicate_of', 'is', null),
      )
      return rows.flatMap(({ date_of_birth: sealed, ...row }) => {
        const dateOfBirth = decoder.open(row.id, 'date_of_birth', sealed)
        return dateOfBirth === null ? [] : [{ ...decoder.summaryOf(row), date_of_birth: dateOfBirth }]
      })
    },

    /**
     * Live customers not seen since `cutoff` (UTC ISO): last visit before it, or never visited and
     * joined before it. Most recently lapsed first: the likeliest to come back when called.
     */
    notSeenSince(cutoff: string, limit = 50): CustomerSummaryRecord[] {
      const lastSeen = sql<string>`coalesce(last_visit_at, created_at)`
      const rows = sync.all(
        kysely
          .selectFrom('customers')
          .select(SUMMARY_COLUMNS)
          .where('deleted_at', 'is', null).where('duplicate_of', 'is', null)
          .where(lastSeen, '<', cutoff)
          .orderBy(lastSeen, 'desc')
          .orderBy('id', 'desc')
          .limit(limit),
      )
      return rows.map(decoder.summaryOf)
    },
  }
}
