/**
 * The "find or install the browsers" step that runs before any test (tools/ensure-browsers.ts).
 * Machines are simulated: which files are executable, the platform, the uid, apt-get; nothing
 * here installs or removes a browser.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  decideSetup,
  ensureBrowsers,
  findBrowser,
  type Machine,
  type SetupAction,
  type SetupIo,
} from '../../tools/ensure-browsers';

const DEBIAN_ROOT: Machine = { platform: 'linux', uid: 0, isDebian: true, hasAptGet: true };

/** The decision for a machine where exactly `executables` exist. */
function decide(
  executables: string[],
  machine: Machine,
  env: Record<string, string> = { PATH: '/usr/local/bin:/usr/bin:/bin' },
): SetupAction {
  const files = new Set(executables);
  const options = { platform: machine.platform, env, isExecutable: (p: string) => files.has(p) };
  return decideSetup(
    BROWSERS.map((need) => findBrowser(need, options)),
    machine,
  );
}

const BOTH = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];

describe('decideSetup', () => {
  it('does nothing when both browsers are where the tests look', () => {
    expect(decide(BOTH, DEBIAN_ROOT)).toEqual({ kind: 'ready', env: {} });
  });

  it('hands the tests a browser found elsewhere on PATH through its variable', () => {
    const action = decide(['/usr/local/bin/chromium-browser', '/opt/ff/firefox'], DEBIAN_ROOT, {
      PATH: '/opt/ff:/usr/local/bin:/usr/bin',
    });
    expect(action).toEqual({
      kind: 'ready',
      env: { CHROMIUM_PATH: '/usr/local/bin/chromium-browser', FIREFOX_PATH: '/opt/ff/firefox' },
    });
  });

  it('prefers firefox-esr to firefox and the default path to PATH', () => {
    const action = decide(
      ['/usr/bin/chromium', '/usr/local/bin/chromium', '/usr/bin/firefox', '/usr/bin/firefox-esr'],
      DEBIAN_ROOT,
    );
    expect(action).toEqual({ kind: 'ready', env: {} });
  });

  it('installs only what is missing on Debian as root, and says the command it runs', () => {
    const action = decide(['/usr/bin/chromium'], DEBIAN_ROOT);
    expect(action.kind).toBe('install');
    if (action.kind !== 'install') return;
    expect(action.commands).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', '--no-install-recommends', 'firefox-esr', 'fonts-dejavu-core'],
    ]);
    expect(action.message).toContain('Firefox ESR not found');
    // What it says is what it runs.
    expect(action.message).toContain(
      'Installing from Debian: apt-get update && apt-get install -y --no-install-recommends firefox-esr fonts-dejavu-core',
    );
  });

  it('stops on Debian without root, naming the exact sudo command and why', () => {
    const action = decide([], { ...DEBIAN_ROOT, uid: 1000 });
    expect(action.kind).toBe('stop');
    if (action.kind !== 'stop') return;
    expect(action.message).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium firefox-esr fonts-dejavu-core',
    );
    expect(action.message).toContain('Chromium and Firefox ESR not found');
    expect(action.message).toMatch(/end-to-end tests load the built extension in real browsers/);
  });

  it('does not use apt where it is not Debian (Ubuntu ships these browsers as snaps)', () => {
    const action = decide(['/usr/bin/firefox-esr'], { ...DEBIAN_ROOT, isDebian: false });
    expect(action.kind).toBe('stop');
    if (action.kind !== 'stop') return;
    expect(action.message).not.toContain('apt-get');
    expect(action.message).toContain('CHROMIUM_PATH=/path/to/chromium npm test');
  });

  it('does not use apt on Debian without apt-get', () => {
    expect(decide([], { ...DEBIAN_ROOT, hasAptGet: false }).kind).toBe('stop');
  });

  it('on macOS finds the apps in /Applications, or names the brew command', () => {
    const mac: Machine = { platform: 'darwin', uid: 501, isDebian: false, hasAptGet: false };
    const chromiumApp = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const firefoxApp = '/Applications/Firefox.app/Contents/MacOS/firefox';
    expect(decide([chromiumApp, firefoxApp], mac)).toEqual({
      kind: 'ready',
      env: { CHROMIUM_PATH: chromiumApp, FIREFOX_PATH: firefoxApp },
    });
    const action = decide([chromiumApp], mac);
    expect(action.kind).toBe('stop');
    if (action.kind === 'stop') expect(action.message).toContain('brew install --cask firefox');
  });

  it('stops when a variable points at nothing, even where it could install', () => {
    const action = decide(BOTH, DEBIAN_ROOT, { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/nope' });
    expect(action.kind).toBe('stop');
    if (action.kind !== 'stop') return;
    expect(action.message).toContain('CHROMIUM_PATH is set to /opt/nope');
    expect(action.message).toContain('unset CHROMIUM_PATH');
  });
});

