import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // The appointment book. Visits (sync class: record, merged per field) gain the stylist who takes
  // the booking (a user, optional) and the menu's service id: `service` stays free text, and
  // `service_id` has no foreign key on purpose, so the service menu's own migration can wire it
  // without rebuilding this table. A booking's length stays in duration_minutes (0004).
  await run(`ALTER TABLE visits ADD COLUMN stylist_id TEXT REFERENCES users (id)`)
  await run(`ALTER TABLE visits ADD COLUMN service_id TEXT CHECK (service_id IS NULL OR length(service_id) BETWEEN 1 AND 64)`)
  // Clash checks and the book's columns read one stylist's bookings of one day.
  await run(`CREATE INDEX visits_by_stylist_day ON visits (stylist_id, salon_day, scheduled_at) WHERE stylist_id IS NOT NULL AND kind = 'appointment'`)

  // Opening hours live on the settings row (sync class: record): seven entries, Monday first,
  // each ["HH:MM", "HH:MM"] (open, close) or null when the salon is closed that day.
  await run(`ALTER TABLE settings ADD COLUMN opening_hours TEXT NOT NULL
    DEFAULT '[["10:00","20:00"],["10:00","20:00"],["10:00","20:00"],["10:00","20:00"],["10:00","20:00"],["10:00","20:00"],["10:00","20:00"]]'
    CHECK (json_valid(opening_hours) AND json_array_length(opening_hours) = 7)`)
}
