import * as migration_20261202_025857_initial from './20261202_025857_initial';
import * as migration_20261202_034609_audit_log_suggestions_corrections from './20261202_034609_audit_log_suggestions_corrections';

export const migrations = [
  {
    up: migration_20261202_025857_initial.up,
    down: migration_20261202_025857_initial.down,
    name: '20261202_025857_initial',
  },
  {
    up: migration_20261202_034609_audit_log_suggestions_corrections.up,
    down: migration_20261202_034609_audit_log_suggestions_corrections.down,
    name: '20261202_034609_audit_log_suggestions_corrections'
  },
];
