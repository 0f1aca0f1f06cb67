import { describe, expect, it } from 'vitest';
import { affiliationPeriod } from './affiliation-period';

const words = { now: '至今', until: (date: string) => `至 ${date}` };

describe('affiliationPeriod', () => {
  it('reads without a question mark whatever is unknown', () => {
    expect(affiliationPeriod({ startedOn: '2019-01-01', endedOn: '2023-05-01' }, words)).toBe('2019-01-01 – 2023-05-01');
    expect(affiliationPeriod({ startedOn: '2019-01-01', endedOn: null }, words)).toBe('2019-01-01 – 至今');
    expect(affiliationPeriod({ startedOn: null, endedOn: '2023-05-01' }, words)).toBe('至 2023-05-01');
    expect(affiliationPeriod({ startedOn: null, endedOn: null }, words)).toBe('至今');
  });
});
