import { randomInt } from 'node:crypto'

/**
 * The seed for a test's random choices: PARLOUR_SEED when it is set (to replay a failure), else
 * a fresh one. Printed either way, with the command that replays it.
 */
export function testSeed(testFile: string, replayEnv = ''): number {
  const given = process.env.PARLOUR_SEED || undefined
  const seed = given === undefined ? randomInt(2 ** 31) : Number(given)
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`PARLOUR_SEED must be a whole number, not ${JSON.stringify(given)}`)
  console.log(`${testFile}: seed ${seed}; replay with PARLOUR_SEED=${seed} ${replayEnv ? `${replayEnv} ` : ''}npx vitest run ${testFile}`)
  return seed
}

/** A PRNG (mulberry32) for [0, 1): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}
