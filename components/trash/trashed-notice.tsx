/** What a library list says after the item the analyst was on went to the trash (`?trashed=1`). */
export function TrashedNotice({ what }: { what: string }) {
  return (
    <p role="status" className="mt-3 rounded border border-green-700 px-3 py-2 text-sm">
      {what}已移到回收站,管理员可以从回收站恢复。 · Moved to the trash; an admin can restore it.
    </p>
  );
}
