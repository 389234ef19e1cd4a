import { formatInZone } from '../../../db/zoned-time'
import type { WriteStore } from '../../../db/store-views'
import type { HandlerContext, HandlersFor } from '../context'

/**
 * Removes the caller's draft `key` inside a change that finishes it (a bill posted, a customer
 * saved): the work and the end of its draft commit together, so a crash between the two can
 * never bring back a draft of a bill that was already posted.
 */
export function finishDraft(w: WriteStore, ctx: HandlerContext, key: string | undefined): void {
  if (key) w.drafts.remove(ctx.actor.user_id, key)
}

export const draftsHandlers: HandlersFor<'drafts.list' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.list': (ctx) => {
    const zone = ctx.zone()
    const drafts = ctx.store.drafts.list(ctx.actor.user_id, (id) => ctx.logger.warn('a draft failed its integrity check and was left out', { draft: id }))
    return drafts.map((draft) => ({ ...draft, updated_at: formatInZone(draft.updated_at, zone) }))
  },

  'drafts.save': (ctx, input) => {
    const saved = ctx.mutate(
      (w) => w.drafts.save(ctx.actor.user_id, input.key, input.customer_id ?? null, input.data),
      (row) => ({ action: 'draft.save', target_id: row.id, customer_id: input.customer_id ?? null }),
    )
    return { key: input.key, updated_at: formatInZone(saved.updated_at, ctx.zone()) }
  },

  'drafts.discard': (ctx, input) => {
    const id = ctx.store.drafts.idOf(ctx.actor.user_id, input.key)
    if (id === null) return null
    ctx.mutate((w) => w.drafts.remove(ctx.actor.user_id, input.key), { action: 'draft.discard', target_id: id })
    return null
  },
}
