import { DomainError } from '../../db/errors'

/** A call refused because far more came than a person makes: the error carries how long to wait. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message)
  }
}
