// The PostgreSQL channel on which changes of the public site are announced (LISTEN/NOTIFY):
// shared by the announcing side (announce.ts, in Next's bundle) and the production server's
// listener (change-listener.mjs, plain Node).
export const CHANGE_CHANNEL = 'topicdesk_published_change';
