import { z } from 'zod'
import { method, returns } from './define'
import { empty, id, limit, text } from './schemas'
import type { CustomerDetail, CustomerSummary, HistoryItem, Page } from './shapes'

const counter = ['owner', 'receptionist'] as const
const owner = ['owner'] as const

// Shapes only: meaning (phone formats, real dates, email form) is checked by the store, which
// reports every bad field at once.
const customerFields = {
  first_name: text(100),
  last_name: text(100).nullish(),
  phone: text(32),
  email: text(254).nullish(),
  date_of_birth: text(10).nullish(),
  gender: text(40).nullish(),
  notes: text(5000).nullish(),
}

export const customersContract = {
  'customers.create': method({ input: z.strictObject(customerFields), access: counter, output: returns<CustomerDetail>() }),
  'customers.update': method({
    input: z.strictObject({
      id: id(),
      first_name: customerFields.first_name.optional(),
      last_name: customerFields.last_name,
      phone: customerFields.phone.optional(),
      email: customerFields.email,
      date_of_birth: customerFields.date_of_birth,
      gender: customerFields.gender,
      notes: customerFields.notes,
    }),
    access: counter,
    output: returns<CustomerDetail>(),
  }),
  'customers.get': method({ input: z.strictObject({ id: id() }), access: counter, output: returns<CustomerDetail>() }),
  'customers.findByPhone': method({ input: z.strictObject({ phone: text(32) }), access: counter, output: returns<CustomerDetail | null>() }),
  'customers.search': method({
    input: z.strictObject({ query: text(100), limit: limit(100).optional() }),
    access: counter,
    output: returns<CustomerSummary[]>(),
  }),
  /** Newest first: bills, refunds, appointments and walk-ins; `before` is the opaque `next` of the previous page. */
  'customers.history': method({
    input: z.strictObject({ id: id(), before: text(120).optional(), limit: limit(100).optional() }),
    access: counter,
    output: returns<Page<HistoryItem>>(),
  }),
  'customers.delete': method({ input: z.strictObject({ id: id() }), access: owner, output: returns<null>() }),
  'customers.restore': method({ input: z.strictObject({ id: id() }), access: owner, output: returns<CustomerDetail>() }),
  'customers.listDeleted': method({ input: empty, access: owner, output: returns<CustomerSummary[]>() }),
} as const
