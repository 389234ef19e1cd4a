import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { CustomerDetail, Input } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Avatar, PageHeader, Panel } from '../../components/bits'
import { TextField } from '../../components/Field'
import { FormError } from '../../components/Form'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { paiseToInput } from '../../format/money'
import { formatPhone } from '../../format/phone'
import { navigate } from '../../router/hash-router'
import { useSession } from '../../session/session-context'
import { useShortcut } from '../../session/shortcuts'
import { emptyItem, newKey, readLines, readPayments, type ItemDraft, type PaymentDraft } from './bill-draft'
import { BillTotals } from './BillTotals'
import { ItemsEditor } from './ItemsEditor'
import { PaymentsEditor } from './PaymentsEditor'
import { useBillPreview } from './use-bill-preview'

const NO_ERRORS: Record<string, string> = {}

/** A new bill, for a registered customer (`customerId`) or anonymous (a name and, optionally, a phone). */
export function BillScreen({ customerId }: { customerId: string | null }) {
  if (!customerId) return <BillEditor customer={null} />
  return <BillForCustomer id={customerId} />
}

function BillForCustomer({ id }: { id: string }) {
  const customer = useQuery(() => pos('customers.get', { id }), [id])
  return <QueryPage query={customer}>{(value) => <BillEditor customer={value} />}</QueryPage>
}

