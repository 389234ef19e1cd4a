import { useEffect, useRef } from 'react'

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000

/**
 * Calls `onIdle` once nobody has touched the keyboard, mouse or screen for `minutes`.
 * Polls the clock rather than arming one long timer, so a sleeping laptop locks on wake.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const lastActivity = useRef(Date.now())
  const onIdleRef = useRef(onIdle)
  onIdleRef.current = onIdle

  useEffect(() => {
    lastActivity.current = Date.now()
    const touch = () => {
      lastActivity.current = Date.now()
    }
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true })
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) onIdleRef.current()
    }, CHECK_EVERY_MS)
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true })
      window.clearInterval(timer)
    }
  }, [minutes])
}
