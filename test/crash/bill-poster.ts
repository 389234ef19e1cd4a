/**
 * Child process for the crash-safety test: opens the core on an existing database and posts
 * bills (and now and then a refund) as fast as it can, printing `ACK <bill id> <invoice>` only
 * after a post has resolved, i.e. committed. The parent kills it with SIGKILL at random.
 * CRASH_NOW (an ISO time), when set, is the core's clock.
 */
import { openCore } from '../../electron/core'

const { CRASH_DB: path, CRASH_KEY: keyHex, CRASH_OWNER: ownerId, CRASH_PIN: pin, CRASH_CUSTOMERS: customerList, CRASH_NOW: frozenAt } = process.env
if (!path || !keyHex || !ownerId || !pin || !customerList) throw new Error('missing CRASH_* environment')

const core = await openCore({
  databasePath: path,
  dataKey: Uint8Array.from(Buffer.from(keyHex, 'hex')),
  pinHashParams: { opsLimit: 1, memLimit: 8192 },
  logger: { error: () => undefined, warn: () => undefined },
  // A fixed time keeps every bill in one financial year, whatever day the test runs.
  ...(frozenAt ? { now: () => new Date(frozenAt) } : {}),
})
const desk = core.connect()
const login = await desk.invoke('session.login', { user_id: ownerId, pin })
if (!login.ok) throw new Error(login.error.message)
const customers = customerList.split(',')
process.stdout.write('READY\n')

for (let i = 0; ; i++) {
  const customerId = customers[i % (customers.length + 1)]
  const items = [{ name: 'Haircut', unit_price: 40_000 + (i % 7) * 1_111, quantity: 1 + (i % 2) }]
  const result = await desk.invoke('bills.post', customerId ? { customer_id: customerId, items } : { customer_name: 'Walk-in guest', items })
  if (!result.ok) throw new Error(result.error.message)
  process.stdout.write(`ACK ${result.value.id} ${result.value.invoice_number}\n`)
  if (i % 5 === 4) {
    const refund = await desk.invoke('bills.refund', { bill_id: result.value.id, reason: 'crash test' })
    if (refund.ok) process.stdout.write(`ACK ${refund.value.id} ${refund.value.invoice_number}\n`)
  }
}
