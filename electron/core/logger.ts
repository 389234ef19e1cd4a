/** Where the core reports errors and warnings: never with PII (ids and counts only). */
export type Logger = { error(message: string, detail?: Record<string, unknown>): void; warn(message: string, detail?: Record<string, unknown>): void }
