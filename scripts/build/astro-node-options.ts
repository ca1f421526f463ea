/**
 * Node's options for `astro build`, the same in `npm run build` (package.json) and in the benchmark. Node's default
 * heap (4,144 MiB here) holds the content layer of ~10,000 documents; the builds of 22,600 and 23,600 documents
 * (48,126 and 50,040 pages) peaked at 12,511 and 12,181 MiB and need the larger limit. A limit, not a reservation:
 * smaller archives use what they did.
 */
export const ASTRO_NODE_OPTIONS = '--max-old-space-size=16384';
