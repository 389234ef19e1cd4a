import { useState, type FormEvent } from 'react'
import type { Input, User } from '../../api/contract'
import { pos } from '../../api/pos'
import { BrandHeader } from '../../components/Brand'
import { Button } from '../../components/Button'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { StateOptions } from '../admin/StateOptions'
import { GstKindChoice } from './GstKindChoice'
import { FormError } from '../../components/Form'
import { RecoveryPassphraseForm } from '../security/RecoveryPassphraseForm'
import { RestoreBackupForm } from './RestoreBackupForm'
import { isPinShaped, PASSPHRASE_MIN_LENGTH, PIN_DIGITS, pinProblem, type GstKind } from '../../../../vocabulary'

type Secret = 'pin' | 'passphrase'
type Errors = Partial<Record<'salon_name' | 'name' | 'pin' | 'confirm' | 'form' | 'gst_kind' | 'legal_name' | 'address' | 'state_code' | 'gstin', string>>

export const GST_RATES = [
  { bp: 500, label: '5% (salon services, no input tax credit)' },
  { bp: 1800, label: '18% (with input tax credit)' },
  { bp: 1200, label: '12%' },
  { bp: 2800, label: '28%' },
]

/** First run: the owner's account and the salon's basics. Nothing else can happen before this. */
export function FirstRunScreen({ onDone, onRestored }: { onDone: (user: User) => void; onRestored: (notice: string) => void }) {
  const [restoring, setRestoring] = useState(false)
  // The owner exists: next, the recovery passphrase (or a plain word on what skipping it means).
  const [protecting, setProtecting] = useState<User | null>(null)
  if (protecting) return <ProtectStep onDone={() => onDone(protecting)} />
  if (restoring) {
    return (
      <main className="center-screen setup-screen">
        <div className="card setup-card">
          <BrandHeader subtitle="Moving to this computer" />
          <h1 className="setup-title">Restore your salon from a backup</h1>
          <p className="muted">Choose the backup from the old computer (for example on a USB drive) and enter the owner’s recovery passphrase. Everything comes back: customers, bills, the team.</p>
          <RestoreBackupForm needsPassphrase onRestored={() => onRestored('Your salon was restored from the backup.')} onCancel={() => setRestoring(false)} />
        </div>
      </main>
    )
  }
  return <NewSalonForm onDone={setProtecting} onRestore={() => setRestoring(true)} />
}

/**
 * Setup's last step: the recovery passphrase. Without it Parlour makes no backups, and the data
 * cannot be opened on another computer or after this one's key store is reset. It can be
 * skipped, and the owner's home screen says so until it is set.
 */
function ProtectStep({ onDone }: { onDone: () => void }) {
  return (
    <main className="center-screen setup-screen">
      <div className="card setup-card" aria-labelledby="protect-title">
        <BrandHeader subtitle="First-time setup · last step" />
        <h1 id="protect-title" className="setup-title">
          Protect your salon’s data
        </h1>
        <p>Choose a recovery passphrase: a short sentence only you know. With it, a backup opens on a new computer if this one breaks or is stolen.</p>
        <p className="muted">Write it down and keep it away from the salon. Parlour never shows it again, and nobody can recover it for you.</p>
        <RecoveryPassphraseForm
          autoFocus
          onSaved={onDone}
          extraActions={
            <Button variant="ghost" onClick={onDone}>
              Skip for now
            </Button>
          }
        />
        <p className="muted small">
          If you skip: Parlour makes no backups until a recovery passphrase is set, so a broken or stolen computer loses everything. You can set it any time in Admin → Recovery passphrase.
        </p>
      </div>
    </main>
  )
}

