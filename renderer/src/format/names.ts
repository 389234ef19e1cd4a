/** "Priya Sharma" → "PS", for avatars. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const first = parts[0]?.[0] ?? '?'
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}

export const ROLE_LABEL = { owner: 'Owner', receptionist: 'Reception', staff: 'Staff' } as const

/** "customer.delete" → "Customer delete" for the audit log. */
export function humaniseAction(action: string): string {
  const words = action.replace(/[._]/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export const PAYMENT_LABEL = { cash: 'Cash', upi: 'UPI', card: 'Card', other: 'Other' } as const
