/** A refusal the user can act on, raised by mutations ("there must be one admin"). */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: 'CONFLICT' | 'NOT_FOUND' | 'INVALID' = 'CONFLICT',
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
