import { z } from 'zod';

// Words typed into a list's filter and sent in its address (?q=…): whatever arrives, the page
// answers. Control characters go (PostgreSQL refuses a NUL in text, which answered 500 to
// ?q=%00), the rest is trimmed and cut to `max` characters; anything that is not one string
// means "no filter".
const CONTROL = /[\u0000-\u001F\u007F]/g;

export const queryText = (max = 200) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL, ' ').trim().slice(0, max))
    .catch('')
    .default('');
