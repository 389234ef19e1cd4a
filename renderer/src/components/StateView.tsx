import type { ReactNode } from 'react'
import type { ApiError } from '../api/contract'
import type { PagedList } from '../api/use-paged-list'
import type { Query } from '../api/use-query'
import { Button, ButtonLink } from './Button'
import { Icon } from './Icon'

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  )
}

/** A refusal by the core: the screen says so and shows nothing else. */
export function Forbidden({ message }: { message?: string }) {
  return (
    <div className="state state-forbidden" role="alert">
      <Icon name="lock" size={28} />
      <h1 className="state-title">Not available for your role</h1>
      <p className="state-body">{message ?? 'Your role cannot open this screen.'} Ask the owner if you need it.</p>
      <ButtonLink href="#/">Go to my home screen</ButtonLink>
    </div>
  )
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.code === 'FORBIDDEN') return <Forbidden message={error.message} />
  return (
    <div className="state state-error" role="alert">
      <Icon name="alert" size={24} />
      <p className="state-title">{error.code === 'NOT_FOUND' ? 'Not found' : 'Something went wrong'}</p>
      <p className="state-body">{error.message}</p>
      {onRetry ? (
        <Button size="sm" onClick={onRetry} icon={<Icon name="refresh" size={16} />}>
          Try again
        </Button>
      ) : null}
    </div>
  )
}

/** Loading, error and empty states for a query; `children` renders the value. */
export function QueryView<T>({ query, isEmpty, empty, loadingLabel, children }: { query: Query<T>; isEmpty?: (value: T) => boolean; empty?: ReactNode; loadingLabel?: string; children: (value: T) => ReactNode }) {
  if (query.status === 'loading') return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />
  if (query.status === 'error') return <ErrorState error={query.error} onRetry={query.reload} />
  if (isEmpty?.(query.value)) return <>{empty}</>
  return <>{children(query.value)}</>
}

/** A screen that needs one record first: a spinner, then an error page with a retry, then `children`. */
export function QueryPage<T>({ query, loadingLabel, children }: { query: Query<T>; loadingLabel?: string; children: (value: T) => ReactNode }) {
  if (query.status === 'error')
    return (
      <div className="page">
        <ErrorState error={query.error} onRetry={query.reload} />
      </div>
    )
  return (
    <QueryView query={query} {...(loadingLabel ? { loadingLabel } : {})}>
      {children}
    </QueryView>
  )
}

/** Loading, error and empty states for a paged list until its first items arrive; `children` renders the items. */
export function PagedView<T>({ list, loadingLabel, empty, children }: { list: PagedList<T>; loadingLabel: string; empty: ReactNode; children: (items: T[]) => ReactNode }) {
  if (list.items.length > 0) return <>{children(list.items)}</>
  if (list.loading) return <Loading label={loadingLabel} />
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />
  return <>{empty}</>
}

/** The button under a paged table that appends the next page (absent on the last one). */
export function ShowMore<T>({ list, children }: { list: PagedList<T>; children: ReactNode }) {
  if (!list.next) return null
  return (
    <div className="table-more">
      <Button size="sm" busy={list.loading} onClick={list.loadMore}>
        {children}
      </Button>
    </div>
  )
}
