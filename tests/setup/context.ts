/** What the global setup hands to int and e2e test files (read with `inject` or tests/helpers/env.ts). */
export type TestServerContext = {
  /** http://127.0.0.1:<port>, no trailing slash. */
  baseUrl: string
  /** Folder where the capture SMTP server writes one JSON file per received mail. */
  mailDir: string
  /** DATABASE_URL of the running server (file:<tmp>/test.db or mongodb://…/<unique db>). */
  databaseUrl: string
  /** MEDIA_DIR, DOCUMENT_FILES_DIR and DOSSIER_FILES_DIR of the running server. */
  mediaDir: string
  documentFilesDir: string
  dossierFilesDir: string
  /** PAYLOAD_SECRET of the running server, for scripts run against the same database. */
  payloadSecret: string
  /** Log file of the server (`server.mjs`). */
  serverLog: string
}

/** One mail as written by the capture SMTP server (tests/setup/smtp.ts). */
export type CapturedMail = {
  /** Envelope sender. */
  from: string
  /** Envelope recipients. */
  to: string[]
  subject: string
  /** The text/plain part (or the HTML part stripped of tags when there is no text part). */
  text: string
  html?: string
  /** The From: and To: headers as written by the sender. */
  headerFrom: string
  headerTo: string
  receivedAt: string
  /** Path of this JSON file; the raw message sits beside it as .eml. */
  file: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    server: TestServerContext
  }
}
