import { useState, type FormEvent } from 'react'
import type { Input } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Panel } from '../../components/bits'
import { SelectField, TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { useToast } from '../../components/toasts'
import { useSession } from '../../session/session-context'
import { GST_RATES } from '../setup/FirstRunScreen'
import { editableHours, OpeningHoursFields } from './OpeningHoursFields'
import { SalonDetailsPanel } from './SalonDetailsPanel'
import { GstKindPanel } from './GstKindPanel'
import { financialYearOf, INVOICE_PREFIX_MAX_LENGTH, invoicePrefixProblem, invoicePrefixWarning } from '../../../../vocabulary/invoice-series'

const ZONES = ['Asia/Kolkata', 'Asia/Dubai', 'Asia/Singapore', 'Asia/Kathmandu', 'Asia/Dhaka', 'Asia/Colombo', 'Europe/London', 'UTC']

/** The salon's settings; saved ones are shared with every screen at once. */
export function SettingsTab() {
  const { settings, setSettings } = useSession()
  const notify = useToast()
  const [salonName, setSalonName] = useState(settings.salon_name)
  const [gstRate, setGstRate] = useState(settings.gst_rate_bp)
  const [prefix, setPrefix] = useState(settings.invoice_prefix)
  const [idle, setIdle] = useState(String(settings.idle_lock_minutes))
  const [zone, setZone] = useState(settings.time_zone)
  const [keep, setKeep] = useState(String(settings.backup_keep))
  const [hours, setHours] = useState(() => editableHours(settings.opening_hours))
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)
  const rates = GST_RATES.some((rate) => rate.bp === gstRate) ? GST_RATES : [{ bp: gstRate, label: `${gstRate / 100}%` }, ...GST_RATES]
  const zones = ZONES.includes(zone) ? ZONES : [zone, ...ZONES]
  // A prefix saved before the series rule was enforced: posting goes on, the owner is told the fix.
  const prefixWarning = invoicePrefixWarning(settings.invoice_prefix, financialYearOf(new Date()))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const minutes = Number(idle)
    if (!Number.isInteger(minutes)) return setErrors({ idle_lock_minutes: 'Use whole minutes.' })
    const backups = Number(keep)
    if (!Number.isInteger(backups)) return setErrors({ backup_keep: 'Use a whole number.' })
    // The prefix goes only when changed: a salon whose old prefix is too long can still save the rest.
    const newPrefix = prefix.trim().toUpperCase()
    const prefixChanged = newPrefix !== settings.invoice_prefix
    const prefixProblem = prefixChanged ? invoicePrefixProblem(newPrefix, financialYearOf(new Date())) : null
    if (prefixProblem) return setErrors({ invoice_prefix: prefixProblem })
    const input: Input<'settings.update'> = { salon_name: salonName.trim(), gst_rate_bp: gstRate, ...(prefixChanged ? { invoice_prefix: newPrefix } : {}), idle_lock_minutes: minutes, time_zone: zone, backup_keep: backups, opening_hours: hours }
    setBusy(true)
    const result = await pos('settings.update', input)
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    setErrors({})
    setSettings(result.value)
    notify({ tone: 'success', message: 'Settings saved.' })
  }

  return (
    <div className="stack">
    <Panel title="Settings" className="settings-panel">
      <form onSubmit={submit} noValidate className="stack settings-form">
        <FormError message={errors.form} />
        {prefixWarning ? (
          <div className="alert alert-warning invoice-prefix-warning" role="status">
            <div className="alert-body">{prefixWarning}</div>
          </div>
        ) : null}
        <TextField label="Salon name" value={salonName} onChange={(event) => setSalonName(event.target.value)} error={errors.salon_name} hint="Printed on bills." />
        <div className="grid-2">
          <SelectField label="GST rate" value={gstRate} onChange={(event) => setGstRate(Number(event.target.value))} error={errors.gst_rate_bp} disabled={settings.gst_kind !== 'regular'} hint={settings.gst_kind === 'regular' ? undefined : 'Only a regular registration collects GST.'}>
            {rates.map((rate) => (
              <option key={rate.bp} value={rate.bp}>
                {rate.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Invoice prefix" value={prefix} onChange={(event) => setPrefix(event.target.value)} error={errors.invoice_prefix} hint={`1 to ${INVOICE_PREFIX_MAX_LENGTH} capital letters or digits, e.g. SAL: an invoice number has at most 16 characters (GST).`} />
        </div>
        <div className="grid-2">
          <TextField label="Lock after (minutes without use)" type="number" min={1} max={240} value={idle} onChange={(event) => setIdle(event.target.value)} error={errors.idle_lock_minutes} />
          <SelectField label="Time zone" value={zone} onChange={(event) => setZone(event.target.value)} error={errors.time_zone}>
            {zones.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid-2">
          <TextField label="Backups to keep" type="number" min={1} max={365} value={keep} onChange={(event) => setKeep(event.target.value)} error={errors.backup_keep} hint="Older ones are removed only after a new backup verifies." />
        </div>
        <OpeningHoursFields hours={hours} onChange={setHours} error={Object.entries(errors).find(([key]) => key.startsWith('opening_hours'))?.[1]} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save settings
          </Button>
        </div>
      </form>
    </Panel>
    <GstKindPanel />
    <SalonDetailsPanel />
    </div>
  )
}
