import type { BackupManifest } from '../../../db/backup/backup'
import { formatInZone } from '../../../db/zoned-time'
import type { BackupInfo } from './backup.shapes'

/** A backup as the API shows it (`backup.list`, and the shell's recovery screen). */
export function backupInfo(manifest: BackupManifest, zone: string): BackupInfo {
  return {
    file: manifest.file,
    created_at: formatInZone(manifest.created_at, zone),
    size_bytes: manifest.size_bytes,
    verified: manifest.verified,
    reason: manifest.reason,
    customers: manifest.customers,
    bills: manifest.bills,
    has_recovery_key: manifest.has_recovery_key,
  }
}
