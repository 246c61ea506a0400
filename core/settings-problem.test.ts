import { describe, expect, it } from 'vitest';
import {
  describeSettingsProblem,
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

  // Every message says what happened, what it means for pages, what to do, and the browser's reason.
  const cases: Array<[SettingsProblem, RegExp[]]> = [
    [
      { kind: 'unreadable', reason: 'IO error' },
      [
        /cannot read its settings/u,
        /default settings/u,
        /Reload this page/u,
        /\(Reason: IO error\)$/u,
      ],
    ],
    [
      { kind: 'migration-unsaved', reason: CHROMIUM_QUOTA },
      [
        /storage is full/u,
        /previous version/u,
        /Pages are highlighted with them/u,
        /remove Sourcelight and add it again/u,
        /\(Reason: Resource::kQuotaBytes quota exceeded\)$/u,
      ],
    ],
    [
      { kind: 'migration-unsaved', reason: 'disk I/O' },
      [
        /could not save your settings from the previous version/u,
        /Reload this page/u,
        /disk I\/O/u,
      ],
    ],
    [
      { kind: 'not-saved', reason: CHROMIUM_QUOTA },
      [/^Not saved: theme dark\./u, /storage is full/u, /unchanged/u, /add it again/u],
    ],
    [
      { kind: 'not-saved', reason: 'boom' },
      [/^Not saved: theme dark; the setting is unchanged\. Try again\./u],
    ],
  ];
  it.each(cases)('describes %j', (problem, patterns) => {
    const text = describeSettingsProblem(problem, 'theme dark');
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });

  it('a full storage is never described as something to retry, nor another failure as full', () => {
    const full = describeSettingsProblem({ kind: 'not-saved', reason: CHROMIUM_QUOTA });
    const other = describeSettingsProblem({ kind: 'not-saved', reason: 'boom' });
    expect(full).not.toMatch(/Try again/u);
    expect(other).not.toMatch(/full/u);
  });

  it('settingsProblemOf keeps a storage error’s problem and calls anything else not saved', () => {
    const problem: SettingsProblem = { kind: 'unreadable', reason: 'IO error' };
    expect(settingsProblemOf(new SettingsStorageError(problem))).toEqual(problem);
    expect(settingsProblemOf(new Error('boom'))).toEqual({ kind: 'not-saved', reason: 'boom' });
    expect(settingsProblemOf('odd')).toEqual({ kind: 'not-saved', reason: 'odd' });
  });
});
