// One role hierarchy: READER < ANALYST < ADMIN.
export const ROLES = ['READER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { READER: 0, ANALYST: 1, ADMIN: 2 };

export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export const ROLE_LABELS: Record<Role, string> = {
  READER: '读者 · Reader',
  ANALYST: '分析师 · Analyst',
  ADMIN: '管理员 · Admin',
};
