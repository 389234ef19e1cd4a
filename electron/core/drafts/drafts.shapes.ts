import type { Draft as StoredDraft } from '../../../db/drafts/draft.repository'

// What the drafts methods return, as plain JSON.

/**
 * A user's unfinished work: `data` is the text the screen saved (its own JSON, opaque to the
 * core), `updated_at` ISO-8601 in the salon's zone.
 */
export type Draft = StoredDraft

export type DraftSaved = Pick<Draft, 'key' | 'updated_at'>
