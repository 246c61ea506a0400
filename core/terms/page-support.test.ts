import { describe, expect, it } from 'vitest';
import { CONTEXT_SUPPORT, PageSupport } from './page-support';

describe('PageSupport', () => {
  it('always allows unconditional matches', () => {
    expect(new PageSupport().allows('astana', undefined)).toBe(true);
  });

  it('allows a surname alone only while the page names that person in full', () => {
    const page = new PageSupport();
    expect(page.allows('karim-massimov', 'full-name')).toBe(false);
    page.add('karim-massimov');
    expect(page.allows('karim-massimov', 'full-name')).toBe(true);
    expect(page.allows('josep-borrell', 'full-name')).toBe(false);
    page.remove('karim-massimov');
    expect(page.allows('karim-massimov', 'full-name')).toBe(false);
  });

  it('allows an ambiguous form once enough other names are on the page, and not after they go', () => {
    const page = new PageSupport();
    expect(CONTEXT_SUPPORT).toBe(1);
    page.add('turkey'); // Its own plain mentions do not count as support.
    expect(page.allows('turkey', 'context')).toBe(false);
    page.add('astana');
    expect(page.allows('turkey', 'context')).toBe(true);
    page.remove('astana');
    expect(page.allows('turkey', 'context')).toBe(false);
  });

  it('counts terms, not mentions, and changes its version only when a term comes or goes', () => {
    const page = new PageSupport();
    const v0 = page.version;
    page.add('astana');
    const v1 = page.version;
    page.add('astana');
    expect(page.version).toBe(v1);
    expect(v1).not.toBe(v0);
    page.remove('astana');
    expect(page.version).toBe(v1); // One mention of Astana is still on the page.
    page.remove('astana');
    expect(page.version).not.toBe(v1);
  });
});
