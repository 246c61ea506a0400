/**
 * Makes sure the browsers the end-to-end tests drive are on this machine before any test starts,
 * so `npm ci && npm run build` and `npm test` are all the set-up a fresh clone needs.
 *
 * - Each browser is looked for where the tests look (CHROMIUM_PATH / FIREFOX_PATH, else the Debian
 *   path), then under other usual names on PATH; one found elsewhere is handed to the tests
 *   through its variable.
 * - Missing on Debian as root: installed with apt-get, saying so first.
 * - Missing anywhere else: stop at once with the exact command to run and why.
 *
 * Run as `npm test`'s `pretest` (before the build, so a missing browser costs seconds, not a
 * build) and as the e2e project's Vitest globalSetup (so `npx vitest run --project e2e` gets the
 * same check and the found paths). The decision is a pure function, tested in
 * tests/unit/ensure-browsers.test.ts without touching this machine's browsers.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BrowserNeed {
  /** What a person calls it. */
  label: string;
  /** The variable the e2e tests read (tests/e2e/support/chromium.ts, tests/e2e/firefox.test.ts). */
  envVar: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  /** Where the tests look when the variable is unset. */
  defaultPath: string;
  /** Other names to try on PATH, best first. */
  commands: readonly string[];
  debianPackage: string;
  /** Absolute paths to try on macOS, where browsers are not on PATH. */
  macPaths: readonly string[];
}

export const BROWSERS: readonly BrowserNeed[] = [
  {
    label: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    defaultPath: '/usr/bin/chromium',
    commands: ['chromium', 'chromium-browser'],
    debianPackage: 'chromium',
    macPaths: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  },
  {
    label: 'Firefox ESR',
    envVar: 'FIREFOX_PATH',
    defaultPath: '/usr/bin/firefox-esr',
    // Firefox release works too (the manifest asks for 140 or later, as ESR 140 is).
    commands: ['firefox-esr', 'firefox'],
    debianPackage: 'firefox-esr',
    macPaths: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
];

/** Without fonts headless Chromium lays text out with no glyph widths and card tests fail. */
const EXTRA_DEBIAN_PACKAGES = ['fonts-dejavu-core'];

export type BrowserLookup =
  | { need: BrowserNeed; status: 'found'; path: string }
  | { need: BrowserNeed; status: 'bad-env'; path: string }
  | { need: BrowserNeed; status: 'missing' };

export interface LookupOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Is there an executable file at this absolute path? */
  isExecutable(path: string): boolean;
}

/** Where is this browser? The variable wins (a wrong one is reported, not worked around). */
export function findBrowser(need: BrowserNeed, options: LookupOptions): BrowserLookup {
  const { env, isExecutable, platform } = options;
  const chosen = env[need.envVar];
  if (chosen)
    return isExecutable(chosen) ? found(chosen) : { need, status: 'bad-env', path: chosen };
  if (isExecutable(need.defaultPath)) return found(need.defaultPath);
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of need.commands)
    for (const dir of dirs) if (isExecutable(join(dir, command))) return found(join(dir, command));
  if (platform === 'darwin')
    for (const path of need.macPaths) if (isExecutable(path)) return found(path);
  return { need, status: 'missing' };

  function found(path: string): BrowserLookup {
    return { need, status: 'found', path };
  }
}

export interface Machine {
  platform: NodeJS.Platform;
  /** null where there are no uids (Windows). */
  uid: number | null;
  /** /etc/os-release says ID=debian: its package names are the ones we know (not Ubuntu's snaps). */
  isDebian: boolean;
  hasAptGet: boolean;
}

export type SetupAction =
  /** `env`: variables to hand the tests for browsers found away from the default path. */
  | { kind: 'ready'; env: Record<string, string> }
  | { kind: 'install'; message: string; commands: string[][] }
  | { kind: 'stop'; message: string };

const WHY =
  "Sourcelight's end-to-end tests load the built extension in real browsers (Chromium for most, Firefox ESR for the Firefox smoke test), installed from the system, never downloaded by the tests.";

