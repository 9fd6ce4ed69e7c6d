'use client'
import { useEffect, type ReactNode } from 'react'
import { formatDateTime } from '@/vietnamese/format'

/** How Payload's lock dialog writes the time (its own en-US format): "Dec 2, 2026, 8:10 AM". */
const EN_US_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/

/** Rewrites the English times inside the "document locked" dialogs under `root`. */
export function vietnameseLockTimes(root: ParentNode): void {
  for (const strong of root.querySelectorAll('.document-locked strong')) {
    const text = strong.textContent?.trim() ?? ''
    if (!EN_US_TIME.test(text)) continue
    const when = new Date(text.replace(/\s?([AP]M)$/, ' $1'))
    if (!Number.isNaN(when.getTime())) strong.textContent = formatDateTime(when)
  }
}

/**
 * Payload's "document locked" dialog prints the time in a fixed American format, with no
 * setting for it: this admin provider rewrites it to dd/MM/yyyy HH:mm, Vietnam time, as every
 * other date of the admin reads, whenever the dialog appears.
 */
export function LockDialogDate({ children }: { children?: ReactNode }) {
  useEffect(() => {
    const observer = new MutationObserver(() => vietnameseLockTimes(document))
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
