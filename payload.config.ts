import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { vi } from '@payloadcms/translations/languages/vi'
import { en } from '@payloadcms/translations/languages/en'
import sharp from 'sharp'

import { Articles } from './collections/articles'
import { Authors } from './collections/authors'
import { Categories } from './collections/categories'
import { Comments } from './collections/comments'
import { Commitments } from './collections/commitments'
import { DisciplinaryActions } from './collections/disciplinary-actions'
import { DocumentFiles } from './collections/document-files'
import { DossierEvents } from './collections/dossier-events'
import { DossierFiles } from './collections/dossier-files'
import { Dossiers } from './collections/dossiers'
import { GuidanceDocuments } from './collections/guidance-documents'
import { IndicatorGroups } from './collections/indicator-groups'
import { Indicators } from './collections/indicators'
import { Inspections } from './collections/inspections'
import { Media } from './collections/media'
import { Members } from './collections/members'
import { Organizations } from './collections/organizations'
import { PublishedTallies } from './collections/published-tallies'
import { SearchEntries } from './collections/search-entries'
import { Series } from './collections/series'
import { Users } from './collections/users'
import { hasRole, PUBLISHER_ROLES, type RoleUser } from '@/access'
import { auditTrail } from '@/audit/plugin'
import { pruneAuditLogTask } from '@/audit/prune'
import { bootServer } from '@/boot/onInit'
import { answerInApiShape } from '@/http/afterError'
import { endRefusedLoginTurn } from './collections/users/hooks/oneLoginAtATime'
import { refuseUnsafeLinks } from '@/richtext/refuseUnsafeLinks'
import { withReferenceGuards } from '@/access/references'
import { withSystemAccess } from '@/access/systemCollections'
import { withGlobalRevalidation, withRevalidation } from '@/cache/revalidate'
import { normaliseUploadNames } from '@/uploads/normaliseUploadNames'
import { emailAdapter } from '@/config/email'
import { payloadSecret } from '@/config/secret'
import { serverUrl } from '@/config/serverUrl'
import { databaseAdapter } from '@/db/adapter'
import { DossierSettings } from '@/globals/DossierSettings'
import { Homepage } from '@/globals/Homepage'
import { ProgressSettings } from '@/globals/ProgressSettings'
import { SearchIndexState } from '@/globals/SearchIndexState'
import { SiteSettings } from '@/globals/SiteSettings'
import { openDataEndpoints } from '@/open-data/endpoints'
import { progressEndpoints } from '@/progress/endpoints'
import { siteUrl, SITE_NAME } from '@/site'
import { sweepOrphanUploadsOnStart } from '@/uploads/sweep'
import { TIME_ZONE } from '@/vietnamese'
import { dossierDeadlineRemindersTask } from '@/workflow/server/reminders'

const SEO_LABELS: Record<string, string> = {
  title: 'Tiêu đề khi chia sẻ',
  description: 'Mô tả khi chia sẻ',
  image: 'Ảnh khi chia sẻ',
}

const dirname = path.dirname(fileURLToPath(import.meta.url))
const publisher = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as RoleUser, ...PUBLISHER_ROLES)

