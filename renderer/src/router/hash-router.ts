import { useSyncExternalStore } from 'react'

/**
 * A tiny hash router: "#/customers/01H…?tab=x". The app is one document (the desktop shell
 * refuses any other navigation), so the hash is the whole address.
 */

export type Route = { path: string[]; query: URLSearchParams; href: string }

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const [pathname = '/', search = ''] = raw.split('?', 2)
  const path = pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  return { path, query: new URLSearchParams(search), href: raw }
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return parseHash(hash)
}

/** "#/customers/x" for links. */
export const href = (to: string) => `#${to.startsWith('/') ? to : `/${to}`}`

/**
 * Goes to `to`, adding a history entry (Back returns) unless `replace`. The route changes before
 * this returns, so the next key pressed lands on the new screen (a shortcut followed at once
 * by typing), not in a gap while the browser gets round to its hashchange.
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = href(to)
  if (!options.replace && window.location.hash === target) return
  if (options.replace) window.history.replaceState(null, '', target)
  else window.history.pushState(null, '', target)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}
