import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { Kbd } from './Kbd'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger'
  size?: 'md' | 'sm' | 'lg'
  /** The keyboard shortcut, shown on the button ("Alt+N"). */
  shortcut?: string
  busy?: boolean
  icon?: ReactNode
}

export function Button({ variant = 'secondary', size = 'md', shortcut, busy = false, icon, className, children, disabled, type = 'button', ...rest }: Props) {
  const classes = ['btn', `btn-${variant}`, `btn-${size}`, busy ? 'is-busy' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} aria-keyshortcuts={shortcut} {...rest}>
      {icon ? <span className="btn-icon" aria-hidden="true">{icon}</span> : null}
      <span>{children}</span>
      {shortcut ? <Kbd>{shortcut}</Kbd> : null}
    </button>
  )
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ href, variant = 'secondary', size = 'md', shortcut, icon, children, className }: { href: string; variant?: Props['variant']; size?: Props['size']; shortcut?: string; icon?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <a href={href} className={['btn', `btn-${variant}`, `btn-${size}`, className ?? ''].filter(Boolean).join(' ')} aria-keyshortcuts={shortcut}>
      {icon ? <span className="btn-icon" aria-hidden="true">{icon}</span> : null}
      <span>{children}</span>
      {shortcut ? <Kbd>{shortcut}</Kbd> : null}
    </a>
  )
}
