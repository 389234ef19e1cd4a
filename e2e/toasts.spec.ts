import { expect, test } from './fixtures'
import { goTo } from './support/ui'
import { must } from '../test/helpers/must'

test('confirmations come one at a time at the top centre, over no button, and clicks pass around them', async ({ app }) => {
  const salon = await app.salon()
  for (const name of ['Kabir Singh', 'Meera Iyer', 'Farhan Ali']) await must(salon.owner, 'walkins.create', { customer_name: name, service: 'Haircut' })
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, '/queue')
  const waiting = page.getByRole('region', { name: 'Waiting' })
  for (const name of ['Kabir', 'Meera', 'Farhan']) {
    await waiting.getByRole('button', { name: new RegExp(`^Start \\d+ ${name} `) }).click()
    await expect(page.getByRole('status').filter({ hasText: `${name}: started` })).toBeVisible()
    // The newest confirmation replaces the last: never a stack of them over the screen.
    await expect(page.locator('.toast')).toHaveCount(1)
  }
  const toast = page.locator('.toast')
  const box = await toast.boundingBox()
  expect(box?.y ?? Infinity).toBeLessThan(80)
  // It covers no button on the screen (the page's own actions sit at the top right).
  for (const button of await page.getByRole('button').all()) {
    const other = await button.boundingBox()
    if (!other || !box || (await button.evaluate((element) => element.closest('.toasts') !== null))) continue
    const overlaps = other.x < box.x + box.width && box.x < other.x + other.width && other.y < box.y + box.height && box.y < other.y + other.height
    expect(overlaps, `the toast covers "${await button.textContent()}"`).toBe(false)
  }
  // Beside the toast, in its column, a click reaches the page below.
  const under = await page.evaluate(([x, y]) => {
    const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(selector: string): unknown } | null } }).document
    return doc.elementFromPoint(x, y)?.closest('.toasts') === null
  }, [box ? box.x + box.width / 2 : 0, box ? box.y + box.height + 6 : 0] as const)
  expect(under).toBe(true)
})
