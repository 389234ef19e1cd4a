import { useEffect, useState, type FormEvent } from 'react'
import type { Input, PrinterInfo } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Panel } from '../../components/bits'
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { useToast } from '../../components/toasts'
import { useSession } from '../../session/session-context'
import { StateOptions } from './StateOptions'

/** What every invoice says about the salon (CGST Rule 46), and where it prints. */
export function SalonDetailsPanel() {
  const { settings, setSettings } = useSession()
  const notify = useToast()
  const [legalName, setLegalName] = useState(settings.legal_name ?? '')
  const [address, setAddress] = useState(settings.address ?? '')
  const [stateCode, setStateCode] = useState(settings.state_code ?? '')
  const [gstin, setGstin] = useState(settings.gstin ?? '')
  const [phone, setPhone] = useState(settings.salon_phone ?? '')
  const [footer, setFooter] = useState(settings.invoice_footer ?? '')
  const [sac, setSac] = useState(settings.default_sac ?? '999721')
  const [printer, setPrinter] = useState(settings.printer_name ?? '')
  const [silent, setSilent] = useState(settings.silent_print ?? false)
  const [printers, setPrinters] = useState<PrinterInfo[] | null>(null)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    void pos('invoices.printers', {}).then((result) => {
      if (live && result.ok) setPrinters(result.value.printers)
    })
    return () => {
      live = false
    }
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input: Input<'settings.update'> = {
      legal_name: legalName,
      address,
      state_code: stateCode === '' ? null : (stateCode as NonNullable<Input<'settings.update'>['state_code']>),
      gstin: gstin.trim() === '' ? null : gstin,
      salon_phone: phone,
      invoice_footer: footer,
      default_sac: sac.trim(),
      printer_name: printer,
      silent_print: silent,
    }
    setBusy(true)
    const result = await pos('settings.update', input)
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    setErrors({})
    setSettings(result.value)
    setGstin(result.value.gstin ?? '')
    notify({ tone: 'success', message: 'Salon details saved.' })
  }

  return (
    <Panel title="Salon details on invoices" className="settings-panel">
      <form onSubmit={submit} noValidate className="stack settings-form" aria-label="Salon details on invoices">
        <FormError message={errors.form} />
        <TextField label="Legal name" value={legalName} onChange={(event) => setLegalName(event.target.value)} error={errors.legal_name} hint="As registered for GST. Empty: the salon name." />
        <TextAreaField label="Address" rows={2} value={address} onChange={(event) => setAddress(event.target.value)} error={errors.address} />
        <div className="grid-2">
          <SelectField label="State" value={stateCode} onChange={(event) => setStateCode(event.target.value)} error={errors.state_code} hint="The place of supply on every invoice.">
            <StateOptions none="Choose…" />
          </SelectField>
          <TextField label="GSTIN" value={gstin} onChange={(event) => setGstin(event.target.value)} error={errors.gstin} hint="15 characters; begins with the state code." autoCapitalize="characters" spellCheck={false} />
        </div>
        <div className="grid-2">
          <TextField label="Phone on invoices" value={phone} onChange={(event) => setPhone(event.target.value)} error={errors.salon_phone} />
          <TextField label="SAC for services" value={sac} onChange={(event) => setSac(event.target.value)} error={errors.default_sac} hint="999721: hairdressing and beauty services." inputMode="numeric" />
        </div>
        <TextField label="Footer text" value={footer} onChange={(event) => setFooter(event.target.value)} error={errors.invoice_footer} hint="Optional: printed at the foot of every invoice." />
        <div className="grid-2">
          {printers === null ? (
            <TextField label="Receipt printer" value={printer} onChange={(event) => setPrinter(event.target.value)} error={errors.printer_name} hint="The printer's system name; empty: the computer's default." />
          ) : (
            <SelectField label="Receipt printer" value={printer} onChange={(event) => setPrinter(event.target.value)} error={errors.printer_name}>
              <option value="">The computer’s default</option>
              {printers.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.display_name}
                </option>
              ))}
            </SelectField>
          )}
          <CheckboxField label="Print without asking" checked={silent} onChange={(event) => setSilent(event.target.checked)} hint="Bills print straight to this printer, with no print dialog." />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save salon details
          </Button>
        </div>
      </form>
    </Panel>
  )
}
