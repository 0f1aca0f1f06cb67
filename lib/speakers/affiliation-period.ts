// When a stint ran, as a speaker's page says it. Either date may be unknown: a stint with no
// start reads "至今 / now" or "至 2023-05 / until 2023-05" rather than "? – now".

export type StintDates = { startedOn: string | null; endedOn: string | null };
export type PeriodWords = { now: string; until: (date: string) => string };

export function affiliationPeriod({ startedOn, endedOn }: StintDates, words: PeriodWords): string {
  if (startedOn) return `${startedOn} – ${endedOn ?? words.now}`;
  return endedOn ? words.until(endedOn) : words.now;
}
