import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/csp.ts';

describe('the Content-Security-Policy', () => {
  it('allows scripts and styles from the site only, with WebAssembly for Pagefind', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|\*|https?:/);
  });

  it('allows images from the site only, not even data: URIs', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toContain("img-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('data:');
  });

  it('is the policy public/_headers sends to every path', () => {
    expect(readFileSync('public/_headers', 'utf8')).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });
});
