import { readSearchQuery } from '../../../db/customers/phone'
import type { SearchReading } from './customers.shapes'
import { formatPhone } from '../../../vocabulary'


/** The search's reading of a query in the counter's words (db/customers/phone.ts holds the rule). */
export function searchReadingFor(query: string): SearchReading {
  const reading = readSearchQuery(query)
  switch (reading.kind) {
    case 'name':
      return { kind: 'name', understood: `the name “${query.trim()}”`, hint: null, phone: null }
    case 'last4':
      return { kind: 'last4', understood: `the last 4 digits ${reading.digits}`, hint: 'To find one number, type all 10 digits.', phone: null }
    case 'phone':
      return { kind: 'phone', understood: `the mobile ${formatPhone(reading.e164)}`, hint: null, phone: reading.e164 }
    case 'partial-phone':
      return {
        kind: 'partial-phone',
        understood: `${reading.typed} ${reading.typed === 1 ? 'digit' : 'digits'} of a phone`,
        hint: 'Type the whole mobile number (10 digits), or only its last 4 digits.',
        phone: null,
      }
    case 'not-a-mobile':
      return { kind: 'not-a-mobile', understood: 'these digits', hint: reading.reason, phone: null }
  }
}
