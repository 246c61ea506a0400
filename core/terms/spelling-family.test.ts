import { describe, expect, it } from 'vitest';
import { familyKey } from './spelling-family';

describe('familyKey', () => {
  it.each([
    [['tokayev', 'tokaev', 'toqayev', 'tokaiev']],
    [['nazarbayev', 'nazarbaev']],
    [['zhanaozen', 'janaozen']],
    [['mangystau', 'mangistau', 'manghystau']],
    [['kassym', 'qasym', 'kasym']],
    [['kyrgyzstan', 'kirghizstan']],
    [['kazakhstan', 'kazakstan']],
    [['aliyev', 'aliev']],
    [['massimov', 'masimov']],
    [['dariga', 'darigha']],
    [['yerlan', 'erlan']],
  ])('folds one family together: %j', (forms) => {
    expect(new Set(forms.map(familyKey)).size).toBe(1);
  });

  it.each([
    ['tokayev', 'tokarev'],
    ['aliyev', 'alimov'],
    ['nazarbayev', 'nazarov'],
    ['almaty', 'aktau'],
  ])('keeps different names apart: %s / %s', (a, b) => {
    expect(familyKey(a)).not.toBe(familyKey(b));
  });
});
