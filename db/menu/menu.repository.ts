import { sql } from 'kysely'
import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import { DomainError, notFound, validationError } from '../errors'
import type { IdFactory } from '../ids'
import { SERVICE_SAC_CODES, type MenuItemKind } from '../../vocabulary'
import type { MenuItemRow } from './menu-items.table'

/** A new item: what the menu row stores, the flag as a boolean (editable by default for services). */
export type NewMenuItem = Pick<MenuItemRow, 'kind' | 'name' | 'price' | 'tax_code'> &
  Partial<Pick<MenuItemRow, 'category' | 'duration_minutes' | 'gst_rate_bp'>> & { price_editable?: boolean | undefined }
export type MenuItemChanges = Partial<Omit<NewMenuItem, 'kind'>> & { active?: boolean | undefined }
export type MenuQuery = { kind?: MenuItemKind | undefined; query?: string | undefined; include_retired?: boolean | undefined; limit?: number | undefined }

export type MenuRepository = ReturnType<typeof createMenuRepository>

/** What a kind of item needs: services a SAC code and a duration, products an HSN code and a rate of their own. */
function kindProblems(item: Omit<NewMenuItem, 'price_editable'>): Record<string, string> {
  const problems: Record<string, string> = {}
  if (item.kind === 'service') {
    if (!(SERVICE_SAC_CODES as readonly string[]).includes(item.tax_code)) problems.tax_code = 'Services use SAC 999721, 999722 or 999729.'
    if (item.duration_minutes === null || item.duration_minutes === undefined) problems.duration_minutes = 'How long does it usually take?'
    if (item.gst_rate_bp !== null && item.gst_rate_bp !== undefined) problems.gst_rate_bp = 'Services are taxed at the salon’s rate.'
  } else {
    if (!/^(\d{4}|\d{6}|\d{8})$/.test(item.tax_code)) problems.tax_code = 'An HSN code has 4, 6 or 8 digits.'
    if (item.gst_rate_bp === null || item.gst_rate_bp === undefined) problems.gst_rate_bp = 'Give the product’s GST rate.'
    if (item.duration_minutes !== null && item.duration_minutes !== undefined) problems.duration_minutes = 'Products have no duration.'
  }
  return problems
}

/** The owner's menu: what the counter bills from (and, later, what appointments book). */
export function createMenuRepository({ db, writer, clock, newId }: { db: Db; writer: Writer; clock: Clock; newId: IdFactory }) {
  const { kysely, sync } = db
  const nameTaken = (kind: MenuItemKind, name: string, exceptId?: string) => {
    const holder = sync.get(kysely.selectFrom('menu_items').select('id').where('kind', '=', kind).where('name', '=', name))
    return holder !== undefined && holder.id !== exceptId
  }
  const duplicate = () => new DomainError('CONFLICT', 'The menu already has an item with this name.', { name: 'The menu already has an item with this name.' })
  const get = (id: string) => sync.get(kysely.selectFrom('menu_items').selectAll().where('id', '=', id))

  return {
    get,

    /**
     * Menu items by kind, category and name; active only unless asked. `query` matches any part of
     * the name (or the category) without regard to case: the menu is small, so a scan is instant.
     */
    list(options: MenuQuery = {}): MenuItemRow[] {
      let query = kysely.selectFrom('menu_items').selectAll()
      if (!options.include_retired) query = query.where('active', '=', 1)
      if (options.kind) query = query.where('kind', '=', options.kind)
      const term = options.query?.trim().toLowerCase()
      if (term) {
        // instr, not LIKE: a typed % or _ is a letter here, not a wildcard.
        query = query
          .where(sql<boolean>`(instr(lower(name), ${term}) > 0 OR instr(lower(coalesce(category, '')), ${term}) > 0)`)
          // Names that start with the term first: "hai" finds Haircut before Chair massage.
          .orderBy(sql`instr(lower(name), ${term}) = 1`, 'desc')
      }
      return sync.all(query.orderBy('active', 'desc').orderBy('kind', 'desc').orderBy('name').limit(options.limit ?? 500))
    },

    create(input: NewMenuItem): MenuItemRow {
      const problems = kindProblems(input)
      if (Object.keys(problems).length > 0) throw validationError(problems)
      if (nameTaken(input.kind, input.name)) throw duplicate()
      const id = newId()
      const at = toStoredTime(clock())
      writer.insert('menu_items', {
          id,
          kind: input.kind,
          name: input.name,
          category: input.category ?? null,
          price: input.price,
          duration_minutes: input.duration_minutes ?? null,
          tax_code: input.tax_code,
          gst_rate_bp: input.gst_rate_bp ?? null,
          price_editable: (input.price_editable ?? input.kind === 'service') ? 1 : 0,
          active: 1,
          created_at: at,
          updated_at: at,
        })
      return get(id) as MenuItemRow
    },

    /** Changes an item (a new price applies to bills from now on: posted lines keep their own). */
    update(id: string, changes: MenuItemChanges): MenuItemRow {
      const current = get(id)
      if (!current) throw notFound('Menu item')
      const next = {
        kind: current.kind,
        name: changes.name ?? current.name,
        category: changes.category === undefined ? current.category : changes.category,
        price: changes.price ?? current.price,
        duration_minutes: changes.duration_minutes === undefined ? current.duration_minutes : changes.duration_minutes,
        tax_code: changes.tax_code ?? current.tax_code,
        gst_rate_bp: changes.gst_rate_bp === undefined ? current.gst_rate_bp : changes.gst_rate_bp,
      }
      const problems = kindProblems(next)
      if (Object.keys(problems).length > 0) throw validationError(problems)
      if (changes.name !== undefined && nameTaken(current.kind, changes.name, id)) throw duplicate()
      writer.update('menu_items', id, {
        ...next,
        price_editable: changes.price_editable === undefined ? current.price_editable : changes.price_editable ? 1 : 0,
        active: changes.active === undefined ? current.active : changes.active ? 1 : 0,
        updated_at: toStoredTime(clock()),
      })
      return get(id) as MenuItemRow
    },
  }
}
