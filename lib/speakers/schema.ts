// The speaker form (create and edit), shared by the browser form and the mutations.
import { z } from 'zod';
import { LIMITS } from '@/lib/topics/document';

const lines = (value: string) => value.split(/[\n,，、]+/).map((line) => line.trim()).filter(Boolean);
const optionalDate = z
  .string()
  .trim()
  .regex(/^$|^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD · Dates are YYYY-MM-DD')
  .transform((value) => value || null);

export const affiliationSchema = z
  .object({
    organisation: z.string().trim().min(1, '必填 · Required').max(LIMITS.title),
    role: z.string().trim().max(LIMITS.title).transform((value) => value || null),
    startedOn: optionalDate,
    endedOn: optionalDate,
  })
  .refine((a) => !a.startedOn || !a.endedOn || a.startedOn <= a.endedOn, { message: '结束早于开始 · Ends before it starts', path: ['endedOn'] });

export const speakerFormSchema = z.object({
  name: z.string().trim().min(1, '必填 · Required').max(LIMITS.title, `最多 ${LIMITS.title} 个字符 · At most ${LIMITS.title} characters`),
  aliases: z
    .string()
    .max(2_000)
    .transform(lines)
    .pipe(z.array(z.string().max(LIMITS.title)).max(30, '最多 30 个别名 · At most 30 aliases')),
  bio: z.string().trim().max(2_000, '最多 2000 个字符 · At most 2,000 characters'),
  links: z
    .string()
    .max(4_000)
    .transform((value) => value.split(/\s+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/\S+$/i, '每行一个 http(s) 链接 · One http(s) link per line').max(500)).max(20)),
  affiliations: z.array(affiliationSchema).max(30),
});

export type SpeakerFormInput = z.infer<typeof speakerFormSchema>;

/**
 * The form's repeated affiliation rows arrive as parallel lists of fields. Each list is read
 * once (it was read again for every row: quadratic in the number of fields, issue 19); the
 * action has already refused a form of more than MAX_FORM_FIELDS fields (lib/actions/form-limits.ts),
 * and rows beyond the schema's 30 are kept only so that the schema can say so.
 */
export function speakerFormValues(formData: FormData) {
  const all = (name: string) => formData.getAll(name).map(String);
  const organisations = all('affOrganisation');
  const roles = all('affRole');
  const starts = all('affStartedOn');
  const ends = all('affEndedOn');
  return {
    name: String(formData.get('name') ?? ''),
    aliases: String(formData.get('aliases') ?? ''),
    bio: String(formData.get('bio') ?? ''),
    links: String(formData.get('links') ?? ''),
    affiliations: organisations
      .map((organisation, i) => ({ organisation, role: roles[i] ?? '', startedOn: starts[i] ?? '', endedOn: ends[i] ?? '' }))
      .filter((row) => row.organisation.trim() || row.role.trim() || row.startedOn || row.endedOn),
  };
}

export const mergeSchema = z.object({
  survivorId: z.string().min(1).max(64),
  mergedId: z.string().min(1, '请选择要合并的讲者 · Choose the speaker to merge').max(64),
});
