import type { Settings } from '../../api/contract'

export type DayHours = [string, string] | null
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const editableHours = (hours: Settings['opening_hours']): DayHours[] => hours.map((day) => (day ? [day[0], day[1]] : null))

/** The salon's opening hours, Monday first: open or closed, and from when to when. Bookings outside them are warned. */
export function OpeningHoursFields({ hours, onChange, error }: { hours: DayHours[]; onChange: (hours: DayHours[]) => void; error?: string | undefined }) {
  const set = (index: number, day: DayHours) => onChange(hours.map((entry, at) => (at === index ? day : entry)))
  return (
    <fieldset className="opening-hours">
      <legend>Opening hours</legend>
      <p className="muted small">The appointment book shows these hours and warns before booking outside them.</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {DAYS.map((name, index) => {
        const day = hours[index] ?? null
        return (
          <div key={name} className="opening-hours-row">
            <label className="opening-hours-open">
              <input type="checkbox" checked={day !== null} onChange={(event) => set(index, event.target.checked ? ['10:00', '20:00'] : null)} />
              {name}
            </label>
            {day ? (
              <>
                <input className="input" type="time" step={900} aria-label={`${name} opens`} value={day[0]} onChange={(event) => set(index, [event.target.value, day[1]])} />
                <span aria-hidden="true">to</span>
                <input className="input" type="time" step={900} aria-label={`${name} closes`} value={day[1]} onChange={(event) => set(index, [day[0], event.target.value])} />
              </>
            ) : (
              <span className="muted">Closed</span>
            )}
          </div>
        )
      })}
    </fieldset>
  )
}
