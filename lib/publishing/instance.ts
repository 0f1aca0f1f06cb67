// Which process this is, so a server can tell announcements it made itself (and has already
// applied) from those of other servers and of command-line tools. The production server sets
// TOPICDESK_INSTANCE_ID before Next loads; anything else is a tool run once.

let fallback: string | undefined;

export function instanceId(): string {
  return process.env.TOPICDESK_INSTANCE_ID || (fallback ??= `process-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
}
