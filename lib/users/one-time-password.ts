import 'server-only';
import { randomInt } from 'node:crypto';

// 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 115 bits.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function oneTimePassword(length = 20): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
