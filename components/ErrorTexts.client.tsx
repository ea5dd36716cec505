'use client'
import { createContext, useContext, type ReactNode } from 'react'

export interface ErrorTexts {
  title: string
  text: string
  retry: string
  home: string
  homeHref: string
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null)

// The error page (app/(frontend)/[locale]/error.tsx) must be a client component; it gets its
// words from the layout through this context rather than from next-intl's client runtime,
// which every page would otherwise load for one rarely seen page.
export function ErrorTextsProvider({ value, children }: { value: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={value}>{children}</ErrorTextsContext>
}

export const useErrorTexts = () => useContext(ErrorTextsContext)
