import { Empty } from '../components/StateView'

/** An address with no screen behind it, or, for staff, any address but the queue's. */
export function NotFound({ staff = false }: { staff?: boolean }) {
  return (
    <div className="page">
      {staff ? (
        <Empty title="Only the queue is open here">
          Your screen is the day's queue: tickets, first names and services. <a href="#/queue">Back to the queue</a>
        </Empty>
      ) : (
        <Empty title="There is no such screen">
          <a href="#/">Go to my home screen</a>
        </Empty>
      )}
    </div>
  )
}
