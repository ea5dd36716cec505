import type { GlobalConfig } from 'payload'
import { revalidateReadersOnGlobalChange } from '../hooks/revalidateReaders'

// Every global expires the reader pages that show it after a save (hooks/revalidateReaders.ts).
export const withRevalidation = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateReadersOnGlobalChange] },
})
