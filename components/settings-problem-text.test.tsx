/**
 * The settings problems in the popup's and options page's words (moved from
 * core/settings-problem.test.ts with the text, #15), read from messages.json.
 */
import { describe, expect, it } from 'vitest';
import type { SettingsProblem } from '../core/settings-problem';
import { setMessageLookup } from './i18n';
import { describeSettingsProblem } from './settings-problem-text';

/** Chromium 156's words when storage.local is at its 10 MB quota (tests/e2e/settings-quota.test.ts). */
const CHROMIUM_QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('settings problems, as said', () => {
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

  it('every word is a message (a pseudo-locale shows markers only)', () => {
    setMessageLookup((key, subs) => `‹${[key, ...subs].join('|')}›`);
    try {
      expect(describeSettingsProblem({ kind: 'not-saved', reason: 'boom' })).toBe(
        '‹common_settings_not_saved|‹common_settings_your_change›|boom›',
      );
    } finally {
      setMessageLookup(null);
    }
  });
});
