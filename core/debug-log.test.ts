import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebugLog, debugLog } from './debug-log';

afterEach(() => {
  debugLog.clear();
  debugLog.echo = false;
  vi.restoreAllMocks();
});

describe('DebugLog', () => {
  it('records where a failure was let pass, its message and when', () => {
    const log = new DebugLog();
    const before = Date.now();
    log.note('popup: read the page', new Error('Could not establish connection'));
    log.note('warm-up', 'plain text thrown');
    expect(log.entries()).toEqual([
      {
        at: expect.any(Number),
        where: 'popup: read the page',
        message: 'Could not establish connection',
      },
      { at: expect.any(Number), where: 'warm-up', message: 'plain text thrown' },
    ]);
    expect(log.entries()[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it('keeps only the newest entries', () => {
    const log = new DebugLog(3);
    for (let i = 1; i <= 5; i++) log.note(`step ${i}`, new Error(String(i)));
    expect(log.entries().map((e) => e.where)).toEqual(['step 3', 'step 4', 'step 5']);
  });

  it('swallow() records a rejected promise and settles with undefined', async () => {
    const log = new DebugLog();
    const settled = await Promise.reject(new Error('worker stopped')).catch(log.swallow('notify'));
    expect(settled).toBeUndefined();
    expect(log.entries()).toEqual([
      { at: expect.any(Number), where: 'notify', message: 'worker stopped' },
    ]);
  });

  it('prints nothing unless echo is set', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const log = new DebugLog();
    log.note('quiet', new Error('x'));
    expect(debug).not.toHaveBeenCalled();
    log.echo = true;
    log.note('loud', new Error('y'));
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('hands out a copy: a reader cannot change the record', () => {
    const log = new DebugLog();
    log.note('a', new Error('x'));
    log.entries().length = 0;
    expect(log.entries()).toHaveLength(1);
  });
});