// Payload's own lock and preference collections, and plugin fields, exist only once the config is
// built: their rules and the guard against deleting what is still referred to are added then.
export default buildConfig({
  secret: payloadSecret(),
  serverURL: serverUrl(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  email: emailAdapter(),
  admin: {
    user: Users.slug,
    // Payload's default avatar is fetched from gravatar.com: it would send a hash of each staff
    // e-mail abroad and need a foreign image source in the Content-Security-Policy.
    avatar: 'default',
    meta: { titleSuffix: ` — ${SITE_NAME}` },
    // Staff read dates as Vietnamese documents write them, in Vietnam's time (the server runs
    // in Asia/Ho_Chi_Minh, see next.config.mjs, so server-rendered lists agree with the browser).
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: TIME_ZONE }],
      defaultTimezone: TIME_ZONE,
    },
    importMap: { baseDir: path.resolve(dirname) },
    components: {
      beforeDashboard: ['/src/admin/DossiersAwaiting#DossiersAwaiting'],
      providers: ['/src/admin/LockDialogDate#LockDialogDate'],
      afterNavLinks: ['/src/admin/progress/ProgressNavLink#ProgressNavLink'],
      views: {
        progress: {
          Component: '/src/admin/progress/ProgressDashboard#ProgressDashboard',
          path: '/tien-do',
          exact: true,
        },
      },
    },
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Điện thoại', width: 375, height: 667 },
        { name: 'desktop', label: 'Máy tính', width: 1280, height: 800 },
      ],
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    // "Sai" reads as "wrong"; a yes/no column reads "Có"/"Không". One answer for every failed
    // login (collections/users/hooks/hideAccountState.ts).
    translations: {
      vi: {
        general: { true: 'Có', false: 'Không' },
        error: {
          emailOrPasswordIncorrect:
            'Email hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản tạm khóa 15 phút.',
        },
      },
    },
  },
  collections: [
    Articles,
    Series,
    Categories,
    Authors,
    Media,
    Comments,
    GuidanceDocuments,
    DocumentFiles,
    IndicatorGroups,
    Indicators,
    Organizations,
    Members,
    Dossiers,
    Commitments,
    DossierFiles,
    DossierEvents,
    Inspections,
    DisciplinaryActions,
    PublishedTallies,
    Users,
    SearchEntries,
    // Each change invalidates the cached public pages that show it (src/cache/tags.ts).
  ].map(withRevalidation),
  globals: [Homepage, SiteSettings, DossierSettings, ProgressSettings, SearchIndexState].map(withGlobalRevalidation),
  // Progress figures, their exports and the inspection committee's tallies (src/progress/endpoints.ts);
  // the public open data API (src/open-data/endpoints.ts).
  endpoints: [...progressEndpoints, ...openDataEndpoints],
  // Uploads above the parser's ceiling are refused before they are read to the end.
  upload: { limits: { fileSize: 20 * 1024 * 1024 }, responseOnLimit: 'Tệp tải lên quá lớn.' },
  jobs: {
    access: { queue: publisher, run: publisher, cancel: publisher },
    tasks: [dossierDeadlineRemindersTask, pruneAuditLogTask],
    // Scheduled publishing: due jobs are picked up every 15 seconds by the running server.
    // Dossier deadline reminders and the audit trail's retention are queued by their tasks' own
    // schedules and run from `reminders` and `maintenance`.
    autoRun: [
      { cron: '*/15 * * * * *', queue: 'default', limit: 20 },
      { cron: '0 * * * * *', queue: 'reminders', limit: 5 },
      { cron: '0 */10 * * * *', queue: 'maintenance', limit: 1 },
    ],
    shouldAutoRun: () => process.env.DISABLE_JOB_RUNNER !== '1',
  },
  plugins: [
    // Staff actions on these collections, logins and logouts go to the append-only `audit-log`.
    auditTrail({
      public: ['articles', 'guidance-documents', 'document-files', 'indicator-groups', 'indicators'],
      restricted: [
        'users',
        'organizations',
        'members',
        'dossiers',
        'commitments',
        'dossier-files',
        'inspections',
        'disciplinary-actions',
        'published-tallies',
      ],
    }),
    // Files left by an upload the server died in the middle of are removed before it serves.
    sweepOrphanUploadsOnStart(),
    nestedDocsPlugin({
      collections: ['categories'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${doc.slug}`, ''),
    }),
    seoPlugin({
      collections: ['articles'],
      uploadsCollection: 'media',
      tabbedUI: false,
      fields: ({ defaultFields }) =>
        defaultFields.map((f) => ('name' in f && SEO_LABELS[f.name] ? { ...f, label: SEO_LABELS[f.name] } : f)),
      generateTitle: ({ doc }) => `${String(doc?.title ?? '')} — ${SITE_NAME}`,
      generateDescription: ({ doc }) => String(doc?.lead ?? '').slice(0, 300),
      generateURL: ({ doc }) => `${siteUrl()}/tin-tuc/${String(doc?.slug ?? '')}`,
    }),
    // Rich-text links: http, https, mailto, tel and relative addresses only (src/richtext/safeLinks.ts).
    refuseUnsafeLinks,
    // Upload file names: NFC, no control or bidi characters, the extension of the real content.
    normaliseUploadNames,
  ],
  // A client's mistake is a 4xx; a server fault is logged with the request id it answers with.
  hooks: { afterError: [answerInApiShape, endRefusedLoginTurn] },
  graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  onInit: bootServer,
}).then((config) => withReferenceGuards(withSystemAccess(config)))
