import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_CONTENT_SECURITY_POLICY } from '../../../src/lib/csp.ts';
import { readGlobalHeaders } from '../../support/static-server.ts';

describe('the Content-Security-Policy', () => {
  it('allows scripts and styles from the site only, with WebAssembly for Pagefind', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|\*|https?:/);
  });

  it('allows images from the site only, not even data: URIs', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toContain("img-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('data:');
  });

  it('keeps frame-ancestors out of the meta tag’s policy, where browsers ignore it, and puts it in the header’s', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_CONTENT_SECURITY_POLICY.split('; ')).toEqual([...CONTENT_SECURITY_POLICY.split('; '), "frame-ancestors 'none'"]);
  });

  it('is the policy public/_headers sends to every path, with X-Frame-Options: DENY for browsers that predate frame-ancestors', async () => {
    expect(readFileSync('public/_headers', 'utf8')).toContain(`/*\n  Content-Security-Policy: ${HEADER_CONTENT_SECURITY_POLICY}\n`);
    const headers = await readGlobalHeaders('public');
    expect(headers['Content-Security-Policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});