/** What to do about these lookups on this machine. Pure: the caller does the doing. */
export function decideSetup(lookups: readonly BrowserLookup[], machine: Machine): SetupAction {
  const badEnv = lookups.filter((l) => l.status === 'bad-env');
  if (badEnv.length > 0)
    // The person chose a path; installing another browser would hide their mistake.
    return {
      kind: 'stop',
      message: [
        ...badEnv.map(
          (l) => `${l.need.envVar} is set to ${l.path}, which is not an executable file.`,
        ),
        `Point it at the ${badEnv.map((l) => l.need.label).join(' and ')} binary, or unset it to use the default: unset ${badEnv.map((l) => l.need.envVar).join(' ')}`,
      ].join('\n'),
    };
  const missing = lookups.filter((l) => l.status === 'missing').map((l) => l.need);
  if (missing.length === 0) {
    const env: Record<string, string> = {};
    for (const l of lookups)
      if (l.status === 'found' && l.path !== l.need.defaultPath) env[l.need.envVar] = l.path;
    return { kind: 'ready', env };
  }
  const names = missing.map((n) => n.label).join(' and ');
  const notFound = `${names} not found (looked at ${missing.map(describeSearch).join('; ')}).`;
  if (machine.platform === 'linux' && machine.isDebian && machine.hasAptGet) {
    const install = aptInstall(missing);
    if (machine.uid === 0)
      return {
        kind: 'install',
        message: `${notFound}\n${WHY}\nInstalling from Debian: ${install.map((c) => c.join(' ')).join(' && ')}`,
        commands: install,
      };
    return {
      kind: 'stop',
      message: `${notFound}\n${WHY}\nInstalling needs root. Run this, then npm test again:\n  ${install.map((c) => `sudo ${c.join(' ')}`).join(' && ')}`,
    };
  }
  return { kind: 'stop', message: `${notFound}\n${WHY}\n${otherSystemAdvice(missing, machine)}` };
}

function describeSearch(need: BrowserNeed): string {
  return `$${need.envVar}, ${need.defaultPath}, ${need.commands.join(' and ')} on PATH`;
}

function aptInstall(missing: readonly BrowserNeed[]): string[][] {
  return [
    ['apt-get', 'update'],
    [
      'apt-get',
      'install',
      '-y',
      '--no-install-recommends',
      ...missing.map((n) => n.debianPackage),
      ...EXTRA_DEBIAN_PACKAGES,
    ],
  ];
}

function otherSystemAdvice(missing: readonly BrowserNeed[], machine: Machine): string {
  if (machine.platform === 'darwin') {
    const casks = missing.map((n) => (n.envVar === 'CHROMIUM_PATH' ? 'chromium' : 'firefox'));
    return `Run this, then npm test again (the tests find the apps in /Applications):\n  brew install --cask ${casks.join(' ')}`;
  }
  // No package names we can vouch for here: name the variables the tests read instead.
  const vars = missing.map((n) => `${n.envVar}=/path/to/${n.commands[0]}`).join(' ');
  return `Install ${missing.map((n) => n.label).join(' and ')} with your system's package manager, then run:\n  ${vars} npm test`;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readMachine(): Machine {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal system: not Debian as far as we can tell.
  }
  const pathDirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return {
    platform: process.platform,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    isDebian: /^ID="?debian"?$/m.test(osRelease),
    hasAptGet: pathDirs.some((dir) => isExecutable(join(dir, 'apt-get'))),
  };
}

/** The machine, as ensureBrowsers sees and changes it (a fake in the tests). */
export interface SetupIo {
  look(): BrowserLookup[];
  machine(): Machine;
  /** Runs a command with its output shown; returns its exit status. */
  run(command: readonly string[]): number | null;
  log(line: string): void;
}

const realIo: SetupIo = {
  look: () => {
    const options = { platform: process.platform, env: process.env, isExecutable };
    return BROWSERS.map((need) => findBrowser(need, options));
  },
  machine: readMachine,
  run: ([command, ...args]) =>
    spawnSync(command!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status,
  log: (line) => console.log(line),
};

/**
 * Finds or installs the browsers; throws with the message when it cannot.
 * @returns the variables to set for browsers found away from their default path.
 */
export function ensureBrowsers(io: SetupIo = realIo): Record<string, string> {
  const action = decideSetup(io.look(), io.machine());
  if (action.kind === 'ready') return action.env;
  if (action.kind === 'stop') throw new Error(action.message);
  io.log(action.message);
  for (const command of action.commands) {
    const status = io.run(command);
    if (status !== 0) throw new Error(`${command.join(' ')} failed (exit ${status})`);
  }
  const after = decideSetup(io.look(), io.machine());
  if (after.kind !== 'ready')
    throw new Error(`Installed, but the browsers are still not found.\n${after.message}`);
  return after.env;
}

/** Vitest globalSetup for the e2e project: the found paths reach the test workers through env. */
export default function setup(): void {
  Object.assign(process.env, ensureBrowsers());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const env = ensureBrowsers();
    for (const [name, path] of Object.entries(env)) console.log(`Tests will use ${name}=${path}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
