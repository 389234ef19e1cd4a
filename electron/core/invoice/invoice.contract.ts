import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id } from '../contract/schemas'
import { COUNTER_ROLES } from '../../../vocabulary'
import type { Invoice } from './invoice.shapes'

/** The lawful invoice of a posted bill: what the print view lays out and the share text says. */
export const invoiceContract = {
  'invoices.get': method({ input: z.strictObject({ bill_id: id() }), access: COUNTER_ROLES, output: returns<Invoice>(), errors: ['NOT_FOUND'] }),
} as const
