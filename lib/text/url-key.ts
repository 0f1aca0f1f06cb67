// A value taken from an address (a slug, an id) before it reaches a query: addresses are
// typed by anyone, and PostgreSQL refuses some strings outright (a NUL byte is an error, not a
// miss). Anything that cannot name a record is "not found" without asking the database.
export const isUrlKey = (value: string) => value.length > 0 && value.length <= 200 && !/[\u0000-\u001f\u007f]/.test(value);
