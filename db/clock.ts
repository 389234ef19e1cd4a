/** The clock every layer reads; tests inject their own so they control time without sleeping. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

/** UTC ISO-8601 with milliseconds: the only timestamp format stored, so strings sort as times. */
export const toStoredTime = (date: Date): string => date.toISOString()
