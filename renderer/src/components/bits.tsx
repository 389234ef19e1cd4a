import { useId, type ReactNode } from 'react'
import type { VisitStatus } from '../api/contract'
import { formatPaise } from '../format/money'
import { initials } from '../format/names'

export function Money({ paise, className }: { paise: number; className?: string }) {
  return <span className={['money', className ?? ''].filter(Boolean).join(' ')}>{formatPaise(paise)}</span>
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}

export function Avatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span className={`avatar avatar-${size}`} aria-hidden="true">
      {initials(name)}
    </span>
  )
}

const STATUS: Record<VisitStatus, { label: string; tone: 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info' }> = {
  scheduled: { label: 'Booked', tone: 'info' },
  checked_in: { label: 'Waiting', tone: 'warning' },
  in_progress: { label: 'In progress', tone: 'accent' },
  completed: { label: 'Done', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  no_show: { label: 'No-show', tone: 'danger' },
}

export function StatusChip({ status }: { status: VisitStatus }) {
  const { label, tone } = STATUS[status]
  return <Badge tone={tone}>{label}</Badge>
}

/**
 * A figure with its label, and a line under it when `detail` is given (an empty string keeps the
 * line's place). Visits and spend, a day's takings, a month's revenue.
 */
export function Stat({ label, value, detail, detailClassName, testId }: { label: string; value: ReactNode; detail?: ReactNode; detailClassName?: string | undefined; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {detail !== undefined ? <div className={detailClassName ? `stat-detail ${detailClassName}` : 'stat-detail'}>{detail}</div> : null}
    </div>
  )
}

export function PageHeader({ title, subtitle, actions, back }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; back?: { href: string; label: string } }) {
  return (
    <header className="page-header">
      <div className="page-title-block">
        {back ? (
          <a className="back-link" href={back.href}>
            ← {back.label}
          </a>
        ) : null}
        <h1 className="page-title">{title}</h1>
        {subtitle ? <div className="page-subtitle">{subtitle}</div> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  )
}

export function Panel({ title, actions, children, className, id }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; id?: string }) {
  const headingId = useId()
  return (
    <section className={['panel', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={title ? headingId : undefined} id={id}>
      {title ? (
        <div className="panel-header">
          <h2 className="panel-title" id={headingId}>
            {title}
          </h2>
          {actions ? <div className="panel-actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className="panel-body">{children}</div>
    </section>
  )
}
