// What the app methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/**
 * Whether the data can be opened at all: in every state the core is in (the data key may need the
 * owner's recovery passphrase, the database may be damaged).
 */
export type AppStatus =
  | { state: 'ready' }
  /** The OS key store cannot protect the key (unavailable, Linux basic_text, or its backend changed): the owner's recovery passphrase opens it. */
  | { state: 'passphrase-required'; reason: 'weak-key-store' | 'key-store-changed' | 'key-store-unavailable'; message: string }
  /** First run on a machine whose OS key store is weak: the owner sets a recovery passphrase that protects the new key. */
  | { state: 'passphrase-setup'; reason: 'weak-key-store' | 'key-store-unavailable'; message: string }
  /** The database cannot be opened (damaged, from a newer version): nothing was changed. */
  | { state: 'database-problem'; reason: 'corrupt' | 'newer-version' | 'not-a-database' | 'wrong-key' | 'unreadable'; message: string }
