import type { HandlersFor } from '../context'
import { customerDetailFor, customerSummaryFor } from './customers.projection'
import { customerHistory } from './history.handler'

type CustomerMethods =
  | 'customers.create'
  | 'customers.update'
  | 'customers.get'
  | 'customers.findByPhone'
  | 'customers.search'
  | 'customers.delete'
  | 'customers.restore'
  | 'customers.listDeleted'
  | 'customers.history'

export const customersHandlers: HandlersFor<CustomerMethods> = {
  'customers.create': (ctx, input) => {
    const { store, audit, actor } = ctx
    const created = store.db.sync.transaction(() => {
      const record = store.customers.create(input)
      audit.change({ action: 'customer.create', user_id: actor.user_id, customer_id: record.id })
      return record
    })
    return customerDetailFor(actor.role, created, ctx.zone())
  },

  'customers.update': (ctx, input) => {
    const { store, audit, actor } = ctx
    const { id, ...patch } = input
    const updated = store.db.sync.transaction(() => {
      const record = store.customers.update(id, patch)
      audit.change({ action: 'customer.update', user_id: actor.user_id, customer_id: id })
      return record
    })
    return customerDetailFor(actor.role, updated, ctx.zone())
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

  'customers.history': customerHistory,

  'customers.delete': (ctx, input) => {
    ctx.store.db.sync.transaction(() => {
      ctx.store.customers.softDelete(input.id)
      ctx.audit.change({ action: 'customer.delete', user_id: ctx.actor.user_id, customer_id: input.id })
    })
    return null
  },

  'customers.restore': (ctx, input) => {
    const restored = ctx.store.db.sync.transaction(() => {
      const record = ctx.store.customers.restore(input.id)
      ctx.audit.change({ action: 'customer.restore', user_id: ctx.actor.user_id, customer_id: input.id })
      return record
    })
    return customerDetailFor(ctx.actor.role, restored, ctx.zone())
  },

  'customers.listDeleted': (ctx) => {
    const zone = ctx.zone()
    return ctx.store.customers.listDeleted().map((record) => customerSummaryFor(ctx.actor.role, record, zone))
  },
}
