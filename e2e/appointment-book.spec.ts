import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seedBook } from './support/book-data'
import { jumpTo, must } from './support/salon'
import { goTo } from './support/ui'

test('a day in the appointment book: book from a slot by keyboard, a clash refused, arrived joins the queue, a no-show, the week, tomorrow’s reminders', async ({ app }) => {
  const salon = await app.salon({ idle_lock_minutes: 240 })
  await seedBook(salon, app.clock)
  // Tuesday 10:30: Priya is in the chair since 10:00.
  await jumpTo(salon, app.clock, '2026-11-24T05:00:00.000Z')
  await app.advance(0)
  const tuesday = await must(salon.owner, 'appointments.list', { date: '2026-11-24' })
  const ticketOf = (first: string) => tuesday.find((visit) => visit.customer_name.startsWith(first))?.ticket_number as string
  await must(salon.owner, 'queue.setStatus', { ticket_number: ticketOf('Priya'), status: 'checked_in' })
  await must(salon.owner, 'queue.setStatus', { ticket_number: ticketOf('Priya'), status: 'in_progress' })
  await must(salon.owner, 'queue.setStatus', { ticket_number: ticketOf('Meera'), status: 'checked_in' })
  await app.openAs('receptionist')
  const { page } = app

  // Alt+K opens the book from the counter.
  await page.keyboard.press('Alt+K')
  await expect(page.getByRole('heading', { name: 'Appointment book' })).toBeVisible()
  await expect(page.getByText('Tue, 24 Nov · 24/11/2026 · today')).toBeVisible()
  const grid = page.getByRole('group', { name: /Bookings by stylist/ })
  for (const name of ['Sarah Thomas', 'Kavya Nair', 'Arjun Mehta', 'Divya Iyer', 'Anyone free']) await expect(grid.locator('.book-col-head', { hasText: name })).toBeVisible()
  await expect(grid.getByRole('button', { name: /^Pooja Reddy, Keratin treatment, 12:30 pm, 120 minutes, Divya Iyer/ })).toBeVisible()
  // The past is not bookable.
  await expect(grid.getByRole('button', { name: 'Book Kavya Nair at 10:00 am (past)' })).toHaveAttribute('aria-disabled', 'true')

  // Book from a slot with the keyboard: 1:00 pm, down one half hour, Enter.
  await grid.getByRole('button', { name: 'Book Kavya Nair at 1:00 pm' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(grid.getByRole('button', { name: 'Book Kavya Nair at 1:30 pm' })).toBeFocused()
  await page.keyboard.press('Enter')
  let dialog = page.getByRole('dialog', { name: 'Book 24/11/2026 at 1:30 pm with Kavya Nair' })
  await expect(dialog).toBeVisible()
  await page.keyboard.type('99001 23456')
  await expect(dialog.getByRole('radio', { name: /Rahul Verma/ })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('radio', { name: /Rahul Verma/ })).toBeChecked()
  await dialog.getByLabel('Service').fill('Beard trim')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Booked Rahul at 13:30 with Kavya Nair.' })).toBeVisible()
  await expect(grid.getByRole('button', { name: /^Rahul Verma, Beard trim, 1:30 pm, 30 minutes, Kavya Nair/ })).toBeVisible()

  // A clash: Kavya at 2:30 pm for an hour runs into Sneha's 3:00 pm manicure.
  await grid.getByRole('button', { name: 'Book Kavya Nair at 2:30 pm' }).click()
  dialog = page.getByRole('dialog', { name: 'Book 24/11/2026 at 2:30 pm with Kavya Nair' })
  await dialog.getByLabel('Customer (phone, last 4 digits or name)').fill('Priya')
  await dialog.getByRole('radio', { name: /Priya Sharma/ }).check()
  await dialog.getByLabel('Service').fill('Blow-dry')
  await dialog.getByLabel('Duration').selectOption('60')
  await dialog.getByRole('button', { name: 'Book', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/^Kavya Nair is already booked 15:00–15:45 with Sneha \(TKT-261124-\d{3}\)\.$/)
  // Half an hour ends as Sneha starts: no clash.
  await dialog.getByLabel('Duration').selectOption('30')
  await dialog.getByRole('button', { name: 'Book', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(grid.getByRole('button', { name: /^Priya Sharma, (Haircut, 10:00 am|Blow-dry, 2:30 pm)/ })).toHaveCount(2)

  // Neha arrives for her 11:00 facial: she joins the queue.
  await grid.getByRole('button', { name: /^Neha Gupta, Facial, 11:00 am/ }).click()
  dialog = page.getByRole('dialog', { name: /^Neha Gupta · 11:00 am/ })
  await dialog.getByRole('button', { name: 'Arrived' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Neha arrived: in the queue.' })).toBeVisible()
  await expect(grid.getByRole('button', { name: /^Neha Gupta, Facial, 11:00 am, 60 minutes, Kavya Nair, checked in/ })).toBeVisible()
  await page.keyboard.press('Alt+Q')
  await expect(page.getByRole('region', { name: 'Waiting' }).getByText('Neha Gupta')).toBeVisible()
  await page.keyboard.press('Alt+K')

  // 11:45: Kabir never came for his 11:30 beard trim.
  await app.advance(75 * 60_000)
  await grid.getByRole('button', { name: /^Kabir Singh, Beard trim, 11:30 am/ }).click()
  dialog = page.getByRole('dialog', { name: /^Kabir Singh · 11:30 am/ })
  await dialog.getByRole('button', { name: 'No-show' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Kabir: marked a no-show.' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Cancelled and no-shows' })).toContainText('Kabir Singh')
  await expect(grid.getByRole('button', { name: /^Kabir Singh/ })).toHaveCount(0)

  // Farhan calls to come an hour later: the booking moves, checked again; Vikram cancels.
  await grid.getByRole('button', { name: /^Farhan Khan, Haircut, 5:30 pm/ }).click()
  dialog = page.getByRole('dialog', { name: /^Farhan Khan · 5:30 pm/ })
  await dialog.getByLabel('Time').fill('18:30')
  await dialog.getByLabel('Stylist').selectOption({ label: 'Divya Iyer' })
  await dialog.getByRole('button', { name: 'Move booking' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/^Divya Iyer is already booked 18:00–19:30 with Nisha \(TKT-261124-\d{3}\)\.$/)
  await dialog.getByLabel('Stylist').selectOption({ label: 'Arjun Mehta' })
  await dialog.getByRole('button', { name: 'Move booking' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Farhan’s booking moved to 24/11/2026 6:30 pm.' })).toBeVisible()
  await expect(grid.getByRole('button', { name: /^Farhan Khan, Haircut, 6:30 pm, 30 minutes, Arjun Mehta/ })).toBeVisible()
  await grid.getByRole('button', { name: /^Vikram Rao, Haircut, 1:00 pm/ }).click()
  await page.getByRole('dialog', { name: /^Vikram Rao · 1:00 pm/ }).getByRole('button', { name: 'Cancel booking' }).click()
  await expect(page.getByRole('region', { name: 'Cancelled and no-shows' })).toContainText('Vikram Rao')
  await dismissToasts(page)
  await app.screenshot('50-book-day')

  // The week, Monday first; a day's title opens it.
  await page.getByRole('button', { name: 'Week', exact: true }).click()
  await expect(page.getByText(/^Week of Mon, 23 Nov · 23\/11\/2026 to 29\/11\/2026$/)).toBeVisible()
  await expect(page.getByRole('region', { name: /^Sat, 28 Nov, 3 bookings$/ })).toBeVisible()
  await dismissToasts(page)
  await app.screenshot('51-book-week')

  // Tomorrow's reminders: a ready text to copy for each booking, the phone to call.
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('link', { name: 'Tomorrow’s reminders' }).click()
  await expect(page.getByRole('heading', { name: 'Tomorrow’s reminders' })).toBeVisible()
  const rows = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Copy reminder/ }) })
  await expect(rows).toHaveCount(5)
  const priya = rows.filter({ hasText: 'Priya Sharma' })
  const text = 'Hello Priya, this is Glow Studio: a reminder of your appointment tomorrow, Wednesday 25/11/2026 at 10:00 am for Haircut with Sarah. If you need to change it, reply to this message or call us. See you soon!'
  await expect(priya).toContainText(text)
  await expect(rows.filter({ hasText: 'Lakshmi Menon' })).toContainText('+91 99887 76655')
  await priya.getByRole('button', { name: 'Copy reminder for Priya' }).press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Reminder for Priya copied.' })).toBeVisible()
  expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(text)
  await dismissToasts(page)
  await app.screenshot('52-tomorrow-reminders')
})

/** Confirmations cover the toolbar in a screenshot: close them first. */
async function dismissToasts(page: Page): Promise<void> {
  for (const close of await page.getByRole('button', { name: 'Dismiss' }).all()) await close.click()
  await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0)
}

test('opening hours are the owner’s setting; a booking outside them is warned, then booked only with Book anyway', async ({ app }) => {
  const salon = await app.salon()
  const priya = await salon.addCustomer({ first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' })
  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/settings')
  await page.getByRole('checkbox', { name: 'Wednesday' }).uncheck()
  await page.getByLabel('Saturday closes').fill('21:00')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible()
  expect((await must(salon.owner, 'settings.get', {})).opening_hours.slice(2, 6)).toEqual([null, ['10:00', '20:00'], ['10:00', '20:00'], ['10:00', '21:00']])

  // From the customer's page, Wednesday: warned, not booked, until "Book anyway".
  await goTo(page, `/customers/${priya.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
  await page.keyboard.press('Alt+P')
  const dialog = page.getByRole('dialog', { name: 'Book an appointment for Priya Sharma' })
  await dialog.getByLabel('Date').fill('25/11/2026')
  await dialog.getByLabel('Time').fill('11:00')
  await dialog.getByLabel('Stylist').selectOption({ label: 'Sarah Thomas' })
  await dialog.getByRole('button', { name: 'Book', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The salon is closed on Wednesdays. Book anyway only if the salon will be open.')
  expect(await must(salon.owner, 'appointments.list', { date: '2026-11-25' })).toEqual([])
  await dialog.getByRole('button', { name: 'Book anyway' }).click()
  await expect(dialog).toBeHidden()
  expect(await must(salon.owner, 'appointments.list', { date: '2026-11-25' })).toMatchObject([{ customer_name: 'Priya Sharma', stylist_name: 'Sarah Thomas', duration_minutes: 30 }])
})
