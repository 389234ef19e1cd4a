/**
 * Saves still on their way to the core (a note, a draft). Locking waits for them before it ends
 * the session, so what was typed a moment before Alt+L is written under the user who typed it.
 */
const pending = new Set<Promise<unknown>>()

export function trackSave<T>(save: Promise<T>): Promise<T> {
  pending.add(save)
  void save.finally(() => pending.delete(save))
  return save
}

/** Resolves once every save started so far has settled (failed ones too: they keep their text themselves). */
export async function whenSaved(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending])
}
