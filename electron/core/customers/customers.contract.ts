import { z } from 'zod'
import { method, returns } from '../contract/define'
import { absolutePath, empty, id, limit, requiredText, text } from '../contract/schemas'
import type { CsvExportResult, CustomerDetail, CustomerExportResult, CustomerSummary, ErasureResult, HistoryItem, SearchReading } from './customers.shapes'
import type { Page } from '../contract/result'
import { draftKey } from '../drafts/drafts.contract'
import { LIMITS } from '../../../vocabulary'
import type { Exactly } from '../../../vocabulary/type-checks'
import type { NewCustomer } from '../../../db/customers/customer.fields'

/** The most customers one search shows: the counter's list. Bigger pages would only speed a harvest (20 a keystroke at the search pace). */
export const SEARCH_LIMIT_MAX = LIMITS.searchResults

// Shapes only: meaning (phone formats, real dates, email form) is checked by the store, which
// reports every bad field at once.
const customerFields = {
  first_name: text(LIMITS.customerName),
  last_name: text(LIMITS.customerName).nullish(),
  phone: text(LIMITS.phoneAsTyped),
  email: text(LIMITS.email).nullish(),
  date_of_birth: text(10).nullish(),
  gender: text(LIMITS.gender).nullish(),
  notes: text(LIMITS.notes).nullish(),
}
/** What the form gives is what the store takes for a new customer (db/customers/customer.fields.ts). */
const _fieldsAreNewCustomer: Exactly<z.infer<z.ZodObject<typeof customerFields>>, NewCustomer> = true

export const customersContract = {
  /** `draft_key`: the caller's draft of this form, removed in the same transaction as the save. */
  'customers.create': method({ input: z.strictObject({ ...customerFields, draft_key: draftKey().optional() }), output: returns<CustomerDetail>(), errors: ['CONFLICT'] }),
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
      draft_key: draftKey().optional(),
    }),
    output: returns<CustomerDetail>(),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  /** One customer's page, the whole phone included; each call is audited as a read of that customer. */
  'customers.get': method({ input: z.strictObject({ id: id() }), output: returns<CustomerDetail>(), errors: ['NOT_FOUND'] }),
  'customers.findByPhone': method({ input: z.strictObject({ phone: text(32) }), output: returns<CustomerDetail | null>() }),
  /**
   * The counter's search, one call per keystroke: phones come masked to their last 4 digits (the
   * whole number is on the customer's page). Each search is audited (buffered, as reads are): how
   * the query was read and how many customers it showed, never the query. A user searching far
   * faster than anyone types is paused: RATE_LIMITED, with `retry_after_seconds`. At most
   * SEARCH_LIMIT_MAX (20, the counter's list) customers a call: a longer list is for no person.
   */
  'customers.search': method({
    input: z.strictObject({ query: text(LIMITS.searchQuery), limit: limit(SEARCH_LIMIT_MAX).optional() }),
    output: returns<CustomerSummary[]>(),
    errors: ['RATE_LIMITED'],
  }),
  /** How the search reads a query (name, last 4 digits, a whole mobile, or digits that cannot be one): the one phone rule, for the search box's words. Reads no data. */
  'customers.readQuery': method({ input: z.strictObject({ query: text(LIMITS.searchQuery) }), output: returns<SearchReading>() }),
  /** Newest first: bills, refunds, appointments and walk-ins; `before` is the opaque `next` of the previous page. */
  'customers.history': method({
    input: z.strictObject({ id: id(), before: text(120).optional(), limit: limit(100).optional() }),
    output: returns<Page<HistoryItem>>(),
    errors: ['NOT_FOUND'],
  }),
  'customers.delete': method({ input: z.strictObject({ id: id() }), output: returns<null>(), errors: ['NOT_FOUND'] }),
  'customers.restore': method({ input: z.strictObject({ id: id() }), output: returns<CustomerDetail>(), errors: ['NOT_FOUND', 'CONFLICT'] }),
  /** Deleted customers the owner may restore, phones masked as in a search. */
  'customers.listDeleted': method({ input: empty, output: returns<CustomerSummary[]>() }),
  /**
   * DPDP right to be forgotten. `confirm` must be the word ERASE, typed by the owner. Erases the
   * customer in the database (and the name and phone on walk-ins and appointments they gave their
   * own name for), deletes their exports and takes their row out of the customers CSVs Parlour
   * wrote, and answers which backups still hold them and the day the last of them ages out.
   */
  'customers.erase': method({
    input: z.strictObject({ id: id(), confirm: z.literal('ERASE', { message: 'Type ERASE to confirm.' }), basis: requiredText(LIMITS.reason) }),
    output: returns<ErasureResult>(),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  /** DPDP right to access: everything held about one customer, as JSON and a readable page. */
  'customers.export': method({ input: z.strictObject({ id: id(), folder: absolutePath().optional() }), output: returns<CustomerExportResult>(), errors: ['NOT_FOUND', 'CONFLICT'] }),
  /** Every customer as CSV (amounts in rupees and paise), to a file the owner picks. */
  'customers.exportCsv': method({ input: z.strictObject({ file: absolutePath().refine((value) => /\.csv$/i.test(value), 'The file name must end in .csv.').optional() }), output: returns<CsvExportResult>() }),
} as const
