/**
 * Node's options for `astro build`, the same in `npm run build` (package.json) and in the benchmark. Node's default
 * heap (4,144 MiB here) holds the content layer of ~10,000 documents; the builds of 22,600 and 23,600 documents
 * (48,126 and 50,040 pages) peaked at 12,511 and 12,181 MiB and need the larger limit. A limit, not a reservation:
 * smaller archives use what they did. A young generation of 64 MiB semi-spaces (Node's default is 16 here): the build
 * makes many short-lived strings (each page's HTML), and fewer scavenges promote fewer of them. At 2,000 documents,
 * two pairs alternated on one kept workspace (3 December, 19:37–19:40, load 1.5–3.5): 53.9 and 57.8 CPU s without,
 * 50.8 and 55.4 with; peak 1,551–1,710 MiB without, 1,720–1,797 with; dist/ byte-identical.
 */
export const ASTRO_NODE_OPTIONS = '--max-old-space-size=16384 --max-semi-space-size=64';

/**
 * The environment `astro build` runs in besides Node's options, the same in `npm run build` (package.json) and in the
 * benchmark: Rolldown's allocator, mimalloc, asks for no transparent huge pages (`MIMALLOC_ALLOW_THP=0`). By default it
 * marks its 1 GiB arena `MADV_HUGEPAGE`, and where the system gives huge pages to what asks for them (this machine's
 * `madvise` setting) the kernel zeroes a whole 2 MiB page at the first touch of any byte of it: at 2,000 documents
 * (`perf record -e cpu-clock`, 2 pairs alternated, load 17–23) the kernel's page zeroing fell from 325–520 to 69–72
 * samples of 2 ms, the bundler's threads (Rolldown's and the thread pool) from 799–1,073 to 633–634 samples: about 0.5–0.9
 * CPU s a build, whatever its size; `dist/` byte-identical. Node's own heap never asks for huge pages.
 */
export const ASTRO_ENV = { MIMALLOC_ALLOW_THP: '0' } as const;
