/**
 * Wrong-PIN policy: the first 5 are free; from the 5th a growing wait (30 s, doubling) stops
 * guessing at speed; from the 10th the user is locked out for 15 minutes or until the owner
 * unlocks them. Counts are stored on the user row, so a restart resets nothing.
 */
export const FREE_ATTEMPTS = 5
export const LOCK_AFTER = 10
export const LOCK_MINUTES = 15
const FIRST_DELAY_SECONDS = 30

/** How long the user must wait after `failedAttempts` wrong PINs in a row, in milliseconds. */
export function waitAfterFailures(failedAttempts: number): number {
  if (failedAttempts >= LOCK_AFTER) return LOCK_MINUTES * 60_000
  if (failedAttempts >= FREE_ATTEMPTS) return FIRST_DELAY_SECONDS * 1000 * 2 ** (failedAttempts - FREE_ATTEMPTS)
  return 0
}

export function lockoutMessage(failedAttempts: number, waitMs: number): string {
  if (failedAttempts >= LOCK_AFTER) return `Locked for ${LOCK_MINUTES} minutes after ${LOCK_AFTER} wrong PINs. The owner can unlock you sooner.`
  const seconds = Math.ceil(waitMs / 1000)
  const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}` : `${seconds} seconds`
  return `Too many wrong PINs. Wait ${wait} and try again.`
}
