import { headers as nextHeaders } from 'next/headers'
import type { TypedUser } from 'payload'
import { payloadClient } from './payload'

/** The logged-in staff member behind this request, or null for the public. */
export async function currentViewer(): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await nextHeaders() })
  return (user as TypedUser) ?? null
}
