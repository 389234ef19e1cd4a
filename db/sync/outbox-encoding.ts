/** A column's value as SQLite holds it. */
export type FieldValue = string | number | bigint | Uint8Array | null

type Encoded = string | number | null | { $bytes: string }

/**
 * An outbox entry's fields as JSON: bytes (ciphertexts, blind indexes) as base64 under `$bytes`,
 * so the entry replays to the same bytes. Keys sorted: one change always encodes the same way.
 */
export function encodeFields(fields: Readonly<Record<string, FieldValue>>): string {
  const encoded: Record<string, Encoded> = {}
  for (const column of Object.keys(fields).sort()) {
    const value = fields[column] ?? null
    encoded[column] = value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : typeof value === 'bigint' ? Number(value) : value
  }
  return JSON.stringify(encoded)
}

export function decodeFields(text: string): Record<string, FieldValue> {
  const parsed = JSON.parse(text) as Record<string, Encoded>
  const decoded: Record<string, FieldValue> = {}
  for (const [column, value] of Object.entries(parsed)) {
    decoded[column] = value !== null && typeof value === 'object' ? new Uint8Array(Buffer.from(value.$bytes, 'base64')) : value
  }
  return decoded
}

/** A row's key as the outbox names it: the id, or the key columns' values joined by `/`. */
export function rowKeyOf(values: readonly (string | number)[]): string {
  return values.map(String).join('/')
}
