import { GST_STATE_OPTIONS } from './gst-states'

/** A state picker's options, "29 · Karnataka" by GST state code, after the one for no choice yet. */
export function StateOptions({ none }: { none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {GST_STATE_OPTIONS.map((state) => (
        <option key={state.code} value={state.code}>
          {state.code} · {state.name}
        </option>
      ))}
    </>
  )
}
