import { classifyPhoneQuery } from '../../../db/customers/phone'
import type { HandlerContext, HandlersFor } from '../context'
import { RateLimitedError } from '../rate-limited'
import { customerDetailFor, customerSummaryFor } from './customers.projection'
import { customerHistory } from './history.handler'
import { searchReadingFor } from './search-reading'
import { SEARCH_ACTIONS, SEARCH_PAUSED_ACTION, searchPausedMessage, searchResultsTarget } from './search-audit'
import { finishDraft } from '../drafts/drafts.handlers'

type CustomerMethods =
  | 'customers.create'
  | 'customers.update'
  | 'customers.get'
  | 'customers.findByPhone'
  | 'customers.search'
  | 'customers.readQuery'
  | 'customers.delete'
  | 'customers.restore'
  | 'customers.listDeleted'
  | 'customers.history'

export const customersHandlers: HandlersFor<CustomerMethods> = {
  'customers.create': (ctx, input) => {
    const { draft_key, ...fields } = input
    const created = ctx.mutate((w) => {
      const record = w.customers.create(fields)
      finishDraft(w, ctx, draft_key)
      return record
    }, (record) => ({ action: 'customer.create', customer_id: record.id }))
    return customerDetailFor(ctx.actor.role, created, ctx.zone())
  },

  'customers.update': (ctx, input) => {
    const { id, draft_key, ...patch } = input
    const updated = ctx.mutate((w) => {
      const record = w.customers.update(id, patch)
      finishDraft(w, ctx, draft_key)
      return record
    }, { action: 'customer.update', customer_id: id })
    return customerDetailFor(ctx.actor.role, updated, ctx.zone())
  },

  'customers.get': (ctx, input) => {
    const record = ctx.store.customers.get(input.id)
    ctx.audit.read({ action: 'customer.read', user_id: ctx.actor.user_id, customer_id: record.id })
    return customerDetailFor(ctx.actor.role, record, ctx.zone())
  },

  'customers.findByPhone': (ctx, input) => {
    const record = ctx.store.customers.findByPhone(input.phone)
    if (!record) return null
    ctx.audit.read({ action: 'customer.read', user_id: ctx.actor.user_id, customer_id: record.id })
    return customerDetailFor(ctx.actor.role, record, ctx.zone())
  },

  'customers.search': (ctx, input) => {
    keepSearchPace(ctx)
    const zone = ctx.zone()
    const phoneQuery = classifyPhoneQuery(input.query)
    const records = ctx.store.customers.search(input.query, input.limit, phoneQuery)
    // Buffered like a read: a search per keystroke never waits for the disk.
    ctx.audit.read({ action: SEARCH_ACTIONS[phoneQuery.kind], user_id: ctx.actor.user_id, target_id: searchResultsTarget(records.length) })
    return records.map((record) => customerSummaryFor(ctx.actor.role, record, zone))
  },

  'customers.readQuery': (_ctx, input) => searchReadingFor(input.query),

  'customers.history': customerHistory,

  'customers.delete': (ctx, input) => {
    ctx.mutate((w) => w.customers.softDelete(input.id), { action: 'customer.delete', customer_id: input.id })
    return null
  },

  'customers.restore': (ctx, input) => {
    const restored = ctx.mutate((w) => w.customers.restore(input.id), { action: 'customer.restore', customer_id: input.id })
    return customerDetailFor(ctx.actor.role, restored, ctx.zone())
  },

  'customers.listDeleted': (ctx) => {
    const zone = ctx.zone()
    return ctx.store.customers.listDeleted().map((record) => customerSummaryFor(ctx.actor.role, record, zone))
  },
}

/** Refuses a search that comes far faster than anyone types (search-pace.ts); the first refusal of a pause is audited. */
function keepSearchPace(ctx: HandlerContext): void {
  const verdict = ctx.searchPace.attempt(ctx.actor.user_id)
  if (verdict.allowed) return
  if (verdict.firstOfBurst) ctx.audit.read({ action: SEARCH_PAUSED_ACTION, user_id: ctx.actor.user_id, outcome: 'denied' })
  const seconds = Math.max(1, Math.ceil(verdict.pauseMs / 1000))
  throw new RateLimitedError(searchPausedMessage(seconds), seconds)
}
