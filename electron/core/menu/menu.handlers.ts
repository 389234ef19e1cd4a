import type { HandlersFor } from '../context'
import { toMenuItem } from './menu.projection'

const trimmed = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim())

export const menuHandlers: HandlersFor<'menu.list' | 'menu.create' | 'menu.update'> = {
  'menu.list': (ctx, input) => {
    const zone = ctx.zone()
    return ctx.store.menu.list(input).map((row) => toMenuItem(row, zone))
  },

  'menu.create': (ctx, input) => {
    const row = ctx.mutate(
      (w) => w.menu.create({ ...input, name: input.name.trim(), category: trimmed(input.category) }),
      (created) => ({ action: 'menu.create', target_id: created.id }),
    )
    return toMenuItem(row, ctx.zone())
  },

  'menu.update': (ctx, input) => {
    const { id, ...changes } = input
    const row = ctx.mutate(
      (w) => w.menu.update(id, { ...changes, ...(changes.name === undefined ? {} : { name: changes.name.trim() }), ...(changes.category === undefined ? {} : { category: trimmed(changes.category) }) }),
      // Retiring an item is named apart in the audit log: it is the menu's "delete".
      { action: changes.active === false ? 'menu.retire' : 'menu.update', target_id: id },
    )
    return toMenuItem(row, ctx.zone())
  },
}
