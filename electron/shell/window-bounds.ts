import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** The smallest window the counter's screens are laid out for. */
export const MIN_WINDOW = { width: 1024, height: 640 } as const

export type WindowBounds = { x?: number; y?: number; width: number; height: number }
export type WindowState = WindowBounds & { maximized: boolean }
export type Rectangle = { x: number; y: number; width: number; height: number }

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false }

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000

/** The saved state, or null when the file is missing or not what we wrote. */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { x, y, width, height, maximized } = value as Record<string, unknown>
  if (!isInt(width) || !isInt(height) || !isInt(x) || !isInt(y)) return null
  return { x, y, width, height, maximized: maximized === true }
}

/**
 * Where the window should open: the saved size (never below the minimum, never beyond the
 * display), at the saved place only if its title bar area is on a display that still exists
 * (a monitor may have been unplugged since); otherwise centred by the OS.
 */
export function fitWindowState(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  if (!saved) return DEFAULT_WINDOW_STATE
  const area = workAreas.find((a) => saved.x !== undefined && saved.y !== undefined && overlaps({ x: saved.x, y: saved.y, width: saved.width, height: 48 }, a))
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0]
  const limit = area ?? largest
  const width = Math.max(MIN_WINDOW.width, limit ? Math.min(saved.width, limit.width) : saved.width)
  const height = Math.max(MIN_WINDOW.height, limit ? Math.min(saved.height, limit.height) : saved.height)
  return area ? { x: saved.x, y: saved.y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized }
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/** Written whole to a temp file and renamed over, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state))
  renameSync(temp, file)
}
