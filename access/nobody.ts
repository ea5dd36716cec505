import type { Access } from 'payload'

// For records only server code may write (with overrideAccess): no role, not even admin.
export const nobody: Access = () => false
