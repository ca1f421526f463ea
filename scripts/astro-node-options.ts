/**
 * Node's options for `astro build`, the same in `npm run build` (package.json) and in the benchmark. Node's default
 * heap (~4 GB here) holds the content layer of ~10,000 documents; the build of ~22,600 documents (50,000 pages)
 * peaked at 12.5 GB and needs the larger limit. A limit, not a reservation: smaller archives use what they did.
 */
export const ASTRO_NODE_OPTIONS = '--max-old-space-size=16384';
