/** Shown from this share of the limit on: quiet until the count matters. */
const NEAR = 0.9

const grouped = (n: number) => n.toLocaleString('en-IN')

/** "Notes can hold 5,000 characters; this is 5,312. Remove 312 to save." */
export function overLimitMessage(what: string, length: number, limit: number): string {
  return `${what} can hold ${grouped(limit)} characters; this is ${grouped(length)}. Remove ${grouped(length - limit)} to save.`
}

/**
 * "4,812 / 5,000" near a text limit, in the danger colour past it: the box never cuts what was
 * typed or pasted, the count says how much is too much. Renders an empty placeholder (keeping
 * its id for aria-describedby) until the text nears the limit.
 */
export function CharCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const shown = length >= limit * NEAR
  return (
    <span id={id} className={`char-count ${length > limit ? 'is-over' : ''}`} aria-live="polite">
      {shown ? `${grouped(length)} / ${grouped(limit)}` : ''}
    </span>
  )
}
