'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

// In the admin's live-preview pane: every save (and autosave) in the admin tells this page,
// which renders itself again on the server with the latest draft — no reload, the whole page.
// The admin is this page's own origin (known only in the browser).
export function RefreshOnSave() {
  const router = useRouter()
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null)
  return origin ? <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} /> : null
}
