import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`label\` text;`)
  await db.run(sql`CREATE INDEX \`indicators_label_idx\` ON \`indicators\` (\`label\`);`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`review_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_review_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`dossier_settings\` ADD \`programme_start_year\` numeric DEFAULT 2018;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`indicators_label_idx\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`dossiers\` DROP COLUMN \`review_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` DROP COLUMN \`version_review_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`dossier_settings\` DROP COLUMN \`programme_start_year\`;`)
}
