import type { HandlersFor } from '../context'
import { customerDetailFor, customerSummaryFor } from './customers.projection'
import { customerHistory } from './history.handler'
import { searchReadingFor } from './search-reading'
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
    const created = ctx.mutate(() => {
      const record = ctx.store.customers.create(fields)
      finishDraft(ctx, draft_key)
      return record
    }, (record) => ({ action: 'customer.create', customer_id: record.id }))
    return customerDetailFor(ctx.actor.role, created, ctx.zone())
  },

  'customers.update': (ctx, input) => {
    const { id, draft_key, ...patch } = input
    const updated = ctx.mutate(() => {
      const record = ctx.store.customers.update(id, patch)
      finishDraft(ctx, draft_key)
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
    const zone = ctx.zone()
    return ctx.store.customers.search(input.query, input.limit).map((record) => customerSummaryFor(ctx.actor.role, record, zone))
  },

  'customers.readQuery': (_ctx, input) => searchReadingFor(input.query),

  'customers.history': customerHistory,

  'customers.delete': (ctx, input) => {
    ctx.mutate(() => ctx.store.customers.softDelete(input.id), { action: 'customer.delete', customer_id: input.id })
    return null
  },

  'customers.restore': (ctx, input) => {
    const restored = ctx.mutate(() => ctx.store.customers.restore(input.id), { action: 'customer.restore', customer_id: input.id })
    return customerDetailFor(ctx.actor.role, restored, ctx.zone())
  },

  'customers.listDeleted': (ctx) => {
    const zone = ctx.zone()
    return ctx.store.customers.listDeleted().map((record) => customerSummaryFor(ctx.actor.role, record, zone))
  },
}
