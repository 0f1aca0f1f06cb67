// The tables a backup holds, in an order that satisfies every foreign key on restore.
// Topic.publishedRevisionId points forward to Revision, so it is restored afterwards.
// SignInThrottle is transient and not kept.
export const BACKUP_TABLES = [
  'User',
  'Speaker',
  'SpeakerAffiliation',
  'Interview',
  'Quote',
  'QuoteSpeaker',
  // Issue 20: transcripts, their speaker labels and the quotes' anchors into them.
  'Transcript',
  'TranscriptSegment',
  'TranscriptSpeakerLabel',
  'QuoteAnchor',
  'Topic',
  'SlugRedirect',
  'ConsensusPoint',
  'Camp',
  'CampMember',
  'Block',
  'TopicSource',
  'TopicLink',
  'EditorView',
  'TopicListItem',
  'Revision',
  'ChangelogEntry',
  'PublishedTopic',
  'PublishedVersion',
  // Issue 23, part 3: where each speaker stood in each published version.
  'PublishedSpeakerPosition',
  'PublishedFeedEntry',
  'PublishedAppearance',
  'SearchEntry',
  'AuditEvent',
] as const;

export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BACKUP_FORMAT = 'topic-desk.backup';
export const BACKUP_VERSION = 1;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** The migrations the database had: a restore needs the same schema. */
  migrations: string[];
  withPasswordHashes: boolean;
  tables: Record<BackupTable, Record<string, unknown>[]>;
};
