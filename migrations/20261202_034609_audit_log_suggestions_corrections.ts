import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'correction',
  	\`at\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_notes_order_idx\` ON \`articles_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_notes_parent_id_idx\` ON \`articles_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'correction',
  	\`at\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_notes_order_idx\` ON \`_articles_v_version_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_notes_parent_id_idx\` ON \`_articles_v_version_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_suggestion_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`shortcoming\` text NOT NULL,
  	\`indicator_id\` text(36) NOT NULL,
  	\`decision\` text NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_suggestion_decisions_order_idx\` ON \`dossiers_suggestion_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_suggestion_decisions_parent_id_idx\` ON \`dossiers_suggestion_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_suggestion_decisions_indicator_idx\` ON \`dossiers_suggestion_decisions\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_suggestion_decisions_by_idx\` ON \`dossiers_suggestion_decisions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_version_suggestion_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`shortcoming\` text NOT NULL,
  	\`indicator_id\` text(36) NOT NULL,
  	\`decision\` text NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_suggestion_decisions_order_idx\` ON \`_dossiers_v_version_suggestion_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_suggestion_decisions_parent_id_idx\` ON \`_dossiers_v_version_suggestion_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_suggestion_decisions_indicator_idx\` ON \`_dossiers_v_version_suggestion_decisions\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_suggestion_decisions_by_idx\` ON \`_dossiers_v_version_suggestion_decisions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_email\` text,
  	\`collection_slug\` text,
  	\`record_id\` text,
  	\`record_title\` text,
  	\`changed_fields\` text,
  	\`detail\` text,
  	\`address\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_email_idx\` ON \`audit_log\` (\`actor_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_record_id_idx\` ON \`audit_log\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`revision_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_revision_note\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_notes\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_notes\`;`)
  await db.run(sql`DROP TABLE \`dossiers_suggestion_decisions\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_version_suggestion_decisions\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`series_id\` text(36),
  	\`categories_id\` text(36),
  	\`authors_id\` text(36),
  	\`media_id\` text(36),
  	\`comments_id\` text(36),
  	\`guidance_documents_id\` text(36),
  	\`document_files_id\` text(36),
  	\`indicator_groups_id\` text(36),
  	\`indicators_id\` text(36),
  	\`organizations_id\` text(36),
  	\`members_id\` text(36),
  	\`dossiers_id\` text(36),
  	\`commitments_id\` text(36),
  	\`dossier_files_id\` text(36),
  	\`dossier_events_id\` text(36),
  	\`inspections_id\` text(36),
  	\`disciplinary_actions_id\` text(36),
  	\`published_tallies_id\` text(36),
  	\`users_id\` text(36),
  	\`search_entries_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidance_documents_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_files_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_groups_id\`) REFERENCES \`indicator_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commitments_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossier_files_id\`) REFERENCES \`dossier_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossier_events_id\`) REFERENCES \`dossier_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspections_id\`) REFERENCES \`inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disciplinary_actions_id\`) REFERENCES \`disciplinary_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_tallies_id\`) REFERENCES \`published_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "series_id", "categories_id", "authors_id", "media_id", "comments_id", "guidance_documents_id", "document_files_id", "indicator_groups_id", "indicators_id", "organizations_id", "members_id", "dossiers_id", "commitments_id", "dossier_files_id", "dossier_events_id", "inspections_id", "disciplinary_actions_id", "published_tallies_id", "users_id", "search_entries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "series_id", "categories_id", "authors_id", "media_id", "comments_id", "guidance_documents_id", "document_files_id", "indicator_groups_id", "indicators_id", "organizations_id", "members_id", "dossiers_id", "commitments_id", "dossier_files_id", "dossier_events_id", "inspections_id", "disciplinary_actions_id", "published_tallies_id", "users_id", "search_entries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_series_id_idx\` ON \`payload_locked_documents_rels\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidance_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`guidance_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_files_id_idx\` ON \`payload_locked_documents_rels\` (\`document_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossiers_id_idx\` ON \`payload_locked_documents_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commitments_id_idx\` ON \`payload_locked_documents_rels\` (\`commitments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossier_files_id_idx\` ON \`payload_locked_documents_rels\` (\`dossier_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossier_events_id_idx\` ON \`payload_locked_documents_rels\` (\`dossier_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disciplinary_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`disciplinary_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`published_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`revision_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_revision_note\`;`)
}
