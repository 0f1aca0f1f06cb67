import { expect, it } from 'vitest';
import { inferSpeakers } from '@/lib/import/infer-speakers';
import { pageInterviews } from '@/lib/import/page-interviews';
import { readTopicDocument } from '@/lib/import/read-topic-document';
import { HOSTILE_DOCUMENTS } from '@/lib/testing/hostile-documents';
import { ImportFormatError } from './errors';

// Any input of up to 5 MB is read or refused in linear time: every limit is checked before any
// reader looks at a line, and the readers are linear. Each document is timed end to end through
// everything the importer does before it touches the database, as the process's own CPU time,
// the least of three runs. The bound is what tells linear from not, not the speed target: a
// reader quadratic in a 20,000-character line, over the 250 such lines of these documents, takes
// minutes, while the slowest case takes 0.3 s alone and once took just over 1 s in CI (the
// process's CPU time includes its garbage collector's threads, busy with 5 MB strings while
// other test files run beside it). The target, well under a second, is `npm run bench:import`'s,
// which reports wall and CPU time for each document on a quiet machine.
const LINEAR_BOUND_MS = 5_000;

function readEverything(text: string): string {
  try {
    const topic = readTopicDocument(text);
    inferSpeakers(topic, [{ name: 'Ari Morcos', aliases: ['Morcos'] }]);
    pageInterviews(topic);
    return 'parsed';
  } catch (error) {
    if (!(error instanceof ImportFormatError)) throw error;
    return `refused: ${error.message}`;
  }
}

it.each(HOSTILE_DOCUMENTS)('$name: parsed or refused in linear time', ({ make }) => {
  const text = make();
  const runs = [0, 1, 2].map(() => {
    const started = process.cpuUsage();
    const outcome = readEverything(text);
    const { user, system } = process.cpuUsage(started);
    return { outcome, ms: (user + system) / 1_000 };
  });
  const best = Math.min(...runs.map((run) => run.ms));
  expect(best, `${runs[0]!.outcome} after ${best.toFixed(0)} ms of CPU`).toBeLessThan(LINEAR_BOUND_MS);
}, 30_000);

it('refuses the 5 MB single line and the 200,000 lines before reading them, saying why', () => {
  const refusal = (text: string) => {
    try {
      readTopicDocument(text);
      return 'parsed';
    } catch (error) {
      return (error as Error).message;
    }
  };
  expect(refusal(HOSTILE_DOCUMENTS[0]!.make())).toMatch(/^Line 1 has 5,242,880 characters; a line may have at most 20,200\.$/);
  expect(refusal(HOSTILE_DOCUMENTS[1]!.make())).toBe('The document has more than 50,000 lines; a topic page has far fewer.');
});
