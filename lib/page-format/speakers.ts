// Speakers as attribution lines and members lines name them: "Name (Org)", several joined by
// " / ", "、", " & " or "和" ("Martin Casado / Sarah Wang (a16z)": an organisation in parentheses
// after the last name applies to every name that has none), and organisations a person has
// left: "former OpenAI", "前 OpenAI", "ex-OpenAI".
import { isCloseParen, isOpenParen, splitOutsideParens } from './characters';

export type SpeakerName = {
  name: string;
  /** The organisation as written after the name, or null. */
  affiliation: string | null;
};

/** Written where a quote has no known speaker, so that re-importing never guesses one. */
export const UNATTRIBUTED = '未署名';

const JOINERS = [' / ', '/', '\u3001', ' & ', '和'];

/** "Name (Org)" → name and organisation; a name without parentheses has none. */
function nameAndAffiliation(part: string): SpeakerName {
  const text = part.trim();
  if (isCloseParen(text.at(-1))) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i -= 1) {
      if (isCloseParen(text[i])) depth += 1;
      else if (isOpenParen(text[i])) {
        depth -= 1;
        if (depth === 0) {
          const name = text.slice(0, i).trim();
          const affiliation = text.slice(i + 1, -1).trim();
          if (name && affiliation) return { name, affiliation };
          break;
        }
      }
    }
  }
  return { name: text, affiliation: null };
}

/** Splits a list of names at its joiners (outside parentheses), one joiner kind at a time. */
function splitNames(text: string): string[] {
  let parts = [text];
  for (const joiner of JOINERS) parts = parts.flatMap((part) => splitOutsideParens(part, joiner));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The speakers a list names; 未署名 names none. */
export function readSpeakers(text: string): SpeakerName[] {
  const trimmed = text.trim();
  if (!trimmed || trimmed === UNATTRIBUTED) return [];
  const speakers = splitNames(trimmed).map(nameAndAffiliation);
  // "A / B (Org)": the last name's organisation is shared by the names before it that have none.
  const last = speakers.at(-1);
  if (speakers.length > 1 && last?.affiliation && speakers.slice(0, -1).every((speaker) => speaker.affiliation === null)) {
    return speakers.map((speaker) => ({ ...speaker, affiliation: last.affiliation }));
  }
  return speakers;
}

/** How a list of speakers is written back: one shared organisation once, at the end. */
export function formatSpeakers(speakers: SpeakerName[]): string {
  if (speakers.length === 0) return UNATTRIBUTED;
  const shared = speakers[0]!.affiliation;
  if (speakers.length > 1 && shared && speakers.every((s) => s.affiliation === shared)) {
    return `${speakers.map((s) => s.name).join(' / ')} (${shared})`;
  }
  return speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(' / ');
}

/** "former OpenAI", "前 OpenAI", "ex-OpenAI": the organisation, and whether the person has left it. */
export function readAffiliation(affiliation: string): { organisation: string; former: boolean } {
  const text = affiliation.trim();
  const lower = text.toLowerCase();
  for (const prefix of ['former ', 'ex-', 'ex ', '前']) {
    if (lower.startsWith(prefix) && text.length > prefix.length) return { organisation: text.slice(prefix.length).trim(), former: true };
  }
  return { organisation: text, former: false };
}
