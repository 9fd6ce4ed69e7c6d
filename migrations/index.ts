import * as migration_20261202_025857_initial from './20261202_025857_initial';
import * as migration_20261202_034609_audit_log_suggestions_corrections from './20261202_034609_audit_log_suggestions_corrections';
import * as migration_20261202_042219_indicator_labels_dossier_review from './20261202_042219_indicator_labels_dossier_review';
import * as migration_20261202_042705_media_visibility from './20261202_042705_media_visibility';
import * as migration_20261202_043014_province_rollup from './20261202_043014_province_rollup';

export const migrations = [
  {
    up: migration_20261202_025857_initial.up,
    down: migration_20261202_025857_initial.down,
    name: '20261202_025857_initial',
  },
  {
    up: migration_20261202_034609_audit_log_suggestions_corrections.up,
    down: migration_20261202_034609_audit_log_suggestions_corrections.down,
    name: '20261202_034609_audit_log_suggestions_corrections',
  },
  {
    up: migration_20261202_042219_indicator_labels_dossier_review.up,
    down: migration_20261202_042219_indicator_labels_dossier_review.down,
    name: '20261202_042219_indicator_labels_dossier_review',
  },
  {
    up: migration_20261202_042705_media_visibility.up,
    down: migration_20261202_042705_media_visibility.down,
    name: '20261202_042705_media_visibility',
  },
  {
    up: migration_20261202_043014_province_rollup.up,
    down: migration_20261202_043014_province_rollup.down,
    name: '20261202_043014_province_rollup'
  },
];
