import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { CustomerDetail, Input, MenuItem, StylistOption } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Avatar, PageHeader, Panel } from '../../components/bits'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { StateOptions } from '../admin/StateOptions'
import { FormError } from '../../components/Form'
import { Dialog } from '../../components/Dialog'
import { Icon } from '../../components/Icon'
import { DraftNotice } from '../../drafts/DraftNotice'
import { useDraft } from '../../drafts/drafts-context'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatPaise, paiseToInput } from '../../format/money'
import { formatPhone } from '../../format/phone'
import { navigate } from '../../router/hash-router'
import { useSession } from '../../session/session-context'
import { useShortcut } from '../../session/shortcuts'
import { emptyItem, itemErrorsFromCore, newKey, readLines, readPayments, type ItemDraft, type ItemProblems, type PaymentDraft } from './bill-draft'
import { readBillBody, type BillBody, type BillVisit } from './bill-body'
import { BillTotals } from './BillTotals'
import { ItemsEditor } from './ItemsEditor'
import { PaymentsEditor } from './PaymentsEditor'
import { useBillPreview } from './use-bill-preview'

const NO_ERRORS: Record<string, string> = {}

/**
 * A new bill, for a registered customer (`customerId`) or anonymous (a name and, optionally, a
 * phone), or started from a visit of the day's queue (`visitId`): its customer, and its stylist
 * on each new service line.
 */
export function BillScreen({ customerId, visitId = null }: { customerId: string | null; visitId?: string | null }) {
  if (visitId) return <BillForVisit id={visitId} />
  if (!customerId) return <BillEditor customer={null} />
  return <BillForCustomer id={customerId} />
}

function BillForCustomer({ id, visit }: { id: string; visit?: BillVisit }) {
  const customer = useQuery(() => pos('customers.get', { id }), [id])
  return <QueryPage query={customer}>{(value) => <BillEditor customer={value} visit={visit} />}</QueryPage>
}

/** A visit's bill: its stylist is the lines' default only while they can still be named (an active member of the team). */
function BillForVisit({ id }: { id: string }) {
  const loaded = useQuery(async () => {
    const [visit, stylists] = await Promise.all([pos('visits.get', { id }), pos('stylists.list', {})])
    if (!visit.ok) return visit
    const stylistId = stylists.ok && stylists.value.some((stylist) => stylist.id === visit.value.stylist_id) ? visit.value.stylist_id : null
    return { ok: true as const, value: { visit: visit.value, from: { id: visit.value.id, stylistId } } }
  }, [id])
  return (
    <QueryPage query={loaded}>
      {({ visit, from }) => (visit.customer_id ? <BillForCustomer id={visit.customer_id} visit={from} /> : <BillEditor customer={null} visit={from} visitorName={visit.customer_name} />)}
    </QueryPage>
  )
}

