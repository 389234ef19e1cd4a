import { Forbidden } from '../components/StateView'
import type { Route } from '../router/hash-router'
import { AdminScreen } from '../screens/admin/AdminScreen'
import { AnalyticsScreen } from '../screens/analytics/AnalyticsScreen'
import { StylistReportScreen } from '../screens/stylists/StylistReportScreen'
import { BookScreen } from '../screens/book/BookScreen'
import { RemindersScreen } from '../screens/book/RemindersScreen'
import { BillScreen } from '../screens/bill/BillScreen'
import { BillsDayScreen } from '../screens/bill/BillsDayScreen'
import { BillView } from '../screens/bill/BillView'
import { CounterScreen } from '../screens/counter/CounterScreen'
import { CustomerFormScreen } from '../screens/customer-form/CustomerFormScreen'
import { CustomerScreen } from '../screens/customer/CustomerScreen'
import { DayCloseReport } from '../screens/day-close/DayCloseReport'
import { DayCloseScreen } from '../screens/day-close/DayCloseScreen'
import { NotFound } from '../screens/NotFound'
import { InvoicePrintScreen } from '../screens/invoice/InvoicePrintScreen'
import { QueueScreen } from '../screens/queue/QueueScreen'
import { useMayCall, useSession } from './session-context'
import { worksTheCounter } from './navigation'

/**
 * The screen for an address. Screens that load data ask the core, which refuses a role that may
 * not see it (FORBIDDEN) and the screen says so. Forms that load nothing check the role here.
 */
export function Routes({ route, firstRun }: { route: Route; firstRun: boolean }) {
  const { user } = useSession()
  const [section, id, action] = route.path
  const may = useMayCall()

  // Staff have the queue and nothing else: any other address is the queue's own "not here" page,
  // never another screen's title, tabs and buttons around a refusal.
  if (!worksTheCounter(user.role)) return section === undefined || section === 'queue' ? <QueueScreen /> : <NotFound staff />

  switch (section) {
    case undefined:
      return <CounterScreen />
    case 'counter':
      return <CounterScreen />
    case 'customers':
      if (id === 'new') return may('customers.create') ? <CustomerFormScreen key="new" phone={route.query.get('phone') ?? ''} name={route.query.get('name') ?? ''} /> : <Forbidden />
      if (id && action === 'edit') return <CustomerFormScreen key={`edit-${id}`} id={id} />
      if (id) return <CustomerScreen key={id} id={id} />
      break
    case 'bills':
      if (id === 'new') return may('bills.post') ? <BillScreen key={route.query.get('visit') ?? route.query.get('customer') ?? 'anonymous'} customerId={route.query.get('customer')} visitId={route.query.get('visit')} /> : <Forbidden />
      if (id && action === 'print') return <InvoicePrintScreen key={id} id={id} paper={route.query.get('paper') === '80mm' ? '80mm' : 'a4'} />
      if (id) return <BillView key={id} id={id} justPosted={route.query.get('posted') === '1'} />
      return <BillsDayScreen date={route.query.get('date')} />
    case 'day-close':
      if (!may('days.close')) return <Forbidden />
      return id ? <DayCloseReport key={id} id={id} /> : <DayCloseScreen key={route.query.get('day') ?? 'today'} day={route.query.get('day')} />
    case 'queue':
      return <QueueScreen />
    case 'book':
      // The book is the counter's: staff see their queue (ticket and first name), never the book.
      if (!may('appointments.book')) return <Forbidden />
      if (id === 'reminders') return <RemindersScreen />
      return <BookScreen key={route.query.get('view') ?? 'day'} date={route.query.get('date')} view={route.query.get('view') === 'week' ? 'week' : 'day'} />
    case 'analytics':
      return id === 'stylists' ? <StylistReportScreen month={route.query.get('month')} /> : <AnalyticsScreen />
    case 'admin':
      return <AdminScreen tab={id ?? 'users'} welcome={firstRun} />
  }
  return <NotFound />
}
