const running = new Map<string, Promise<unknown>>()

/**
 * Runs `login` after any login of the same user still in progress. The PIN check is
 * asynchronous (argon2id on a worker thread), so without this several attempts sent at once
 * would all pass the lockout check before the first wrong PIN was counted: many guesses where
 * the lockout allows one. Different users still log in side by side.
 */
export function oneLoginAtATime<T>(userId: string, login: () => Promise<T>): Promise<T> {
  const previous = running.get(userId) ?? Promise.resolve()
  const result = previous.then(login)
  const settled = result.then(
    () => undefined,
    () => undefined,
  )
  running.set(userId, settled)
  void settled.then(() => {
    if (running.get(userId) === settled) running.delete(userId)
  })
  return result
}
