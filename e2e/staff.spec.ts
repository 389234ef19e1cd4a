import { expect, test } from './fixtures'
import { must, PRIYA } from './support/salon'
import { domDump, goTo, invokeInPage, pageText } from './support/ui'

const SECRETS = ['Sharma', 'Iyer', '98765', '43210', '99887', '+91', '₹', 'total_spent', 'phone', 'last_name', 'email']

test('staff see only the queue: tickets and first names, nothing else of a customer anywhere', async ({ app }) => {
  const salon = await app.salon()
  const priya = await salon.addCustomer({ ...PRIYA, email: 'priya@example.in', notes: 'VIP' })
  const meera = await salon.addCustomer({ first_name: 'Meera', last_name: 'Iyer', phone: '99887 76655' })
  await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
  await must(salon.owner, 'walkins.create', { customer_id: priya.id, service: 'Hair spa' })
  await must(salon.owner, 'walkins.create', { customer_id: meera.id, service: 'Facial' })
  await must(salon.owner, 'walkins.create', { customer_name: 'Kabir Singh', customer_phone: '91234 56789' })

  await app.openAs('staff')
  const { page } = app

  // Home is the queue; the navigation offers nothing else.
  await expect(page.getByRole('heading', { name: 'Queue' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([/Queue/])
  const waiting = page.getByRole('region', { name: 'Waiting' })
  await expect(waiting.getByRole('listitem')).toHaveCount(3)
  await expect(waiting).toContainText('001')
  await expect(waiting).toContainText('Priya')
  await expect(waiting).toContainText('Meera')
  await expect(waiting).toContainText('Kabir')

  // Start and Done.
  await page.getByRole('button', { name: 'Start 001 Priya' }).click()
  const inProgress = page.getByRole('region', { name: 'In progress' })
  await expect(inProgress).toContainText('Priya')
  await page.getByRole('button', { name: 'Done 001 Priya' }).click()
  await expect(page.getByRole('region', { name: 'Done' })).toContainText('Priya')
  expect((await must(salon.owner, 'queue.today', {})).find((entry) => entry.ticket_number === 'TKT-261124-001')?.status).toBe('completed')

  const text = await pageText(page)
  for (const secret of SECRETS) expect(text, `page text must not contain ${secret}`).not.toContain(secret)

  // Every other screen, reached by typing its address: the queue's own "not here" page, nothing of the screen asked for.
  for (const path of ['/counter', `/customers/${priya.id}`, `/customers/${priya.id}/edit`, '/customers/new', `/bills/new?customer=${priya.id}`, '/bills', '/analytics', '/admin/users', '/admin/deleted', '/admin/audit']) {
    const hash = `#${path}`
    await goTo(page, path)
    await expect(page.getByText('Only the queue is open here'), hash).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the queue' }), hash).toBeVisible()
    await expect(page.getByRole('button', { name: /New bill|Add customer/ }), hash).toHaveCount(0)
    await expect(page.getByRole('tab'), hash).toHaveCount(0)
    const shown = await pageText(page)
    for (const secret of SECRETS) expect(shown, `${hash} must not show ${secret}`).not.toContain(secret)
    expect(await domDump(page), `${hash} must not hold Sharma anywhere in the DOM`).not.toContain('Sharma')
  }

  // Back in history: still nothing.
  await page.goBack()
  await expect(page.getByText('Only the queue is open here')).toBeVisible()

  // A devtools call: the core refuses.
  const refused = [await invokeInPage(page, 'customers.search', { query: 'priya' }), await invokeInPage(page, 'customers.get', { id: priya.id }), await invokeInPage(page, 'analytics.topCustomers', {}), await invokeInPage(page, 'visits.today', {})]
  for (const result of refused) expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  // Nothing the page ever received holds a customer detail.
  const everything = JSON.stringify(app.received.map((envelope) => envelope.result))
  for (const secret of ['Sharma', 'Iyer', 'Singh', '98765', '99887', '91234', '+91', 'total_spent', 'phone', 'email', 'VIP', '65000']) expect(everything, `received envelopes must not contain ${secret}`).not.toContain(secret)
  expect(app.received.some((envelope) => envelope.method === 'queue.today' && envelope.result.ok)).toBe(true)
})
