/**
 * The Markdown features the site's renderer (Sätteri) reads entries with; the site, the benchmark's bare twin and the
 * render tests all use this one object. The archive shows the source text as printed: no curly quotes, dashes or
 * ellipses made up. Headings carry their fixed ids as heading attributes (`## 6.1. Title {#item-6-1}`, written by
 * scripts/ingest/markdown/serialise.ts). Feature switches of the default processor, not plugins: the render path
 * stays plugin-free.
 */
export const MARKDOWN_FEATURES = { smartPunctuation: false, headingAttributes: true } as const;
