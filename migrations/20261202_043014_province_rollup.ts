import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inspections\` ADD \`scope_organization_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`inspections_scope_organization_idx\` ON \`inspections\` (\`scope_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`_inspections_v\` ADD \`version_scope_organization_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_scope_organization_idx\` ON \`_inspections_v\` (\`version_scope_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`disciplinary_actions\` ADD \`scope_organization_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_scope_organization_idx\` ON \`disciplinary_actions\` (\`scope_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`_disciplinary_actions_v\` ADD \`version_scope_organization_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_disciplinary_actions_v_version_version_scope_organizati_idx\` ON \`_disciplinary_actions_v\` (\`version_scope_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`progress_settings\` ADD \`district_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`progress_settings\` ADD \`province_id\` text(36) REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`progress_settings\` ADD \`show_province\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`progress_settings_district_idx\` ON \`progress_settings\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_settings_province_idx\` ON \`progress_settings\` (\`province_id\`);`)
  // Records kept before this change belong to their subject's organisation, or the member's cell.
  for (const table of ['inspections', 'disciplinary_actions']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET scope_organization_id = COALESCE(organization_id, (SELECT organization_id FROM members WHERE members.id = \`${table}\`.member_id));`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inspections\` (
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
  await db.run(sql`INSERT INTO \`__new_inspections\`("id", "title", "subject_type", "organization_id", "member_id", "kind", "started_at", "ended_at", "decision_number", "finding", "conclusion", "updated_at", "created_at") SELECT "id", "title", "subject_type", "organization_id", "member_id", "kind", "started_at", "ended_at", "decision_number", "finding", "conclusion", "updated_at", "created_at" FROM \`inspections\`;`)
  await db.run(sql`DROP TABLE \`inspections\`;`)
  await db.run(sql`ALTER TABLE \`__new_inspections\` RENAME TO \`inspections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inspections_organization_idx\` ON \`inspections\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`inspections_member_idx\` ON \`inspections\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`inspections_kind_idx\` ON \`inspections\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`inspections_started_at_idx\` ON \`inspections\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`inspections_updated_at_idx\` ON \`inspections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspections_created_at_idx\` ON \`inspections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__inspections_v\` (
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
  await db.run(sql`INSERT INTO \`__new__inspections_v\`("id", "parent_id", "version_title", "version_subject_type", "version_organization_id", "version_member_id", "version_kind", "version_started_at", "version_ended_at", "version_decision_number", "version_finding", "version_conclusion", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_subject_type", "version_organization_id", "version_member_id", "version_kind", "version_started_at", "version_ended_at", "version_decision_number", "version_finding", "version_conclusion", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_inspections_v\`;`)
  await db.run(sql`DROP TABLE \`_inspections_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__inspections_v\` RENAME TO \`_inspections_v\`;`)
  await db.run(sql`CREATE INDEX \`_inspections_v_parent_idx\` ON \`_inspections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_organization_idx\` ON \`_inspections_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_member_idx\` ON \`_inspections_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_kind_idx\` ON \`_inspections_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_started_at_idx\` ON \`_inspections_v\` (\`version_started_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_updated_at_idx\` ON \`_inspections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_version_version_created_at_idx\` ON \`_inspections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_created_at_idx\` ON \`_inspections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_inspections_v_updated_at_idx\` ON \`_inspections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_disciplinary_actions\` (
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
  await db.run(sql`INSERT INTO \`__new_disciplinary_actions\`("id", "title", "subject_type", "organization_id", "member_id", "form", "area", "related_to_degradation", "decision_number", "decided_at", "decided_by", "inspection_id", "note", "updated_at", "created_at") SELECT "id", "title", "subject_type", "organization_id", "member_id", "form", "area", "related_to_degradation", "decision_number", "decided_at", "decided_by", "inspection_id", "note", "updated_at", "created_at" FROM \`disciplinary_actions\`;`)
  await db.run(sql`DROP TABLE \`disciplinary_actions\`;`)
  await db.run(sql`ALTER TABLE \`__new_disciplinary_actions\` RENAME TO \`disciplinary_actions\`;`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_organization_idx\` ON \`disciplinary_actions\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_member_idx\` ON \`disciplinary_actions\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_form_idx\` ON \`disciplinary_actions\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_area_idx\` ON \`disciplinary_actions\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_related_to_degradation_idx\` ON \`disciplinary_actions\` (\`related_to_degradation\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_decided_at_idx\` ON \`disciplinary_actions\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_inspection_idx\` ON \`disciplinary_actions\` (\`inspection_id\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_updated_at_idx\` ON \`disciplinary_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disciplinary_actions_created_at_idx\` ON \`disciplinary_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__disciplinary_actions_v\` (
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
  await db.run(sql`INSERT INTO \`__new__disciplinary_actions_v\`("id", "parent_id", "version_title", "version_subject_type", "version_organization_id", "version_member_id", "version_form", "version_area", "version_related_to_degradation", "version_decision_number", "version_decided_at", "version_decided_by", "version_inspection_id", "version_note", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_subject_type", "version_organization_id", "version_member_id", "version_form", "version_area", "version_related_to_degradation", "version_decision_number", "version_decided_at", "version_decided_by", "version_inspection_id", "version_note", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_disciplinary_actions_v\`;`)
  await db.run(sql`DROP TABLE \`_disciplinary_actions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__disciplinary_actions_v\` RENAME TO \`_disciplinary_actions_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_progress_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`show_organization_names\` integer DEFAULT false,
  	\`intro\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_progress_settings\`("id", "show_organization_names", "intro", "updated_at", "created_at") SELECT "id", "show_organization_names", "intro", "updated_at", "created_at" FROM \`progress_settings\`;`)
  await db.run(sql`DROP TABLE \`progress_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_progress_settings\` RENAME TO \`progress_settings\`;`)
}
