/** A small set of line icons drawn here (no icon fonts or remote images). Decorative: aria-hidden. */

const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm9 16-4.2-4.2',
  userPlus: 'M15 19c0-2.8-2.7-5-6-5s-6 2.2-6 5M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm10-3v6m-3-3h6',
  receipt: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6m-6 4h6m-6 4h3',
  queue: 'M4 6h16M4 12h16M4 18h10',
  chart: 'M4 20V10m6 10V4m6 16v-7m4 7H3',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2-1.2L14.5 3h-5l-.4 2.6a7 7 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2 1.2l.4 2.6h5l.4-2.6a7 7 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
  lock: 'M6 11h12v9H6zm2 0V8a4 4 0 0 1 8 0v3',
  calendar: 'M4 6h16v14H4zm0 4h16M8 3v4m8-4v4',
  plus: 'M12 5v14M5 12h14',
  trash: 'M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13',
  edit: 'M4 20h4L19 9l-4-4L4 16zm9-13 4 4',
  refresh: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5',
  check: 'M5 12.5 10 17l9-10',
  play: 'M8 5v14l11-7z',
  back: 'M15 5l-7 7 7 7',
  cake: 'M4 20h16v-7H4zm0-4c2 1.5 4 1.5 5.3 0 1.4 1.5 4 1.5 5.4 0 1.3 1.5 3.3 1.5 5.3 0M12 13V9m0-5c-1 1-1 2 0 3 1-1 1-2 0-3z',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  alert: 'M12 3 2 20h20zm0 6v5m0 3v.5',
  home: 'M3 11 12 4l9 7M6 9.5V20h12V9.5',
  users: 'M16 19c0-2.5-2.2-4.5-5-4.5S6 16.5 6 19m5-7.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6 0a2.5 2.5 0 0 0 0-5m1 12.5c0-1.8-1-3.4-2.5-4',
  walkin: 'M13 4a1.5 1.5 0 1 0 0 .1M9 21l2-7 3 3v4m-3-7 1-5 4 3h3M12 9 8 11v3',
  rupee: 'M7 4h10M7 8h10M7 4c6 0 6 8 0 8h-.5L14 20',
  undo: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  x: 'M6 6l12 12M18 6 6 18',
  chevron: 'M6 9l6 6 6-6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
  shield: 'M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6z',
  till: 'M4 9h16v11H4zm0 5h16M10 17h4M7 9V5h10v4',
  database: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
} as const

export type IconName = keyof typeof PATHS

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  )
}
