/**
 * Lists the search bundles' pages of a built site (search-pages.ts) and prints them, as JSON, in a process of its own:
 * the pages it reads to tell the bundles apart (about 480 MB of HTML at 10,000 documents) leave their memory
 * with the process (some 250 MiB its allocator would keep), instead of in the process that waits while Pagefind
 * indexes them.
 *
 *   node scripts/build/search-pages-cli.ts --site dist --glob '{meetings,documents}/*\/index.html'
 */
import { parseArgs } from 'node:util';
import { searchPageLists } from './search-pages.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, glob: { type: 'string' } } });
if (values.site === undefined || values.glob === undefined) throw new Error('usage: search-pages-cli.ts --site DIR --glob GLOB');
process.stdout.write(`${JSON.stringify(searchPageLists(values.site, values.glob))}\n`);