function NewSalonForm({ onDone, onRestore }: { onDone: (user: User) => void; onRestore: () => void }) {
  const [salonName, setSalonName] = useState('')
  const [name, setName] = useState('')
  const [secretKind, setSecretKind] = useState<Secret>('pin')
  const [secret, setSecret] = useState('')
  const [confirm, setConfirm] = useState('')
  const [gstKind, setGstKind] = useState<GstKind>('regular')
  const [gstRate, setGstRate] = useState(500)
  const [legalName, setLegalName] = useState('')
  const [address, setAddress] = useState('')
  const [stateCode, setStateCode] = useState('')
  const [gstin, setGstin] = useState('')
  const registered = gstKind !== 'unregistered'
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  // The owner exists once setupOwner succeeded; a failed settings save is retried alone.
  const [owner, setOwner] = useState<User | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: Errors = {}
    if (!salonName.trim()) found.salon_name = 'Enter the salon’s name.'
    // A registered salon's bills must name it (CGST Rules 46, 49): asked now, not at the first bill.
    if (registered) {
      if (!legalName.trim()) found.legal_name = 'Enter the legal name, as on your GST registration.'
      if (!address.trim()) found.address = 'Enter the salon’s address.'
      if (!stateCode) found.state_code = 'Choose the salon’s state.'
      if (!gstin.trim()) found.gstin = 'Enter your GSTIN (15 characters).'
    }
    if (!owner) {
      if (!name.trim()) found.name = 'Enter your name.'
      // The shape the owner chose first, in the words of that choice; then the core's own rule (vocabulary/pin-policy.ts).
      if (secretKind === 'pin' && !isPinShaped(secret)) found.pin = `Use ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits.`
      else if (secretKind === 'passphrase' && secret.length < PASSPHRASE_MIN_LENGTH) found.pin = `Use at least ${PASSPHRASE_MIN_LENGTH} characters.`
      else if (pinProblem(secret, 'owner')) found.pin = pinProblem(secret, 'owner')
      if (!found.pin && secret !== confirm) found.confirm = 'The two entries are not the same.'
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return

    setBusy(true)
    let user = owner
    if (!user) {
      const created = await pos('session.setupOwner', { name: name.trim(), pin: secret })
      if (!created.ok) {
        setBusy(false)
        setErrors({ name: created.error.fields?.name, pin: created.error.fields?.pin, form: created.error.fields ? undefined : created.error.message })
        return
      }
      user = created.value
      setOwner(user)
    }
    const particulars = registered
      ? { legal_name: legalName, address, state_code: stateCode as NonNullable<Input<'settings.update'>['state_code']>, gstin }
      : {}
    const saved = await pos('settings.update', { salon_name: salonName.trim(), gst_kind: gstKind, ...(gstKind === 'regular' ? { gst_rate_bp: gstRate } : {}), ...particulars })
    setBusy(false)
    if (!saved.ok) {
      const fields = saved.error.fields ?? {}
      setErrors({
        salon_name: fields.salon_name,
        legal_name: fields.legal_name,
        address: fields.address,
        state_code: fields.state_code,
        gstin: fields.gstin,
        form: `Your account is ready, but the salon details were not saved: ${saved.error.message}`,
      })
      return
    }
    onDone(user)
  }

  return (
    <main className="center-screen setup-screen">
      <form className="card setup-card" onSubmit={submit} noValidate aria-labelledby="setup-title">
        <BrandHeader subtitle="First-time setup" />
        <h1 id="setup-title" className="setup-title">
          Welcome. Let’s set up your salon.
        </h1>
        <p className="muted">This takes a minute. Everything stays on this computer; no internet is needed.</p>
        <FormError message={errors.form} />

        <fieldset className="fieldset">
          <legend>Your salon</legend>
          <TextField label="Salon name" autoFocus value={salonName} onChange={(event) => setSalonName(event.target.value)} error={errors.salon_name} placeholder="e.g. Glow Studio, Indiranagar" />
        </fieldset>

        <fieldset className="fieldset">
          <legend>GST</legend>
          <GstKindChoice value={gstKind} onChange={setGstKind} />
          {gstKind === 'regular' ? (
            <SelectField label="GST rate on services" value={gstRate} onChange={(event) => setGstRate(Number(event.target.value))}>
              {GST_RATES.map((rate) => (
                <option key={rate.bp} value={rate.bp}>
                  {rate.label}
                </option>
              ))}
            </SelectField>
          ) : null}
          {registered ? (
            <>
              <p className="muted small">Every bill names these (CGST Rules 46 and 49). You can change them later in Admin → Settings.</p>
              <TextField label="Legal name" value={legalName} onChange={(event) => setLegalName(event.target.value)} error={errors.legal_name} hint="As on your GST registration certificate." />
              <TextAreaField label="Address" rows={2} value={address} onChange={(event) => setAddress(event.target.value)} error={errors.address} />
              <div className="grid-2">
                <SelectField label="State" value={stateCode} onChange={(event) => setStateCode(event.target.value)} error={errors.state_code}>
                  <StateOptions none="Choose…" />
                </SelectField>
                <TextField label="GSTIN" value={gstin} onChange={(event) => setGstin(event.target.value)} error={errors.gstin} hint="15 characters; begins with the state code." autoCapitalize="characters" spellCheck={false} />
              </div>
            </>
          ) : (
            <p className="muted small">No GST particulars needed: bills are plain receipts. If you register later, change this in Admin → Settings from the day it applies.</p>
          )}
        </fieldset>

        <fieldset className="fieldset" disabled={owner !== null}>
          <legend>You, the owner</legend>
          <TextField label="Your name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} autoComplete="name" />
          <div className="segmented" role="radiogroup" aria-label="Sign in with">
            {(['pin', 'passphrase'] as const).map((kind) => (
              <label key={kind} className={`segment ${secretKind === kind ? 'is-selected' : ''}`}>
                <input type="radio" name="secret-kind" value={kind} checked={secretKind === kind} onChange={() => setSecretKind(kind)} />
                {kind === 'pin' ? `A PIN (${PIN_DIGITS.min}–${PIN_DIGITS.max} digits)` : `A passphrase (${PASSPHRASE_MIN_LENGTH}+ characters)`}
              </label>
            ))}
          </div>
          <div className="grid-2">
            <TextField label={secretKind === 'pin' ? 'PIN' : 'Passphrase'} type="password" inputMode={secretKind === 'pin' ? 'numeric' : 'text'} autoComplete="new-password" value={secret} onChange={(event) => setSecret(event.target.value)} error={errors.pin} />
            <TextField label={secretKind === 'pin' ? 'PIN again' : 'Passphrase again'} type="password" inputMode={secretKind === 'pin' ? 'numeric' : 'text'} autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
          </div>
          {owner ? <p className="muted small">Your owner account is ready.</p> : null}
        </fieldset>

        <div className="form-actions setup-actions">
          {owner ? null : (
            <Button variant="ghost" onClick={onRestore}>
              Moving from another computer? Restore a backup
            </Button>
          )}
          <Button type="submit" variant="primary" size="lg" busy={busy}>
            {owner ? 'Save salon details' : 'Create owner and continue'}
          </Button>
        </div>
      </form>
    </main>
  )
}
