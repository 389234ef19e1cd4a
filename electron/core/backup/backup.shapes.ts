import type { BackupReason } from '../../../vocabulary'

// What the backup methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A backup file and what its check found. */
export type BackupInfo = {
  file: string
  created_at: string
  size_bytes: number
  verified: boolean
  reason: BackupReason
  customers: number
  bills: number
  /** Carries the data key wrapped by the recovery passphrase: restorable on a new PC. */
  has_recovery_key: boolean
}

export type BackupStatus = { running: boolean; progress: number; folder: string; last: BackupInfo | null; passphrase_set: boolean }

export type RestoreResult = { restored_from: string; kept_aside: string | null; customers: number; bills: number; re_erased: number }
