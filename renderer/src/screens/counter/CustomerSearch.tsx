import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { CustomerSummary } from '../../api/contract'
import { Button, ButtonLink } from '../../components/Button'
import { Avatar, Money } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Kbd } from '../../components/Kbd'
import { MaskedPhone } from '../../components/MaskedPhone'
import { ErrorState } from '../../components/StateView'
import { formatPhone } from '../../format/phone'
import { relativeDay } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useSalonToday } from '../../session/session-context'
import { useShortcut } from '../../session/shortcuts'
import { SEARCH_LIMIT, useCustomerSearch } from './use-customer-search'

/** The search box (focused on open) and its results, driven entirely from the keyboard. */
export function CustomerSearch() {
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const search = useCustomerSearch(text)
  const listId = useId()
  const hasQuery = text.trim().length > 0
  const results = search.results
  const nothingFound = hasQuery && !search.pending && results.length === 0 && !search.error
  // Only a whole mobile the core accepts is offered for a new customer (one phone rule, in the core).
  const reading = search.reading
  const phoneToCreate = nothingFound && reading?.phone ? formatPhone(reading.phone) : null
  // A name that found nobody: Enter, Alt+N and the button all open the form with it filled in.
  const nameToCreate = nothingFound && reading?.kind === 'name' && /^[\p{L} .'-]+$/u.test(search.query) ? search.query : null
  const newCustomerHref = `/customers/new${nameToCreate ? `?name=${encodeURIComponent(nameToCreate)}` : ''}`

  useEffect(() => setActive(0), [search.query])
  useEffect(() => {
    enterWhenAnswered.current = false // typing again cancels an Enter waiting for the old answer
  }, [text])
  useShortcut('Alt+S', () => input.current?.focus())
  useShortcut('Alt+N', () => navigate(newCustomerHref))
  useShortcut('Escape', () => {
    setText('')
    input.current?.focus()
  }, hasQuery)

  const open = (customer: CustomerSummary) => navigate(`/customers/${customer.id}`)
  const createWithPhone = (phone: string) => navigate(`/customers/new?phone=${encodeURIComponent(phone)}`)

  /** What Enter does with the answer on screen: open the chosen customer, or start a new one. */
  function enter(): void {
    const chosen = results[active]
    if (chosen) open(chosen)
    else if (phoneToCreate) createWithPhone(phoneToCreate)
    else if (nameToCreate) navigate(newCustomerHref)
  }
  // Enter pressed before the answer to what was typed arrived (a fast typist, a pasted number):
  // it acts on that answer when it comes, instead of being lost.
  const enterWhenAnswered = useRef(false)
  useEffect(() => {
    if (!enterWhenAnswered.current || search.pending) return
    enterWhenAnswered.current = false
    enter()
  })

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault()
      setActive((index) => Math.min(index + 1, results.length - 1))
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (search.pending && hasQuery) enterWhenAnswered.current = true
      else enter()
    }
  }

  const activeId = results[active] ? `${listId}-${results[active].id}` : undefined
  const expanded = hasQuery && results.length > 0

  return (
    <section className="panel search-panel" aria-labelledby={`${listId}-label`}>
      <div className="search-box" role="search">
        <label id={`${listId}-label`} htmlFor={`${listId}-input`} className="search-label">
          Find a customer
        </label>
        <div className="search-input-wrap">
          <Icon name="search" size={22} />
          <input
            id={`${listId}-input`}
            ref={input}
            className="search-input"
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder="Name, phone number or last 4 digits"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded ? activeId : undefined}
            aria-keyshortcuts="Alt+S"
          />
          {search.pending && hasQuery ? <span className="spinner spinner-sm" aria-hidden="true" /> : null}
        </div>
        <div className="search-hints" aria-hidden="true">
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> move
          </span>
          <span>
            <Kbd>Enter</Kbd> open
          </span>
          <span>
            <Kbd>Esc</Kbd> clear
          </span>
          <span>
            <Kbd>Alt+N</Kbd> new customer
          </span>
        </div>
      </div>

      <div className="search-results" aria-busy={search.pending} data-query={search.query}>
        <ul id={listId} role="listbox" aria-label="Matching customers" className="result-list" hidden={!expanded}>
          {results.map((customer, index) => (
            <ResultRow key={customer.id} id={`${listId}-${customer.id}`} customer={customer} active={index === active} onOpen={() => open(customer)} onHover={() => setActive(index)} />
          ))}
        </ul>
        {!hasQuery ? <SearchTips /> : null}
        {hasQuery && search.error && !search.pending ? search.error.code === 'RATE_LIMITED' ? <SearchPaused message={search.error.message} /> : <ErrorState error={search.error} /> : null}
        {hasQuery && !search.pending && !search.error && results.length === 0 ? (
          <div className="search-empty" role="status">
            <p className="state-title">{reading ? `No customer matches ${reading.understood}.` : `No customer matches “${search.query}”.`}</p>
            {reading?.hint ? <p className="search-hint">{reading.hint}</p> : null}
            {phoneToCreate ? (
              <Button variant="primary" onClick={() => createWithPhone(phoneToCreate)} shortcut="Enter" icon={<Icon name="userPlus" size={16} />}>
                Create a customer with {phoneToCreate}
              </Button>
            ) : (
              <ButtonLink href={`#${newCustomerHref}`} variant={nameToCreate ? 'primary' : 'secondary'} shortcut={nameToCreate ? 'Enter' : 'Alt+N'} icon={<Icon name="userPlus" size={16} />}>
                New customer
              </ButtonLink>
            )}
          </div>
        ) : null}
        {results.length === SEARCH_LIMIT ? <p className="muted small search-more">{`Showing the first ${SEARCH_LIMIT}. Type more of the name or phone to narrow it down.`}</p> : null}
      </div>
    </section>
  )
}

function ResultRow({ id, customer, active, onOpen, onHover }: { id: string; customer: CustomerSummary; active: boolean; onOpen: () => void; onHover: () => void }) {
  const today = useSalonToday()
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [active])
  return (
    <li ref={ref} id={id} role="option" aria-selected={active} className={`result ${active ? 'is-active' : ''}`} onClick={onOpen} onMouseMove={onHover}>
      <Avatar name={customer.full_name} />
      <div className="result-main">
        <div className="result-name">{customer.full_name}</div>
        <div className="result-phone">{customer.phone_masked ? <MaskedPhone masked={customer.phone_masked} /> : 'Phone unreadable'}</div>
      </div>
      <div className="result-stats">
        <div>
          <Money paise={customer.total_spent} />
        </div>
        <div className="muted small">
          {customer.total_visits === 0 ? 'No visits yet' : `${customer.total_visits} ${customer.total_visits === 1 ? 'visit' : 'visits'} · ${relativeDay(customer.last_visit_at, today)}`}
        </div>
      </div>
    </li>
  )
}

/** Searches far faster than anyone types were paused by the core: said calmly, as a wait, not a failure. */
function SearchPaused({ message }: { message: string }) {
  return (
    <div className="state search-paused" role="status">
      <p className="state-title">Too many searches, too fast</p>
      <p className="state-body">{message}</p>
    </div>
  )
}

function SearchTips() {
  return (
    <div className="search-tips">
      <p className="state-title">Start typing to find a customer</p>
      <ul className="tips">
        <li>
          A name: <span className="example">priya</span>, <span className="example">sharma</span>
        </li>
        <li>
          A phone in any format: <span className="example">98450 12345</span>, <span className="example">+91-98450-12345</span>
        </li>
        <li>
          The last 4 digits of a phone: <span className="example">2345</span>
        </li>
      </ul>
    </div>
  )
}
