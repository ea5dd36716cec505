'use client'
export function IssueDispatchPanel() {
  return null
}
