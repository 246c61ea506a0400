import { describe, expect, it } from 'vitest';
import {
  isStorageFull,
  settingsProblemOf,
  SettingsStorageError,
  type SettingsProblem,
} from './settings-problem';

/** Chromium 156's words when storage.local is at its 10 MB quota (tests/e2e/settings-quota.test.ts). */
const CHROMIUM_QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('settings problems', () => {
  it.each([
    [CHROMIUM_QUOTA, true],
    ['QUOTA_BYTES quota exceeded', true],
    ['QuotaExceededError: The current transaction exceeded its quota limitations.', true],
    ['IO error: .../LOCK: File currently in use', false],
    ['Extension context invalidated.', false],
  ])('isStorageFull(%j) is %s', (reason, full) => {
    expect(isStorageFull(reason)).toBe(full);
  });

  it('settingsProblemOf keeps a storage error’s problem and calls anything else not saved', () => {
    const problem: SettingsProblem = { kind: 'unreadable', reason: 'IO error' };
    expect(settingsProblemOf(new SettingsStorageError(problem))).toEqual(problem);
    expect(settingsProblemOf(new Error('boom'))).toEqual({ kind: 'not-saved', reason: 'boom' });
    expect(settingsProblemOf('odd')).toEqual({ kind: 'not-saved', reason: 'odd' });
  });
});
