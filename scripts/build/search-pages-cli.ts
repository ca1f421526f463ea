/**
 * Lists the search bundles' pages of a built site (search-pages.ts) and prints them, as JSON, in a process of its own:
 * the pages it reads to tell the bundles apart (about 480 MB of HTML at 10,000 documents) leave their memory
 * with the process (some 250 MiB its allocator would keep), instead of in the process that waits while Pagefind
 * indexes them.
 *
 *   node scripts/build/search-pages-cli.ts --site dist --glob '{meetings,documents}/*\/index.html' [--part 0/2]
 *
 * With `--part I/N`, only the I-th of N runs of the sorted pages (search-pages.ts reads the parts in N processes at once).
 */
import { parseArgs } from 'node:util';
import { searchPageLists } from './search-pages.ts';

const USAGE = 'usage: search-pages-cli.ts --site DIR --glob GLOB [--part INDEX/COUNT]';
const { values } = parseArgs({ options: { site: { type: 'string' }, glob: { type: 'string' }, part: { type: 'string', default: '0/1' } } });
const part = /^(\d+)\/(\d+)$/.exec(values.part);
const [index, count] = [Number(part?.[1]), Number(part?.[2])];
if (values.site === undefined || values.glob === undefined || part === null || count < 1 || index >= count) throw new Error(USAGE);
process.stdout.write(`${JSON.stringify(searchPageLists(values.site, values.glob, { index, count }))}\n`);