function BillEditor({ customer }: { customer: CustomerDetail | null }) {
  const { settings } = useSession()
  const notify = useToast()
  const [items, setItems] = useState<ItemDraft[]>(() => [emptyItem()])
  const [discount, setDiscount] = useState('')
  const [payments, setPayments] = useState<PaymentDraft[]>(() => [{ key: newKey(), method: 'cash', amount: '' }])
  // Until someone edits the payment, the single cash line follows the total.
  const [paymentEdited, setPaymentEdited] = useState(false)
  const [guestName, setGuestName] = useState('')
  const [guestPhone, setGuestPhone] = useState('')
  const [showProblems, setShowProblems] = useState(false)
  const [postErrors, setPostErrors] = useState<Record<string, string>>(NO_ERRORS)
  const [postError, setPostError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const posting = useRef(false)

  const lines = useMemo(() => readLines(items, discount), [items, discount])
  const preview = useBillPreview(lines.ok ? lines.input : null)
  const priced = lines.ok && preview.current && preview.preview ? preview.preview : null
  const paid = readPayments(payments)
  const due = priced?.rounded_total ?? null

  // An answer to the last post attempt is stale once anything changes. (The same empty object,
  // so a keystroke with nothing to clear renders once, not twice.)
  useEffect(() => {
    setPostErrors(NO_ERRORS)
    setPostError(null)
  }, [items, discount, payments, guestName, guestPhone])

  useEffect(() => {
    if (paymentEdited || due === null) return
    setPayments((current) => (current.length === 1 && current[0] ? [{ ...current[0], amount: paiseToInput(due) }] : current))
  }, [due, paymentEdited])

  const ready = priced !== null && paid.ok && paid.sum === priced.rounded_total && (customer !== null || guestName.trim() !== '')

  useShortcut('Ctrl+Enter', () => void post())

  async function post(event?: FormEvent) {
    event?.preventDefault()
    setShowProblems(true)
    if (!ready || !lines.ok || !paid.ok || posting.current) return
    posting.current = true
    setBusy(true)
    setPostError(null)
    const party: Pick<Input<'bills.post'>, 'customer_id' | 'customer_name' | 'customer_phone'> = customer ? { customer_id: customer.id } : { customer_name: guestName.trim(), ...(guestPhone.trim() ? { customer_phone: guestPhone.trim() } : {}) }
    const result = await pos('bills.post', { ...party, ...lines.input, payments: paid.payments })
    posting.current = false
    setBusy(false)
    if (!result.ok) {
      setPostErrors(result.error.fields ?? NO_ERRORS)
      // Field errors show beside their fields; the summary only points at them.
      setPostError(result.error.fields ? 'Please check the highlighted fields.' : result.error.message)
      return
    }
    notify({ tone: 'success', message: `Bill ${result.value.invoice_number} posted.` })
    navigate(`/bills/${result.value.id}?posted=1`, { replace: true })
  }

  const coreErrors = { ...(preview.current ? (preview.error?.fields ?? {}) : {}), ...postErrors }
  const itemProblems = lines.ok ? new Map() : showProblems ? lines.itemProblems : onlyTyped(lines.itemProblems, items)
  const discountError = (!lines.ok ? lines.discountProblem : undefined) ?? coreErrors.discount

  return (
    <div className="page page-bill">
      <PageHeader back={customer ? { href: `#/customers/${customer.id}`, label: customer.full_name } : { href: '#/counter', label: 'Counter' }} title={customer ? `Bill for ${customer.full_name}` : 'New bill'} subtitle={settings.gst_registered ? `GST ${settings.gst_rate_bp / 100}% · CGST and SGST shown as the bill is built` : 'Not GST registered: no GST on bills'} />
      <form className="bill-grid" onSubmit={post} onKeyDown={enterMovesOn} noValidate>
        <div className="stack">
          <Panel title="Customer">
            {customer ? (
              <div className="bill-party">
                <Avatar name={customer.full_name} />
                <div>
                  <div className="strong">{customer.full_name}</div>
                  <div className="muted small">{customer.phone ? formatPhone(customer.phone) : ''}</div>
                </div>
              </div>
            ) : (
              <div className="grid-2">
                <TextField label="Name on the bill" value={guestName} onChange={(event) => setGuestName(event.target.value)} error={coreErrors.customer_name ?? (showProblems && !guestName.trim() ? 'Enter a name for the bill.' : undefined)} autoComplete="off" hint="A walk-in who is not a registered customer." />
                <TextField label="Phone (optional)" type="tel" value={guestPhone} onChange={(event) => setGuestPhone(event.target.value)} error={coreErrors.customer_phone} autoComplete="off" />
              </div>
            )}
          </Panel>
          <Panel title="Items">
            <ItemsEditor items={items} onChange={setItems} problems={itemProblems} coreErrors={coreErrors} />
            {showProblems && lines.ok === false && lines.itemProblems.size === 0 && !lines.discountProblem ? <div className="field-error">Add at least one item with a price.</div> : null}
          </Panel>
        </div>
        <div className="bill-side">
          <Panel title="Total" className="sticky-panel">
            <TextField label="Discount (₹)" prefix="₹" inputMode="decimal" value={discount} onChange={(event) => setDiscount(event.target.value)} error={discountError} placeholder="0" autoComplete="off" />
            <div className="totals-wrap" aria-live="polite" aria-busy={lines.ok && !preview.current}>
              {priced ? <BillTotals figures={priced} /> : <p className="muted totals-placeholder">{lines.ok ? 'Working out the total…' : 'Add an item and its price to see the total.'}</p>}
              {preview.current && preview.error && !preview.error.fields ? <div className="field-error">{preview.error.message}</div> : null}
            </div>
            <PaymentsEditor
              payments={payments}
              onChange={(next) => {
                setPaymentEdited(true)
                setPayments(next)
              }}
              due={due}
              paid={paid.ok ? paid.sum : null}
              problems={paid.ok ? new Map() : paid.problems}
            />
            <FormError message={postError} />
            <Button type="submit" variant="primary" size="lg" className="btn-block" busy={busy} disabled={!ready} shortcut="Ctrl+Enter">
              Post bill
            </Button>
          </Panel>
        </div>
      </form>
    </div>
  )
}

/**
 * Enter in a field moves to the next field instead of posting half a bill; Ctrl+Enter (or the
 * button) posts. The last quantity's Enter adds a line (handled there first).
 */
function enterMovesOn(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement
  if (event.key !== 'Enter' || event.defaultPrevented || event.ctrlKey || event.metaKey || target.tagName !== 'INPUT') return
  event.preventDefault()
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>('input, select, button[type="submit"]')].filter((field) => !field.hasAttribute('disabled'))
  fields[fields.indexOf(target) + 1]?.focus()
}

/** Before the first post attempt, only complain about rows the user has started typing a price in. */
function onlyTyped(problems: Map<number, Record<string, string>>, items: ItemDraft[]) {
  const shown = new Map<number, Record<string, string>>()
  for (const item of items) {
    const problem = problems.get(item.key)
    if (!problem) continue
    const { name: _name, ...rest } = problem
    const visible = item.price.trim() === '' ? {} : rest
    if (Object.keys(visible).length > 0) shown.set(item.key, visible)
  }
  return shown
}
