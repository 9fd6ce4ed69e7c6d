import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`lead\` text,
  	\`cover_id\` text(36),
  	\`cover_caption\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`series_id\` text(36),
  	\`part\` numeric,
  	\`featured\` integer DEFAULT false,
  	\`comments_enabled\` integer DEFAULT true,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_series_idx\` ON \`articles\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_featured_idx\` ON \`articles\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`guidance_documents_id\` text(36),
  	\`indicators_id\` text(36),
  	\`authors_id\` text(36),
  	\`categories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidance_documents_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_guidance_documents_id_idx\` ON \`articles_rels\` (\`guidance_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_indicators_id_idx\` ON \`articles_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_authors_id_idx\` ON \`articles_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_categories_id_idx\` ON \`articles_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_cover_id\` text(36),
  	\`version_cover_caption\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_series_id\` text(36),
  	\`version_part\` numeric,
  	\`version_featured\` integer DEFAULT false,
  	\`version_comments_enabled\` integer DEFAULT true,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_series_idx\` ON \`_articles_v\` (\`version_series_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_featured_idx\` ON \`_articles_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`guidance_documents_id\` text(36),
  	\`indicators_id\` text(36),
  	\`authors_id\` text(36),
  	\`categories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidance_documents_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_guidance_documents_id_idx\` ON \`_articles_v_rels\` (\`guidance_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_indicators_id_idx\` ON \`_articles_v_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_authors_id_idx\` ON \`_articles_v_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_categories_id_idx\` ON \`_articles_v_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE TABLE \`series\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`series_slug_idx\` ON \`series\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`series_updated_at_idx\` ON \`series\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`series_created_at_idx\` ON \`series\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` text(36),
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_breadcrumbs_order_idx\` ON \`categories_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`categories_breadcrumbs_parent_id_idx\` ON \`categories_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_breadcrumbs_doc_idx\` ON \`categories_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`order\` numeric DEFAULT 100,
  	\`parent_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_parent_idx\` ON \`categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authors\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`bio\` text,
  	\`user_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_user_idx\` ON \`authors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_article_url\` text,
  	\`sizes_article_width\` numeric,
  	\`sizes_article_height\` numeric,
  	\`sizes_article_mime_type\` text,
  	\`sizes_article_filesize\` numeric,
  	\`sizes_article_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_article_sizes_article_filename_idx\` ON \`media\` (\`sizes_article_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`author_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`client_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`guidance_documents_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` text(36),
  	\`label\` text,
  	\`kind\` text DEFAULT 'main',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_documents_attachments_order_idx\` ON \`guidance_documents_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_attachments_parent_id_idx\` ON \`guidance_documents_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_attachments_file_idx\` ON \`guidance_documents_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_documents_related_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`relation\` text DEFAULT 'implements',
  	\`document_id\` text(36),
  	FOREIGN KEY (\`document_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_documents_related_documents_order_idx\` ON \`guidance_documents_related_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_related_documents_parent_id_idx\` ON \`guidance_documents_related_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_related_documents_document_idx\` ON \`guidance_documents_related_documents\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_documents_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_documents_change_history_order_idx\` ON \`guidance_documents_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_change_history_parent_id_idx\` ON \`guidance_documents_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`number\` text,
  	\`type\` text,
  	\`issuer\` text,
  	\`issued_at\` text,
  	\`effective_at\` text,
  	\`status\` text DEFAULT 'in-force',
  	\`withdrawal_reason\` text,
  	\`visibility\` text DEFAULT 'internal',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guidance_documents_slug_idx\` ON \`guidance_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_number_idx\` ON \`guidance_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_type_idx\` ON \`guidance_documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_issuer_idx\` ON \`guidance_documents\` (\`issuer\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_issued_at_idx\` ON \`guidance_documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_status_idx\` ON \`guidance_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_visibility_idx\` ON \`guidance_documents\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_updated_at_idx\` ON \`guidance_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents_created_at_idx\` ON \`guidance_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance_documents__status_idx\` ON \`guidance_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_documents_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`file_id\` text(36),
  	\`label\` text,
  	\`kind\` text DEFAULT 'main',
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_attachments_order_idx\` ON \`_guidance_documents_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_attachments_parent_id_idx\` ON \`_guidance_documents_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_attachments_file_idx\` ON \`_guidance_documents_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_documents_v_version_related_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`relation\` text DEFAULT 'implements',
  	\`document_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_related_documents_order_idx\` ON \`_guidance_documents_v_version_related_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_related_documents_parent_id_idx\` ON \`_guidance_documents_v_version_related_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_related_documents_document_idx\` ON \`_guidance_documents_v_version_related_documents\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_documents_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guidance_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_change_history_order_idx\` ON \`_guidance_documents_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_change_history_parent_id_idx\` ON \`_guidance_documents_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidance_documents_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_number\` text,
  	\`version_type\` text,
  	\`version_issuer\` text,
  	\`version_issued_at\` text,
  	\`version_effective_at\` text,
  	\`version_status\` text DEFAULT 'in-force',
  	\`version_withdrawal_reason\` text,
  	\`version_visibility\` text DEFAULT 'internal',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_parent_idx\` ON \`_guidance_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_slug_idx\` ON \`_guidance_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_number_idx\` ON \`_guidance_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_type_idx\` ON \`_guidance_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_issuer_idx\` ON \`_guidance_documents_v\` (\`version_issuer\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_issued_at_idx\` ON \`_guidance_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_status_idx\` ON \`_guidance_documents_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_visibility_idx\` ON \`_guidance_documents_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_updated_at_idx\` ON \`_guidance_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version_created_at_idx\` ON \`_guidance_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_version_version__status_idx\` ON \`_guidance_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_created_at_idx\` ON \`_guidance_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_updated_at_idx\` ON \`_guidance_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidance_documents_v_latest_idx\` ON \`_guidance_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`document_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`document_files_is_public_idx\` ON \`document_files\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`document_files_updated_at_idx\` ON \`document_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_files_created_at_idx\` ON \`document_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`document_files_filename_idx\` ON \`document_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`indicator_groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`order\` numeric,
  	\`source_document_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicator_groups_code_idx\` ON \`indicator_groups\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`indicator_groups_source_document_idx\` ON \`indicator_groups\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_groups_updated_at_idx\` ON \`indicator_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicator_groups_created_at_idx\` ON \`indicator_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`order\` numeric,
  	\`title\` text NOT NULL,
  	\`group_id\` text(36) NOT NULL,
  	\`parent_id\` text(36),
  	\`explanation\` text,
  	\`examples\` text,
  	\`remedies\` text,
  	\`source_document_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`indicator_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`guidance_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_code_idx\` ON \`indicators\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`indicators_group_idx\` ON \`indicators\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_parent_idx\` ON \`indicators\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_source_document_idx\` ON \`indicators\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`sector\` text,
  	\`parent_id\` text(36),
  	\`established_at\` text,
  	\`dissolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_code_idx\` ON \`organizations\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`organizations_parent_idx\` ON \`organizations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`members\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organization_id\` text(36) NOT NULL,
  	\`standing\` text DEFAULT 'full' NOT NULL,
  	\`position\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`members_organization_idx\` ON \`members\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_identified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` text(36) NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_identified_order_idx\` ON \`dossiers_identified\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_identified_parent_id_idx\` ON \`dossiers_identified\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_identified_indicator_idx\` ON \`dossiers_identified\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_plan_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`measure\` text NOT NULL,
  	\`responsible\` text,
  	\`deadline\` text,
  	\`progress\` text DEFAULT 'not-started',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_plan_items_order_idx\` ON \`dossiers_plan_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_plan_items_parent_id_idx\` ON \`dossiers_plan_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text NOT NULL,
  	\`result\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_evaluations_order_idx\` ON \`dossiers_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_evaluations_parent_id_idx\` ON \`dossiers_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_shortcomings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_shortcomings_order_idx\` ON \`dossiers_shortcomings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_shortcomings_parent_id_idx\` ON \`dossiers_shortcomings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organization_name\` text,
  	\`organization_id\` text(36) NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`stage\` text DEFAULT 'draft' NOT NULL,
  	\`self_assessment\` text,
  	\`review_reason\` text,
  	\`review_remarks_identification\` text,
  	\`review_remarks_plan\` text,
  	\`review_remarks_evaluation\` text,
  	\`review_remarks_conclusions\` text,
  	\`review_remarks_attachments\` text,
  	\`review_by_id\` text(36),
  	\`review_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_organization_idx\` ON \`dossiers\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_year_idx\` ON \`dossiers\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_stage_idx\` ON \`dossiers\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_review_review_by_idx\` ON \`dossiers\` (\`review_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_updated_at_idx\` ON \`dossiers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_created_at_idx\` ON \`dossiers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_rels_order_idx\` ON \`dossiers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_rels_parent_idx\` ON \`dossiers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_rels_path_idx\` ON \`dossiers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_rels_indicators_id_idx\` ON \`dossiers_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_version_identified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`indicator_id\` text(36) NOT NULL,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_identified_order_idx\` ON \`_dossiers_v_version_identified\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_identified_parent_id_idx\` ON \`_dossiers_v_version_identified\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_identified_indicator_idx\` ON \`_dossiers_v_version_identified\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_version_plan_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`measure\` text NOT NULL,
  	\`responsible\` text,
  	\`deadline\` text,
  	\`progress\` text DEFAULT 'not-started',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_plan_items_order_idx\` ON \`_dossiers_v_version_plan_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_plan_items_parent_id_idx\` ON \`_dossiers_v_version_plan_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_version_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`measure\` text NOT NULL,
  	\`result\` text NOT NULL,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_evaluations_order_idx\` ON \`_dossiers_v_version_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_evaluations_parent_id_idx\` ON \`_dossiers_v_version_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_version_shortcomings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`text\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_shortcomings_order_idx\` ON \`_dossiers_v_version_shortcomings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_shortcomings_parent_id_idx\` ON \`_dossiers_v_version_shortcomings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_organization_name\` text,
  	\`version_organization_id\` text(36) NOT NULL,
  	\`version_year\` numeric NOT NULL,
  	\`version_stage\` text DEFAULT 'draft' NOT NULL,
  	\`version_self_assessment\` text,
  	\`version_review_reason\` text,
  	\`version_review_remarks_identification\` text,
  	\`version_review_remarks_plan\` text,
  	\`version_review_remarks_evaluation\` text,
  	\`version_review_remarks_conclusions\` text,
  	\`version_review_remarks_attachments\` text,
  	\`version_review_by_id\` text(36),
  	\`version_review_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_parent_idx\` ON \`_dossiers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_organization_idx\` ON \`_dossiers_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_year_idx\` ON \`_dossiers_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_stage_idx\` ON \`_dossiers_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_review_version_review_by_idx\` ON \`_dossiers_v\` (\`version_review_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_updated_at_idx\` ON \`_dossiers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_created_at_idx\` ON \`_dossiers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_created_at_idx\` ON \`_dossiers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_updated_at_idx\` ON \`_dossiers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_dossiers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dossiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dossiers_v_rels_order_idx\` ON \`_dossiers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_rels_parent_idx\` ON \`_dossiers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_rels_path_idx\` ON \`_dossiers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_rels_indicators_id_idx\` ON \`_dossiers_v_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`commitments_identified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator_id\` text(36) NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_identified_order_idx\` ON \`commitments_identified\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_identified_parent_id_idx\` ON \`commitments_identified\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_identified_indicator_idx\` ON \`commitments_identified\` (\`indicator_id\`);`)
  await db.run(sql`CREATE TABLE \`commitments_plan_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text NOT NULL,
  	\`deadline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_plan_items_order_idx\` ON \`commitments_plan_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_plan_items_parent_id_idx\` ON \`commitments_plan_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commitments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`dossier_id\` text(36) NOT NULL,
  	\`member_id\` text(36) NOT NULL,
  	\`organization_id\` text(36),
  	\`year\` numeric,
  	\`commitment\` text NOT NULL,
  	\`result\` text,
  	\`result_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dossier_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_dossier_idx\` ON \`commitments\` (\`dossier_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_member_idx\` ON \`commitments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_organization_idx\` ON \`commitments\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_year_idx\` ON \`commitments\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`commitments_updated_at_idx\` ON \`commitments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`commitments_created_at_idx\` ON \`commitments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`year_result_idx\` ON \`commitments\` (\`year\`,\`result\`);`)
  await db.run(sql`CREATE TABLE \`commitments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_rels_order_idx\` ON \`commitments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_parent_idx\` ON \`commitments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_path_idx\` ON \`commitments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_indicators_id_idx\` ON \`commitments_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`dossier_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'other' NOT NULL,
  	\`dossier_id\` text(36) NOT NULL,
  	\`organization_id\` text(36),
  	\`year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`dossier_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_files_dossier_idx\` ON \`dossier_files\` (\`dossier_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_files_organization_idx\` ON \`dossier_files\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_files_updated_at_idx\` ON \`dossier_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossier_files_created_at_idx\` ON \`dossier_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dossier_files_filename_idx\` ON \`dossier_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`dossier_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`dossier_id\` text(36) NOT NULL,
  	\`organization_id\` text(36) NOT NULL,
  	\`year\` numeric,
  	\`action\` text NOT NULL,
  	\`from_stage\` text NOT NULL,
  	\`to_stage\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	\`remarks\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dossier_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_events_dossier_idx\` ON \`dossier_events\` (\`dossier_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_events_organization_idx\` ON \`dossier_events\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_events_actor_idx\` ON \`dossier_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_events_at_idx\` ON \`dossier_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`dossier_events_updated_at_idx\` ON \`dossier_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossier_events_created_at_idx\` ON \`dossier_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`subject_type\` text DEFAULT 'organization' NOT NULL,
  	\`organization_id\` text(36),
  	\`member_id\` text(36),
  	\`kind\` text NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`ended_at\` text,
  	\`decision_number\` text,
  	\`finding\` text DEFAULT 'pending' NOT NULL,
  	\`conclusion\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inspections_organization_idx\` ON \`inspections\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`inspections_member_idx\` ON \`inspections\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`inspections_kind_idx\` ON \`inspections\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`inspections_started_at_idx\` ON \`inspections\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`inspections_updated_at_idx\` ON \`inspections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspections_created_at_idx\` ON \`inspections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inspections_rels_order_idx\` ON \`inspections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inspections_rels_parent_idx\` ON \`inspections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inspections_rels_path_idx\` ON \`inspections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inspections_rels_indicators_id_idx\` ON \`inspections_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`_inspections_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_subject_type\` text DEFAULT 'organization' NOT NULL,
  	\`version_organization_id\` text(36),
  	\`version_member_id\` text(36),
  	\`version_kind\` text NOT NULL,
  	\`version_started_at\` text NOT NULL,
  	\`version_ended_at\` text,
  	\`version_decision_number\` text,
  	\`version_finding\` text DEFAULT 'pending' NOT NULL,
  	\`version_conclusion\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inspections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_inspections_v_parent_idx\` ON \`_inspections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_organization_idx\` ON \`_inspections_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_member_idx\` ON \`_inspections_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_kind_idx\` ON \`_inspections_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_started_at_idx\` ON \`_inspections_v\` (\`version_started_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_updated_at_idx\` ON \`_inspections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_created_at_idx\` ON \`_inspections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_created_at_idx\` ON \`_inspections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_updated_at_idx\` ON \`_inspections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_inspections_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_inspections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_inspections_v_rels_order_idx\` ON \`_inspections_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_rels_parent_idx\` ON \`_inspections_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_rels_path_idx\` ON \`_inspections_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_rels_indicators_id_idx\` ON \`_inspections_v_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`disciplinary_actions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`subject_type\` text DEFAULT 'member' NOT NULL,
  	\`organization_id\` text(36),
  	\`member_id\` text(36),
  	\`form\` text NOT NULL,
  	\`area\` text NOT NULL,
  	\`related_to_degradation\` integer DEFAULT false,
  	\`decision_number\` text NOT NULL,
  	\`decided_at\` text NOT NULL,
  	\`decided_by\` text,
  	\`inspection_id\` text(36),
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inspection_id\`) REFERENCES \`inspections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_organization_idx\` ON \`disciplinary_actions\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_member_idx\` ON \`disciplinary_actions\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_form_idx\` ON \`disciplinary_actions\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_area_idx\` ON \`disciplinary_actions\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_related_to_degradation_idx\` ON \`disciplinary_actions\` (\`related_to_degradation\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_decided_at_idx\` ON \`disciplinary_actions\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_inspection_idx\` ON \`disciplinary_actions\` (\`inspection_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_updated_at_idx\` ON \`disciplinary_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_created_at_idx\` ON \`disciplinary_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disciplinary_actions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disciplinary_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_rels_order_idx\` ON \`disciplinary_actions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_rels_parent_idx\` ON \`disciplinary_actions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_rels_path_idx\` ON \`disciplinary_actions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_rels_indicators_id_idx\` ON \`disciplinary_actions_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`_disciplinary_actions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_subject_type\` text DEFAULT 'member' NOT NULL,
  	\`version_organization_id\` text(36),
  	\`version_member_id\` text(36),
  	\`version_form\` text NOT NULL,
  	\`version_area\` text NOT NULL,
  	\`version_related_to_degradation\` integer DEFAULT false,
  	\`version_decision_number\` text NOT NULL,
  	\`version_decided_at\` text NOT NULL,
  	\`version_decided_by\` text,
  	\`version_inspection_id\` text(36),
  	\`version_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disciplinary_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_inspection_id\`) REFERENCES \`inspections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_parent_idx\` ON \`_disciplinary_actions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_organization_idx\` ON \`_disciplinary_actions_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_member_idx\` ON \`_disciplinary_actions_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_form_idx\` ON \`_disciplinary_actions_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_area_idx\` ON \`_disciplinary_actions_v\` (\`version_area\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_related_to_degra_idx\` ON \`_disciplinary_actions_v\` (\`version_related_to_degradation\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_decided_at_idx\` ON \`_disciplinary_actions_v\` (\`version_decided_at\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_inspection_idx\` ON \`_disciplinary_actions_v\` (\`version_inspection_id\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_updated_at_idx\` ON \`_disciplinary_actions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_created_at_idx\` ON \`_disciplinary_actions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_created_at_idx\` ON \`_disciplinary_actions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_updated_at_idx\` ON \`_disciplinary_actions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_disciplinary_actions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disciplinary_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_rels_order_idx\` ON \`_disciplinary_actions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_rels_parent_idx\` ON \`_disciplinary_actions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_rels_path_idx\` ON \`_disciplinary_actions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_rels_indicators_id_idx\` ON \`_disciplinary_actions_v_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`published_tallies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_to\` text NOT NULL,
  	\`note\` text,
  	\`published\` integer DEFAULT false,
  	\`recount\` integer DEFAULT false,
  	\`sentence\` text,
  	\`counted_at\` text,
  	\`figures\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`published_tallies_period_to_idx\` ON \`published_tallies\` (\`period_to\`);`)
  await db.run(sql`CREATE INDEX \`published_tallies_published_idx\` ON \`published_tallies\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`published_tallies_updated_at_idx\` ON \`published_tallies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_tallies_created_at_idx\` ON \`published_tallies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organizations_id_idx\` ON \`users_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`ref_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`meta\` text,
  	\`text\` text,
  	\`title_words\` text,
  	\`words\` text,
  	\`code\` text,
  	\`date\` text,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_entries_ref_id_idx\` ON \`search_entries\` (\`ref_id\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_updated_at_idx\` ON \`search_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_created_at_idx\` ON \`search_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`homepage\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`homepage_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`homepage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_rels_order_idx\` ON \`homepage_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_parent_idx\` ON \`homepage_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_path_idx\` ON \`homepage_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_articles_id_idx\` ON \`homepage_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'Soi Sửa',
  	\`publisher\` text DEFAULT 'Huyện ủy Krông Nô',
  	\`description\` text,
  	\`new_organization_months\` numeric DEFAULT 6,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`dossier_settings_required_attachment_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dossier_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_settings_required_attachment_kinds_order_idx\` ON \`dossier_settings_required_attachment_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dossier_settings_required_attachment_kinds_parent_idx\` ON \`dossier_settings_required_attachment_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossier_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`deadline_day\` numeric DEFAULT 15 NOT NULL,
  	\`deadline_month\` numeric DEFAULT 12 NOT NULL,
  	\`reminders_enabled\` integer DEFAULT true,
  	\`reminder_days_before\` numeric DEFAULT 14 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`progress_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`show_organization_names\` integer DEFAULT false,
  	\`intro\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`search_index_state\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`changed_at\` text,
  	\`removals\` numeric DEFAULT 0,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`series\`;`)
  await db.run(sql`DROP TABLE \`categories_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`guidance_documents_attachments\`;`)
  await db.run(sql`DROP TABLE \`guidance_documents_related_documents\`;`)
  await db.run(sql`DROP TABLE \`guidance_documents_change_history\`;`)
  await db.run(sql`DROP TABLE \`guidance_documents\`;`)
  await db.run(sql`DROP TABLE \`_guidance_documents_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_guidance_documents_v_version_related_documents\`;`)
  await db.run(sql`DROP TABLE \`_guidance_documents_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_guidance_documents_v\`;`)
  await db.run(sql`DROP TABLE \`document_files\`;`)
  await db.run(sql`DROP TABLE \`indicator_groups\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`DROP TABLE \`dossiers_identified\`;`)
  await db.run(sql`DROP TABLE \`dossiers_plan_items\`;`)
  await db.run(sql`DROP TABLE \`dossiers_evaluations\`;`)
  await db.run(sql`DROP TABLE \`dossiers_shortcomings\`;`)
  await db.run(sql`DROP TABLE \`dossiers\`;`)
  await db.run(sql`DROP TABLE \`dossiers_rels\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_version_identified\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_version_plan_items\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_version_evaluations\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_version_shortcomings\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`commitments_identified\`;`)
  await db.run(sql`DROP TABLE \`commitments_plan_items\`;`)
  await db.run(sql`DROP TABLE \`commitments\`;`)
  await db.run(sql`DROP TABLE \`commitments_rels\`;`)
  await db.run(sql`DROP TABLE \`dossier_files\`;`)
  await db.run(sql`DROP TABLE \`dossier_events\`;`)
  await db.run(sql`DROP TABLE \`inspections\`;`)
  await db.run(sql`DROP TABLE \`inspections_rels\`;`)
  await db.run(sql`DROP TABLE \`_inspections_v\`;`)
  await db.run(sql`DROP TABLE \`_inspections_v_rels\`;`)
  await db.run(sql`DROP TABLE \`disciplinary_actions\`;`)
  await db.run(sql`DROP TABLE \`disciplinary_actions_rels\`;`)
  await db.run(sql`DROP TABLE \`_disciplinary_actions_v\`;`)
  await db.run(sql`DROP TABLE \`_disciplinary_actions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`published_tallies\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`homepage\`;`)
  await db.run(sql`DROP TABLE \`homepage_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`dossier_settings_required_attachment_kinds\`;`)
  await db.run(sql`DROP TABLE \`dossier_settings\`;`)
  await db.run(sql`DROP TABLE \`progress_settings\`;`)
  await db.run(sql`DROP TABLE \`search_index_state\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