describe('ensureBrowsers', () => {
  /** A Debian root machine where the browsers appear once `apt-get install` has run. */
  function fakeMachine(options: { installWorks: boolean; aptStatus?: number }) {
    const events: string[] = [];
    let installed = false;
    const io: SetupIo = {
      look: () =>
        BROWSERS.map((need) =>
          findBrowser(need, {
            platform: 'linux',
            env: { PATH: '/usr/bin' },
            isExecutable: (p) => installed || p === '/usr/bin/chromium',
          }),
        ),
      machine: () => DEBIAN_ROOT,
      run: (command) => {
        events.push(`run: ${command.join(' ')}`);
        if (command[1] === 'install' && options.installWorks) installed = true;
        return command[1] === 'install' ? (options.aptStatus ?? 0) : 0;
      },
      log: (line) => events.push(`log: ${line}`),
    };
    return { io, events };
  }

  it('says what it will run, runs it, and checks again', () => {
    const { io, events } = fakeMachine({ installWorks: true });
    expect(ensureBrowsers(io)).toEqual({});
    expect(events).toHaveLength(3);
    expect(events[0]).toMatch(/^log: Firefox ESR not found/);
    expect(events.slice(1)).toEqual([
      'run: apt-get update',
      'run: apt-get install -y --no-install-recommends firefox-esr fonts-dejavu-core',
    ]);
  });

  it('fails with the command when apt-get fails', () => {
    const { io } = fakeMachine({ installWorks: false, aptStatus: 100 });
    expect(() => ensureBrowsers(io)).toThrow(
      'apt-get install -y --no-install-recommends firefox-esr fonts-dejavu-core failed (exit 100)',
    );
  });

  it('fails when the browser is still missing after a successful install', () => {
    const { io } = fakeMachine({ installWorks: false });
    expect(() => ensureBrowsers(io)).toThrow(/still not found/);
  });
});

describe('tools/ensure-browsers.ts as a command', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const run = promisify(execFile);
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourcelight-ensure-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function ensure(env: Record<string, string>) {
    return run(join(ROOT, 'node_modules/.bin/tsx'), ['tools/ensure-browsers.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  }

  it('stops at once, exit 1, with the fix, when a browser variable is wrong', async () => {
    const result = await ensure({ FIREFOX_PATH: join(dir, 'no-such-firefox') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`FIREFOX_PATH is set to ${join(dir, 'no-such-firefox')}`);
    expect(result.stderr).toContain('unset FIREFOX_PATH');
  }, 30_000);

  it('accepts browsers named by their variables and says which it will use', async () => {
    // Stand-ins: the check looks for executables, it does not start them.
    const chromium = join(dir, 'my-chromium');
    const firefox = join(dir, 'my-firefox');
    for (const file of [chromium, firefox]) {
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, 0o755);
    }
    const result = await ensure({ CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Tests will use CHROMIUM_PATH=${chromium}`);
    expect(result.stdout).toContain(`Tests will use FIREFOX_PATH=${firefox}`);
  }, 30_000);
});
