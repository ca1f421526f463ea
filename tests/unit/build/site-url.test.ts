import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, siteUrl } from '../../../scripts/build/site-url.ts';

describe('siteUrl', () => {
  it('takes the address SITE_URL gives, and says nothing', () => {
    const warnings: string[] = [];
    expect(siteUrl({ SITE_URL: 'https://cosi.example.eu' }, ['astro', 'build'], (m) => warnings.push(m))).toBe('https://cosi.example.eu');
    expect(warnings).toEqual([]);
  });

  it('warns loudly when a build falls back on the placeholder, saying how to set SITE_URL', () => {
    const warnings: string[] = [];
    expect(siteUrl({}, ['node', 'astro', 'build'], (m) => warnings.push(m))).toBe(PLACEHOLDER_SITE_URL);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^!+\nWARNING: SITE_URL is not set/);
    expect(warnings[0]).toContain('SITE_URL=https://cosi.example.eu npm run build');
  });

  it('treats an empty SITE_URL as unset', () => {
    const warnings: string[] = [];
    expect(siteUrl({ SITE_URL: '' }, ['build'], (m) => warnings.push(m))).toBe(PLACEHOLDER_SITE_URL);
    expect(warnings).toHaveLength(1);
  });

  it('does not warn outside a build (astro sync, the type check)', () => {
    const warnings: string[] = [];
    siteUrl({}, ['node', 'astro', 'sync'], (m) => warnings.push(m));
    expect(warnings).toEqual([]);
  });
});
