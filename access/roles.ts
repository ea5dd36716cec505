export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

interface RoleHolder {
  role?: Role | null
}

export function hasRole(user: RoleHolder | null | undefined, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
