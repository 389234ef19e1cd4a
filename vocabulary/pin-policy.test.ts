import { describe, expect, it } from 'vitest'
import { isGuessable, isPassphraseShaped, isPinShaped, mayUsePassphrase, PIN_HINT, pinHint, pinProblem } from './pin-policy'

describe('the PIN policy', () => {
  it('takes 6 to 12 digits', () => {
    expect(isPinShaped('482915')).toBe(true)
    expect(isPinShaped('482915730164')).toBe(true)
    expect(isPinShaped('48291')).toBe(false)
    expect(isPinShaped('4829157301642')).toBe(false)
    expect(isPinShaped('48291a')).toBe(false)
  })

  it('refuses the PINs anyone tries first', () => {
    for (const pin of ['111111', '123456', '987654', '0123456789']) expect(isGuessable(pin)).toBe(true)
    for (const pin of ['482915', '112233', '135790']) expect(isGuessable(pin)).toBe(false)
    expect(pinProblem('123456', 'staff')).toBe('Choose a PIN that is not a repeated digit or a straight run like 123456.')
    expect(pinProblem('123456', 'owner')).toBe('Choose a PIN that is not a repeated digit or a straight run like 123456.')
  })

  it('lets only an owner use a passphrase of 8+ characters, typed without spaces around it', () => {
    expect(mayUsePassphrase('owner')).toBe(true)
    expect(mayUsePassphrase('receptionist')).toBe(false)
    expect(mayUsePassphrase('staff')).toBe(false)
    expect(isPassphraseShaped('blue salon door')).toBe(true)
    expect(isPassphraseShaped(' blue salon')).toBe(false)
    expect(isPassphraseShaped('short')).toBe(false)
    expect(pinProblem('blue salon door', 'owner')).toBeUndefined()
    expect(pinProblem('blue salon door', 'receptionist')).toBe('The PIN must be 6 to 12 digits.')
    expect(pinProblem('short', 'owner')).toBe('Use a PIN of 6 to 12 digits, or a passphrase of at least 8 characters.')
    expect(pinProblem('blue salon ', 'owner')).toBe('Use a PIN of 6 to 12 digits, or a passphrase of at least 8 characters.')
    expect(pinProblem('482915', 'staff')).toBeUndefined()
    expect(pinProblem('', 'staff')).toBe('The PIN must be 6 to 12 digits.')
  })

  it('describes itself for a field', () => {
    expect(PIN_HINT).toBe('6 to 12 digits')
    expect(pinHint('staff')).toBe('6 to 12 digits')
    expect(pinHint('owner')).toBe('6 to 12 digits, or a passphrase of 8+ characters')
  })
})
