/**
 * How the popup and the options page say a settings problem (core/settings-problem.ts), as
 * messages (#15): one sentence of what happened, one of what it means, one of what to do, and
 * the browser's reason.
 */
import { isStorageFull, type SettingsProblem } from '../core/settings-problem';
import { t } from './i18n';

/**
 * `what` names the change, for a failed save ("theme dark").
 *
 * @example describeSettingsProblem({ kind: 'not-saved', reason: 'QUOTA_BYTES quota exceeded' }, 'theme dark')
 * // 'Not saved: theme dark. Sourcelight’s storage is full; the setting is unchanged. To fix this, remove ...'
 */
export function describeSettingsProblem(problem: SettingsProblem, what?: string): string {
  const full = isStorageFull(problem.reason);
  switch (problem.kind) {
    case 'unreadable':
      return t('common_settings_unreadable', problem.reason);
    case 'migration-unsaved':
      return full
        ? t('common_settings_migration_full', problem.reason)
        : t('common_settings_migration_unsaved', problem.reason);
    case 'not-saved':
      return t(
        full ? 'common_settings_not_saved_full' : 'common_settings_not_saved',
        what ?? t('common_settings_your_change'),
        problem.reason,
      );
  }
}
