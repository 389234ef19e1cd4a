import { changesByItself } from './store'
import { openCore, type Core, type PrinterPort } from '../../electron/core'
import type { Role } from '../../electron/core/contract'
import type { Logger } from '../../electron/core/context'
import { must } from './must'
import { manualClock, randomKey, tempDbPath } from './temp'

export { must }

/** argon2id at its minimum cost: real hashing, fast enough for hundreds of test logins. */
export const FAST_PIN_HASHING = { opsLimit: 1, memLimit: 8192 }

export const PINS = { owner: 'salon owner passphrase', receptionist: '482915', staff: '730641' } as const

export type TestLogger = Logger & { errors: { message: string; detail?: Record<string, unknown> }[] }
export function recordingLogger(): TestLogger {
  const errors: TestLogger['errors'] = []
  return {
    errors,
    error: (message, detail) => errors.push({ message, ...(detail ? { detail } : {}) }),
    warn: () => undefined,
  }
}

export async function openTestCore(options: { path?: string; key?: Uint8Array; start?: string; realPinCost?: boolean; printer?: PrinterPort } = {}) {
  const path = options.path ?? tempDbPath()
  const key = options.key ?? randomKey()
  const clock = manualClock(options.start)
  const logger = recordingLogger()
  const core = await openCore({
    databasePath: path,
    dataKey: key,
    now: clock,
    logger,
    ...(options.printer ? { printer: options.printer } : {}),
    ...(options.realPinCost ? {} : { pinHashParams: FAST_PIN_HASHING, recoveryKdfParams: FAST_PIN_HASHING }),
  })
  return { core: withTestStore(core), path, key, clock, logger }
}

/** The core, whose `store` (for tests that seed or inspect data directly) writes each call as a change of its own. */
function withTestStore(core: Core): Core {
  return new Proxy(core, {
    get: (target, property, receiver) => (property === 'store' ? changesByItself(target.store) : Reflect.get(target, property, receiver)),
  })
}


/**
 * The particulars a registered salon's documents must name (issue 18): a test salon is registered
 * (the default kind) and has them, so its bills post; tests of their absence clear them.
 */
export const TEST_PARTICULARS = {
  legal_name: 'My Salon',
  address: '12, 4th Cross, Indiranagar, Bengaluru 560038',
  state_code: '29',
  gstin: '29AAGCB7383J1Z4',
} as const

/** A set-up salon: an owner, a receptionist and a staff member, each logged in on their own window. */
export async function salonWithUsers(core: Core, options: { particulars?: boolean } = {}) {
  const owner = core.connect()
  const ownerUser = await must(owner, 'session.setupOwner', { name: 'Asha (Owner)', pin: PINS.owner })
  // Written as first run would, without an audit entry of its own (tests count entries).
  if (options.particulars !== false) changesByItself(core.store).settings.update(TEST_PARTICULARS)
  const reception = await must(owner, 'users.create', { name: 'Ravi', role: 'receptionist', pin: PINS.receptionist })
  const staffUser = await must(owner, 'users.create', { name: 'Sarah', role: 'staff', pin: PINS.staff })
  const receptionist = core.connect()
  await must(receptionist, 'session.login', { user_id: reception.id, pin: PINS.receptionist })
  const staff = core.connect()
  await must(staff, 'session.login', { user_id: staffUser.id, pin: PINS.staff })
  const anonymous = core.connect()
  const ids: Record<Role, string> = { owner: ownerUser.id, receptionist: reception.id, staff: staffUser.id }
  return { owner, receptionist, staff, anonymous, ids }
}
