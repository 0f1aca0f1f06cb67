// Camp letters follow position: the first camp is 阵营 A, the second B, whatever order the
// analyst leaves them in, unless the analyst pinned a label of their own. A camp's anchor on
// the page (#camp-b) does not follow: once a camp's letter changes, it keeps the anchor it
// had, so a link made before a reorder still lands on the same camp. Published versions are
// documents of their own and keep the letters they were published with. No server-only: the
// editor relabels in the browser, the page and the search index read anchors on the server.

export type LabelledCamp = { id: string; label: string; labelPinned?: boolean; anchor?: string | null };

/** A, B … Z, then AA, AB … (50 camps at most: never beyond two letters). */
export function positionLabel(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + n);
  return index < 26 ? letter(index) : `${letter(Math.floor(index / 26) - 1)}${letter(index % 26)}`;
}

const POSITION_FORM = /^[A-Z]{1,2}$/;

/**
 * Pinned: the analyst chose the label. A label that is not a letter ("甲", "A1") counts as
 * chosen even on documents written before pins existed, so it is never replaced by a letter.
 */
export const isLabelPinned = (camp: Pick<LabelledCamp, 'label' | 'labelPinned'>) => camp.labelPinned === true || !POSITION_FORM.test(camp.label);

const anchorKey = (camp: Pick<LabelledCamp, 'label' | 'anchor'>) => (camp.anchor ?? camp.label).toLowerCase();

/** The element id of a camp's section: #camp-b, or the anchor it kept from an earlier letter. */
export const campAnchor = (camp: Pick<LabelledCamp, 'label' | 'anchor'>) => `camp-${anchorKey(camp)}`;

/** A second, permanent anchor by the camp's id, for links that must not depend on letters (the speaker ledger). */
export const campIdAnchor = (camp: Pick<LabelledCamp, 'id'>) => `camp-id-${camp.id}`;

/**
 * The camps with letters by position (pinned ones as they are) and anchors that are unique on
 * the page. Unchanged camps keep their identity, so the editor re-renders and saves only the
 * camps whose letter moved. A camp whose letter changes keeps its old letter as its anchor; a
 * camp whose own letter is an anchor another camp kept gets a suffix (#camp-c-2).
 */
export function relabelCamps<Camp extends LabelledCamp>(camps: readonly Camp[]): Camp[] {
  const lettered = camps.map((camp, index) => {
    if (isLabelPinned(camp)) return camp;
    const label = positionLabel(index);
    if (label === camp.label) return camp;
    return { ...camp, label, anchor: camp.anchor ?? camp.label.toLowerCase() };
  });
  const kept = new Set(lettered.filter((camp) => camp.anchor).map(anchorKey));
  const taken = new Set<string>();
  return lettered.map((camp) => {
    let key = anchorKey(camp);
    const clashes = (candidate: string) => taken.has(candidate) || (!camp.anchor && kept.has(candidate));
    if (!clashes(key)) {
      taken.add(key);
      return camp;
    }
    const base = camp.label.toLowerCase();
    let n = 2;
    while (clashes(`${base}-${n}`) || kept.has(`${base}-${n}`)) n += 1;
    key = `${base}-${n}`;
    taken.add(key);
    return { ...camp, anchor: key };
  });
}

/** The patch that unpins a camp's label: it takes its position's letter again. */
export function unpinLabel(camp: LabelledCamp, index: number): Partial<LabelledCamp> {
  const label = positionLabel(index);
  return { labelPinned: undefined, label, ...(label === camp.label ? {} : { anchor: camp.anchor ?? camp.label.toLowerCase() }) };
}
