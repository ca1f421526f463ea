/** The fetcher's ports as the CLI uses them (the network, the sources folder, the ingest's reading), on a given clock. */
import { join } from 'node:path';
import { archiveFiles } from './archive-files.ts';
import { citedNumbers } from './cited.ts';
import type { Clock } from './pacer.ts';
import type { FetchPorts } from './ports.ts';
import { download, USER_AGENT } from './register-client.ts';

/** Ports on the sources folder `sources`: tests pass a fake clock, the CLI the real one. */
export function realPorts(sources: string, clock: Clock, timeoutMs: number): FetchPorts {
  return {
    clock,
    download: (target) => download(target.url, join(sources, target.part), { userAgent: USER_AGENT, timeoutMs }),
    archive: archiveFiles(sources),
    cites: (target) => citedNumbers(join(sources, target.pdf)),
  };
}
