import type { MenuItem } from '../../api/contract'

/**
 * The menu items a typed name matches, as the core's menu.list does: any part of the name or
 * category, without regard to case, names that start with it first. The whole (small) menu is
 * read once per bill and filtered here, so each keystroke answers at once.
 */
export function matchMenu(menu: readonly MenuItem[], typed: string, limit = 8): MenuItem[] {
  const term = typed.trim().toLowerCase()
  if (term === '') return []
  const hits = menu.filter((item) => item.name.toLowerCase().includes(term) || (item.category ?? '').toLowerCase().includes(term))
  const starts = (item: MenuItem) => (item.name.toLowerCase().startsWith(term) ? 0 : 1)
  return hits.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, limit)
}

/** "SAC 999721" for a service, "HSN 33059011 · GST 18%" for a product. */
export function taxLabel(item: Pick<MenuItem, 'kind' | 'tax_code' | 'gst_rate_bp'>): string {
  if (item.kind === 'service') return `SAC ${item.tax_code}`
  return `HSN ${item.tax_code} · GST ${((item.gst_rate_bp ?? 0) / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`
}
