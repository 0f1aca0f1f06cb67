import { AuthorizationError, requireRole } from '@/lib/auth/session';
import { exportTopicForEditor } from '@/lib/export/editor-export';
import { EXPORT_FORMATS, ExportError, type ExportFormat } from '@/lib/export/topic-export';

// The editor's download buttons: GET /editor/topics/<id>/export?format=md&version=draft
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireRole('ANALYST');
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return Response.json({ error: error.code }, { status: error.code === 'UNAUTHENTICATED' ? 401 : 403 });
    }
    throw error;
  }
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'md';
  const version = url.searchParams.get('version') === 'published' ? 'published' : 'draft';
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    return Response.json({ error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }, { status: 400 });
  }
  try {
    const file = await exportTopicForEditor((await params).id, {
      format: format as ExportFormat,
      version,
      revisions: url.searchParams.has('revisions'),
    });
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof ExportError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
