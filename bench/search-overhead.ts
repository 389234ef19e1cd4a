/**
 * What `customers.search` through `invoke` costs on top of the store's own search, part by part
 * (issue 17, item 5). Each part is timed on its own over the same queries, in the same process
 * and on the same open store as the invoke figures, so the parts can be set against the gap:
 *
 *   invoke = store search + projection + input validation + search pace + audit entry + dispatch
 *
 * "dispatch" is what is left: the async hop of `invoke`, the gate and session checks, the plain-
 * JSON check of the input, the staff output guard and the result envelope. Means, not medians:
 * the audit buffer's flush lands on one search in 500, and a mean carries it at its true weight.
 */
import type { Store } from '../db/store'
import { classifyPhoneQuery } from '../db/customers/phone'
import { contract } from '../electron/core/contract'
import { customerSummaryFor } from '../electron/core/customers/customers.projection'
import { createSearchPace, SEARCH_LIMITS } from '../electron/core/customers/search-pace'
import { createAuditTrail } from '../electron/core/audit/audit-trail'
import { SEARCH_ACTIONS, searchResultsTarget } from '../electron/core/customers/search-audit'
import type { CustomerSummaryRecord } from '../db/customers/customer.decoder'
import { measure, ms, type Stats } from './measure'

export type OverheadPart = { part: string; stats: Stats }

export async function measureSearchOverhead(options: {
  store: Store
  queries: readonly string[]
  runs: number
  userId: string
  /** The whole call through invoke, measured over the same queries by the caller. */
  invoke: Stats
  clock: () => Date
}): Promise<OverheadPart[]> {
  const { store, queries, runs, userId, clock } = options
  const query = (i: number) => queries[i % queries.length] as string
  const zone = store.settings.get().time_zone
  const storeSearch = await measure(runs, (i) => store.customers.search(query(i)))
  const found: CustomerSummaryRecord[][] = queries.map((text) => store.customers.search(text))
  const projection = await measure(runs, (i) => (found[i % found.length] as CustomerSummaryRecord[]).map((record) => customerSummaryFor('receptionist', record, zone)))
  const schema = contract['customers.search'].input
  const validation = await measure(runs, (i) => schema.parse({ query: query(i) }))
  const pace = createSearchPace(clock, { ...SEARCH_LIMITS, perSecond: 1e9, burst: 1e9, perHour: 1e9 })
  const paceStats = await measure(runs, () => pace.attempt(userId))
  const trail = createAuditTrail({ clock, currentStore: () => store, onError: (error) => console.error(error) })
  const audit = await measure(runs, (i) =>
    trail.read({ action: SEARCH_ACTIONS[classifyPhoneQuery(query(i)).kind], user_id: userId, target_id: searchResultsTarget((found[i % found.length] as unknown[]).length) }),
  )
  trail.flush()
  const parts: OverheadPart[] = [
    { part: "the store's search (same queries)", stats: storeSearch },
    { part: 'projection (summaries, masked phone, dates in the zone)', stats: projection },
    { part: 'input validation (zod)', stats: validation },
    { part: 'search pace (token buckets)', stats: paceStats },
    { part: 'audit entry (buffered; one flush of 500 per 500 searches)', stats: audit },
  ]
  const accounted = parts.reduce((sum, { stats }) => sum + stats.mean, 0)
  parts.push({ part: 'dispatch (async hop, gate, session, plain-JSON check, staff guard, envelope): the rest', stats: { ...options.invoke, mean: Math.max(0, options.invoke.mean - accounted), p50: Number.NaN, p99: Number.NaN } })
  parts.push({ part: 'customers.search through invoke (whole)', stats: options.invoke })
  return parts
}

/** The breakdown as a markdown table: mean per part and its share of invoke's extra over the store. */
export function overheadTable(parts: readonly OverheadPart[]): string {
  const whole = parts[parts.length - 1]?.stats.mean ?? Number.NaN
  const storeMean = parts[0]?.stats.mean ?? Number.NaN
  const extra = whole - storeMean
  const rows = parts.map(({ part, stats }, index) => {
    const share = index === 0 || index === parts.length - 1 ? '' : `${((100 * stats.mean) / extra).toFixed(0)}%`
    return `| ${part} | ${ms(stats.mean)} | ${Number.isNaN(stats.p50) ? '' : ms(stats.p50)} | ${share} |`
  })
  return [
    `invoke / store (means): **${(whole / storeMean).toFixed(2)}×**; the extra is ${ms(extra)} ms a search, made of:`,
    '',
    '| part | mean ms | p50 ms | share of the extra |',
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n')
}
