import { describe, expect, it } from 'vitest'
import { randomKey } from '../../test/helpers/temp'
import { createVault, VaultIntegrityError } from './vault'

describe('PII vault', () => {
  it('round-trips a value bound to its table, column and row', async () => {
    const vault = await createVault(randomKey())
    const sealed = vault.encrypt('customers', 'phone', 'ROW1', '+919876543210')
    expect(Buffer.from(sealed).includes(Buffer.from('9876543210'))).toBe(false)
    expect(vault.decrypt('customers', 'phone', 'ROW1', sealed)).toBe('+919876543210')
  })

  it('reports a tampered ciphertext instead of returning data', async () => {
    const vault = await createVault(randomKey())
    const sealed = vault.encrypt('customers', 'email', 'ROW1', 'priya@example.com')
    for (const index of [0, 5, sealed.length - 1, 30]) {
      const tampered = Uint8Array.from(sealed)
      tampered[index] = (tampered[index] ?? 0) ^ 0x01
      expect(vault.tryDecrypt('customers', 'email', 'ROW1', tampered)).toEqual({ ok: false })
      expect(() => vault.decrypt('customers', 'email', 'ROW1', tampered)).toThrow(VaultIntegrityError)
    }
    expect(vault.tryDecrypt('customers', 'email', 'ROW1', sealed.subarray(0, 20))).toEqual({ ok: false })
  })

  it('refuses a ciphertext moved to another row or column', async () => {
    const vault = await createVault(randomKey())
    const sealed = vault.encrypt('customers', 'phone', 'ROW1', '+919876543210')
    expect(vault.tryDecrypt('customers', 'phone', 'ROW2', sealed).ok).toBe(false)
    expect(vault.tryDecrypt('customers', 'email', 'ROW1', sealed).ok).toBe(false)
    expect(vault.tryDecrypt('bills', 'phone', 'ROW1', sealed).ok).toBe(false)
  })

  it('refuses a wrong key, and the error names the place but not the value', async () => {
    const sealed = (await createVault(randomKey())).encrypt('customers', 'phone', 'ROW1', '+919876543210')
    const other = await createVault(randomKey())
    let caught: unknown
    try {
      other.decrypt('customers', 'phone', 'ROW1', sealed)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(VaultIntegrityError)
    expect((caught as Error).message).toContain('customers.phone')
    expect((caught as Error).message).not.toContain('9876543210')
  })

  it('gives 10,000 distinct ciphertexts but one blind index for one phone', async () => {
    const vault = await createVault(randomKey())
    const ciphertexts = new Set<string>()
    const indexes = new Set<string>()
    for (let i = 0; i < 10_000; i++) {
      ciphertexts.add(Buffer.from(vault.encrypt('customers', 'phone', 'ROW1', '+919876543210')).toString('hex'))
      indexes.add(Buffer.from(vault.phoneIndex('+919876543210')).toString('hex'))
    }
    expect(ciphertexts.size).toBe(10_000)
    expect(indexes.size).toBe(1)
  })

  it('keys blind indexes: another key, another index; another number, another index', async () => {
    const a = await createVault(randomKey())
    const b = await createVault(randomKey())
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
    expect(hex(a.phoneIndex('+919876543210'))).not.toBe(hex(b.phoneIndex('+919876543210')))
    expect(hex(a.phoneIndex('+919876543210'))).not.toBe(hex(a.phoneIndex('+919876543211')))
    expect(hex(a.phoneLast4Index('3210'))).not.toBe(hex(a.phoneIndex('3210')))
  })

  it('refuses a key of the wrong size', async () => {
    await expect(createVault(new Uint8Array(16))).rejects.toThrow(/32 bytes/)
  })
})
