import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id } from '../contract/schemas'
import type { Draft, DraftSaved } from './drafts.shapes'

/** "bill:new", "bill:01H…", "customer:new", "customer:01H…:edit", "note:01H…": the screen names its drafts. */
export const draftKey = () => z.string().regex(/^[a-z][a-z-]*(:[0-9A-Za-z-]{1,40}){0,3}$/, 'Not a draft key.').max(80, 'At most 80 characters.')

/** Room for a full bill (50 lines) or a customer form with 5,000 characters of notes, as JSON. */
export const MAX_DRAFT_CHARS = 60_000

export const draftsContract = {
  /** The caller's own drafts, newest first: never another user's. */
  'drafts.list': method({ input: empty, output: returns<Draft[]>() }),
  /** Keeps (or replaces) the caller's draft under `key`, sealed by the vault; `customer_id` ties it to a customer (erasure removes it). */
  'drafts.save': method({
    input: z.strictObject({ key: draftKey(), customer_id: id().optional(), data: z.string().max(MAX_DRAFT_CHARS, `At most ${MAX_DRAFT_CHARS} characters.`) }),
    output: returns<DraftSaved>(),
  }),
  /** Throws the caller's draft away on purpose; nothing happens if there is none. */
  'drafts.discard': method({ input: z.strictObject({ key: draftKey() }), output: returns<null>() }),
} as const