function BillEditor({ customer, visit: fromVisit, visitorName = '' }: { customer: CustomerDetail | null; visit?: BillVisit | undefined; visitorName?: string }) {
  const { settings } = useSession()
  const notify = useToast()
  // An anonymous visitor's bill is kept apart from the counter's one anonymous "New bill".
  const draftKey = customer ? `bill:${customer.id}` : fromVisit ? `bill:visit:${fromVisit.id}` : 'bill:new'
  const href = fromVisit ? `#/bills/new?visit=${fromVisit.id}` : customer ? `#/bills/new?customer=${customer.id}` : '#/bills/new'
  const draft = useDraft<BillBody>(draftKey, { label: customer ? `Bill for ${customer.full_name}` : fromVisit ? `Bill for ${visitorName}` : 'New bill', href, customerId: customer?.id }, readBillBody)
  const restored = draft.restored?.body
  // The menu and the team, read once per bill: the picker filters the menu as the name is typed.
  const menu = useQuery(() => pos('menu.list', {}), [])
  const stylists = useQuery(() => pos('stylists.list', {}), [])
  // The visit this bill is for: the one it was opened from (its stylist checked as it opened),
  // else the one its draft was started from (its stylist, while still on the team).
  const visit = fromVisit ?? restored?.visit
  const kept = restored?.visit?.stylistId
  const stylistDefault = fromVisit ? fromVisit.stylistId : kept && stylists.status === 'ok' && stylists.value.some((stylist) => stylist.id === kept) ? kept : null
  const [items, setItems] = useState<ItemDraft[]>(() => (restored?.items.length ? restored.items.map((item) => ({ ...emptyItem(), ...item, key: newKey() })) : [emptyItem(stylistDefault)]))
  const [discount, setDiscount] = useState(restored?.discount ?? '')
  const [payments, setPayments] = useState<PaymentDraft[]>(() => (restored?.payments.length ? restored.payments.map((payment) => ({ ...payment, key: newKey() })) : [{ key: newKey(), method: 'cash', amount: '' }]))
  // Until someone edits the payment, the single cash line follows the total.
  const [paymentEdited, setPaymentEdited] = useState(restored?.paymentEdited ?? false)
  const [guestName, setGuestName] = useState(restored?.guestName ?? (customer ? '' : visitorName))
  const [guestPhone, setGuestPhone] = useState(restored?.guestPhone ?? '')
  // A business customer's particulars (or an address the customer asks for), printed on the invoice.
  const [buyerGstin, setBuyerGstin] = useState(restored?.buyerGstin ?? '')
  const [buyerAddress, setBuyerAddress] = useState(restored?.buyerAddress ?? '')
  const [buyerState, setBuyerState] = useState(restored?.buyerState ?? '')
  const [restoredAt, setRestoredAt] = useState(draft.restored ? (draft.restored.updatedAt ?? '') : null)
  const [discarding, setDiscarding] = useState(false)
  const [showProblems, setShowProblems] = useState(false)
  const [postErrors, setPostErrors] = useState<Record<string, string>>(NO_ERRORS)
  const [postError, setPostError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const posting = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)

  // The bill being built is kept as a draft (a shortcut away, Back, a lock, a reload) until it
  // is posted or discarded on purpose.
  const body: BillBody = {
    items: items.map(({ name, price, quantity, menuItemId, stylistId }) => ({ name, price, quantity, ...(menuItemId ? { menuItemId } : {}), ...(stylistId ? { stylistId } : {}) })),
    discount,
    payments: payments.map(({ method, amount }) => ({ method, amount })),
    paymentEdited,
    guestName,
    guestPhone,
    buyerGstin,
    buyerAddress,
    buyerState,
    ...(visit ? { visit } : {}),
  }
  // A visitor's name filled in from the visit is not work of its own; typing anything else is.
  const started =
    body.items.some((item) => item.name.trim() !== '' || item.price.trim() !== '') ||
    discount.trim() !== '' ||
    (guestName.trim() !== '' && guestName !== visitorName) ||
    guestPhone.trim() !== '' ||
    buyerGstin.trim() !== '' ||
    buyerAddress.trim() !== '' ||
    buyerState !== '' ||
    (paymentEdited && body.payments.some((payment) => payment.amount.trim() !== ''))
  const bodyKey = JSON.stringify(body)
  const keep = draft.keep
  useEffect(() => {
    keep(started ? (JSON.parse(bodyKey) as BillBody) : null)
  }, [bodyKey, started])

  async function discard() {
    setDiscarding(false)
    await draft.discard()
    setItems([emptyItem(stylistDefault)])
    setDiscount('')
    setPayments([{ key: newKey(), method: 'cash', amount: '' }])
    setPaymentEdited(false)
    setGuestName(customer ? '' : visitorName)
    setGuestPhone('')
    setBuyerGstin('')
    setBuyerAddress('')
    setBuyerState('')
    setShowProblems(false)
    setRestoredAt(null)
  }

  const lines = useMemo(() => readLines(items, discount), [items, discount])
  const preview = useBillPreview(lines.ok ? lines.input : null)
  const priced = lines.ok && preview.current && preview.preview ? preview.preview : null
  const due = priced?.rounded_total ?? null
  // The single cash line nobody typed is the total, in the same render as the total: a
  // Ctrl+Enter that lands before the effect below has copied it into the state (a busy machine
  // runs effects a frame later) posts the bill instead of finding the line empty and doing nothing.
  const following = !paymentEdited && payments.length === 1
  const shownPayments = following && due !== null && payments[0] ? [{ ...payments[0], amount: paiseToInput(due) }] : payments
  const paid = readPayments(shownPayments)

  // An answer to the last post attempt is stale once anything changes. (The same empty object,
  // so a keystroke with nothing to clear renders once, not twice.)
  useEffect(() => {
    setPostErrors(NO_ERRORS)
    setPostError(null)
  }, [items, discount, payments, guestName, guestPhone, buyerGstin, buyerAddress, buyerState])

  // The single cash line follows the total; while the bill cannot be priced it shows nothing
  // rather than an old total (and no error of its own: the problem is in the items).
  const unpriceable = !lines.ok
  useEffect(() => {
    if (paymentEdited) return
    const amount = due !== null ? paiseToInput(due) : unpriceable ? '' : null
    if (amount === null) return
    setPayments((current) => (current.length === 1 && current[0] && current[0].amount !== amount ? [{ ...current[0], amount }] : current))
  }, [due, paymentEdited, unpriceable])

  const ready = priced !== null && paid.ok && paid.sum === priced.rounded_total && (customer !== null || guestName.trim() !== '')

  const [postWhenPriced, setPostWhenPriced] = useState(false)
  useEffect(() => {
    if (!postWhenPriced || priced === null) return
    // An edited payment that does not add up shows why instead (the untyped cash line is the total already).
    if (ready) {
      setPostWhenPriced(false)
      void post()
    } else if (paymentEdited) setPostWhenPriced(false)
  }, [postWhenPriced, priced, ready])
  // A change to the bill itself takes back a post that was waiting for the total.
  useEffect(() => setPostWhenPriced(false), [items, discount, guestName, guestPhone])

  // From anywhere on the screen, through the form's own submission (components/form-keys.ts follows its errors).
  useShortcut('Ctrl+Enter', () => formRef.current?.requestSubmit())

  async function post(event?: FormEvent) {
    event?.preventDefault()
    setShowProblems(true)
    // Ctrl+Enter while the core is still working out the total (a fast typist, a restored
    // draft): post as soon as it is here, instead of doing nothing.
    if (lines.ok && priced === null && !(preview.current && preview.error)) return setPostWhenPriced(true)
    setPostWhenPriced(false)
    if (!ready || !lines.ok || !paid.ok || posting.current) return
    posting.current = true
    setBusy(true)
    setPostError(null)
    const party: Pick<Input<'bills.post'>, 'customer_id' | 'customer_name' | 'customer_phone'> = customer ? { customer_id: customer.id } : { customer_name: guestName.trim(), ...(guestPhone.trim() ? { customer_phone: guestPhone.trim() } : {}) }
    await draft.flush()
    const buyer: Pick<Input<'bills.post'>, 'buyer_gstin' | 'buyer_address' | 'buyer_state_code'> = {
      ...(buyerGstin.trim() ? { buyer_gstin: buyerGstin.trim() } : {}),
      ...(buyerAddress.trim() ? { buyer_address: buyerAddress.trim() } : {}),
      ...(buyerState ? { buyer_state_code: buyerState as NonNullable<Input<'bills.post'>['buyer_state_code']> } : {}),
    }
    const result = await pos('bills.post', { ...party, ...buyer, ...lines.input, payments: paid.payments, draft_key: draftKey })
    posting.current = false
    setBusy(false)
    if (!result.ok) {
      // Field errors show beside their fields; the summary only points at them. A CONFLICT (the
      // salon's particulars missing, a customer deleted) names fields of other screens: its words say it all.
      const beside = result.error.code === 'VALIDATION' ? result.error.fields : undefined
      setPostErrors(beside ?? NO_ERRORS)
      setPostError(beside ? 'Please check the highlighted fields.' : result.error.message)
      return
    }
    draft.forget()
    notify({ tone: 'success', message: `Bill ${result.value.invoice_number} posted.` })
    navigate(`/bills/${result.value.id}?posted=1`, { replace: true })
  }

  const coreFields = { ...(preview.current ? (preview.error?.fields ?? {}) : {}), ...postErrors }
  const coreItemErrors = lines.ok ? itemErrorsFromCore(coreFields, lines.keys) : NO_ROW_ERRORS
  const itemProblems = lines.ok ? NO_ROW_ERRORS : showProblems ? lines.itemProblems : asTyped(lines.itemProblems, items)
  const discountError = (!lines.ok ? lines.discountProblem : undefined) ?? coreFields.discount
  const noItems = !lines.ok && lines.itemProblems.size === 0 && !lines.discountProblem
  const paymentProblems = !paid.ok ? (showProblems || !unpriceable ? paid.problems : asTypedPayments(paid.problems, shownPayments)) : showProblems && priced && paid.sum !== priced.rounded_total && shownPayments[0] ? new Map([[shownPayments[0].key, paid.sum < priced.rounded_total ? 'The payments do not add up to the total yet.' : 'The payments add up to more than the total.']]) : NO_PAYMENT_PROBLEMS

  return (
    <div className="page page-bill">
      <PageHeader
        back={customer ? { href: `#/customers/${customer.id}`, label: customer.full_name } : { href: '#/counter', label: 'Counter' }}
        title={customer ? `Bill for ${customer.full_name}` : 'New bill'}
        subtitle={settings.gst_kind === 'regular' ? `GST ${settings.gst_rate_bp / 100}% · CGST and SGST shown as the bill is built` : settings.gst_kind === 'composition' ? 'Composition scheme: bills of supply, no GST collected' : 'Not registered under GST: plain receipts, no GST'}
        actions={
          started ? (
            <Button variant="ghost" onClick={() => setDiscarding(true)} icon={<Icon name="trash" size={16} />}>
              Discard bill
            </Button>
          ) : null
        }
      />
      {restoredAt !== null ? (
        <DraftNotice
          what="the bill you were building"
          at={restoredAt}
          actions={
            <Button size="sm" onClick={() => setDiscarding(true)}>
              Discard and start over
            </Button>
          }
        />
      ) : null}
      <form ref={formRef} className="bill-grid" onSubmit={post} onKeyDown={enterMovesOn} noValidate>
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
                <TextField label="Name on the bill" value={guestName} onChange={(event) => setGuestName(event.target.value)} error={coreFields.customer_name ?? (showProblems && !guestName.trim() ? 'Enter a name for the bill.' : undefined)} autoComplete="off" hint="A walk-in who is not a registered customer." />
                <TextField label="Phone (optional)" type="tel" value={guestPhone} onChange={(event) => setGuestPhone(event.target.value)} error={coreFields.customer_phone} autoComplete="off" />
              </div>
            )}
            <details className="buyer-details" open={Boolean(buyerGstin || buyerAddress || buyerState || coreFields.buyer_gstin || coreFields.buyer_address || coreFields.buyer_state_code)}>
              <summary>GSTIN and address on the invoice</summary>
              <p className="muted small">For a business customer who asks, and needed for a bill of ₹50,000 or more.</p>
              <div className="grid-2">
                <TextField label="Customer’s GSTIN" value={buyerGstin} onChange={(event) => setBuyerGstin(event.target.value)} error={coreFields.buyer_gstin} autoComplete="off" spellCheck={false} />
                <SelectField label="Customer’s state" value={buyerState} onChange={(event) => setBuyerState(event.target.value)} error={coreFields.buyer_state_code} hint="From the GSTIN when left empty.">
                  <StateOptions none="—" />
                </SelectField>
              </div>
              <TextAreaField label="Customer’s address" rows={2} value={buyerAddress} onChange={(event) => setBuyerAddress(event.target.value)} error={coreFields.buyer_address} />
            </details>
          </Panel>
          <Panel title="Items">
            <ItemsEditor items={items} onChange={setItems} problems={itemProblems} coreErrors={coreItemErrors} menu={menu.status === 'ok' ? menu.value : NO_MENU} stylists={stylists.status === 'ok' ? stylists.value : NO_STYLISTS} defaultStylistId={stylistDefault} />
            {showProblems && noItems ? <div className="field-error">Add at least one item with a price.</div> : null}
          </Panel>
        </div>
        <div className="bill-side">
          <Panel title="Total" className="sticky-panel">
            <TextField
              label="Discount"
              value={discount}
              onChange={(event) => setDiscount(event.target.value)}
              error={discountError}
              placeholder="₹ or %"
              autoComplete="off"
              hint={lines.ok && lines.discountPercent !== null ? `${formatPercent(lines.discountPercent)} of the subtotal: ${formatPaise(lines.input.discount ?? 0)}` : 'Rupees, like 100, or a percentage, like 10%'}
            />
            <div className="totals-wrap" aria-live="polite" aria-busy={lines.ok && !preview.current}>
              {priced ? <BillTotals figures={priced} /> : <p className="muted totals-placeholder">{lines.ok ? 'Working out the total…' : noItems ? 'Add an item and its price to see the total.' : lines.discountProblem ? 'Fix the discount to see the total.' : 'Fix the highlighted item to see the total.'}</p>}
              {preview.current && preview.error && !preview.error.fields ? <div className="field-error">{preview.error.message}</div> : null}
            </div>
            <PaymentsEditor
              payments={shownPayments}
              onChange={(next) => {
                setPaymentEdited(true)
                setPayments(next)
              }}
              due={due}
              paid={paid.ok ? paid.sum : null}
              problems={paymentProblems}
            />
            <FormError message={postError} />
            <Button type="submit" variant="primary" size="lg" className="btn-block" busy={busy} disabled={!ready} shortcut="Ctrl+Enter">
              Post bill
            </Button>
          </Panel>
        </div>
      </form>
      {discarding ? (
        <Dialog title="Discard this bill?" description="The items, discount and payments typed here will be thrown away. Nothing has been posted." onClose={() => setDiscarding(false)}>
          <div className="dialog-actions">
            <Button onClick={() => setDiscarding(false)}>Keep the bill</Button>
            <Button variant="danger" onClick={() => void discard()}>
              Discard
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  )
}

const formatPercent = (basisPoints: number) => `${(basisPoints / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`

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

const NO_ROW_ERRORS = new Map<number, ItemProblems>()
const NO_MENU: MenuItem[] = []
const NO_STYLISTS: StylistOption[] = []
const NO_PAYMENT_PROBLEMS = new Map<number, string>()

/**
 * Before the first post attempt, errors show on the rows being typed: a price or quantity as
 * soon as it cannot be read, a missing name once the row has a price.
 */
function asTyped(problems: Map<number, ItemProblems>, items: ItemDraft[]) {
  const shown = new Map<number, ItemProblems>()
  for (const item of items) {
    const problem = problems.get(item.key)
    if (!problem) continue
    const visible: ItemProblems = { ...problem }
    if (item.price.trim() === '') {
      delete visible.price
      if (problem.name === 'Name the item.') delete visible.name
    }
    if (Object.keys(visible).length > 0) shown.set(item.key, visible)
  }
  return shown
}

/** A payment amount left empty (the bill is not priced yet) is not an error until posting; one typed wrong is. */
function asTypedPayments(problems: Map<number, string>, payments: PaymentDraft[]) {
  return new Map([...problems].filter(([key]) => payments.find((payment) => payment.key === key)?.amount.trim() !== ''))
}
