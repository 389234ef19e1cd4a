// What the security methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type RecoveryStatus = { passphrase_set: boolean; set_at: string | null }
