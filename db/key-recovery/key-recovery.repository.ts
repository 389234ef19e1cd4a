import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { RecoveryWrap } from './key-recovery'

export type KeyRecoveryRepository = ReturnType<typeof createKeyRecoveryRepository>

export function createKeyRecoveryRepository({ db, writer }: { db: Db; writer: Writer }) {
  const { kysely, sync } = db
  return {
    get(): RecoveryWrap | undefined {
      return sync.get(kysely.selectFrom('key_recovery').select(['kdf', 'ops_limit', 'mem_limit', 'salt', 'nonce', 'wrapped_key', 'set_at']).where('id', '=', 1))
    },
    set(wrap: RecoveryWrap): void {
      writer.unsynced.run(
        writer.unsynced.kysely
          .insertInto('key_recovery')
          .values({ id: 1, ...wrap })
          .onConflict((oc) => oc.column('id').doUpdateSet({ ...wrap })),
      )
    },
  }
}
