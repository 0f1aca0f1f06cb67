// Tests import server modules directly; `server-only` would refuse outside React's server build.
export {};
