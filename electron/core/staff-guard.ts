/**
 * Keys that carry a customer's identity or spend. Staff see a first name and a ticket; the
 * dispatcher refuses to hand a staff session any output containing one of these keys, whatever
 * the handler did: a second wall behind the per-method roles.
 */
export const STAFF_FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  'last_name',
  'full_name',
  'phone',
  'phone_masked',
  'customer_phone',
  'email',
  'date_of_birth',
  'notes',
  'gender',
  'total_spent',
  'total_spent_rupees',
  'total_visits',
  'customer_name',
  'customer_id',
  'items',
  'payments',
  'total',
  'rounded_total',
])

export function findForbiddenStaffKey(value: unknown, depth = 0): string | undefined {
  if (depth > 12 || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenStaffKey(item, depth + 1)
      if (found) return found
    }
    return undefined
  }
  for (const [key, inner] of Object.entries(value)) {
    if (STAFF_FORBIDDEN_KEYS.has(key)) return key
    const found = findForbiddenStaffKey(inner, depth + 1)
    if (found) return found
  }
  return undefined
}
