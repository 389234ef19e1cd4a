import type { Input } from './contract'
import { pos } from './pos'

/**
 * The system's file dialog, through the desktop shell. Null when there is no dialog (the core
 * alone answers null) or it was cancelled: the screen then offers a typed path or the default.
 */
export async function pickPath(input: Input<'app.pickPath'>): Promise<string | null> {
  const result = await pos('app.pickPath', input)
  return result.ok ? result.value.path : null
}
