import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Bills stay a ledger (sync class: ledger, permanent tax records), with one sanctioned change,
  // like the phone's (0004): erasing a private person (DPDP) clears the address an unregistered
  // buyer gave for the invoice. A registered buyer's GSTIN and address are the business's
  // particulars and never change; nor does the state (the place of supply).
  await run(`DROP TRIGGER bills_buyer_no_update`)
  await run(`CREATE TRIGGER bills_buyer_no_update BEFORE UPDATE OF buyer_gstin, buyer_address, buyer_state_code ON bills
    WHEN NOT (OLD.buyer_gstin IS NULL AND NEW.buyer_gstin IS NULL AND NEW.buyer_state_code IS OLD.buyer_state_code AND NEW.buyer_address IS NULL)
    BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
}
