// What the drafts methods return, as plain JSON.

/**
 * A user's unfinished work: `data` is the text the screen saved (its own JSON, opaque to the
 * core), `updated_at` ISO-8601 in the salon's zone.
 */
export type Draft = { key: string; customer_id: string | null; data: string; updated_at: string }

export type DraftSaved = { key: string; updated_at: string }
