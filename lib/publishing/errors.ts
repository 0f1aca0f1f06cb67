import { UserFacingError } from '@/lib/actions/user-facing-error';
import type { PublishViolation } from './rules';

/** The publisher has not seen the latest draft (someone saved since). */
export class StaleVersionError extends UserFacingError {
  constructor(readonly currentVersion: number) {
    super('有人刚保存了新的修改,请先查看再发布 · Someone saved newer changes; review them before publishing.', 'CONFLICT');
    this.name = 'StaleVersionError';
  }
}

/** The draft breaks a publish rule; nothing was written. */
export class PublishRefusedError extends UserFacingError {
  constructor(readonly violations: PublishViolation[]) {
    super(`发布前请先修正 · Fix before publishing: ${violations.map((v) => v.message).join('; ')}`, 'INVALID');
    this.name = 'PublishRefusedError';
  }
}

export const topicNotFound = () => new UserFacingError('这个主题不存在或已删除 · This topic does not exist or was deleted.', 'NOT_FOUND');
