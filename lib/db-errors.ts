// Recognises "the database cannot be reached" among the errors a query can throw (refused or
// dropped connections, a server shutting down, a disk too full to write: 53100), so callers can
// say so, and the editor keep the edit and retry, instead of failing hard.
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'P1001', 'P1017', '57P01', '57P02', '57P03', '08006', '08001', '53100']);
const MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|Can't reach database|server closed the connection|terminating connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && CODES.has(code)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
