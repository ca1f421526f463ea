/** What the fetcher asks of the world, as interfaces: the CLI passes the network and the disk, tests a local register and a fake clock. */
import type { SourceSidecar } from '../../src/schemas/source-sidecar.ts';
import type { Clock } from './pacer.ts';
import type { Target } from './targets.ts';

/** One answer of the register to one request, its body (for 200 and 206) appended to the target's part file. */
export interface Answer {
  /** The HTTP status; 0 when no answer came (connection refused or reset, timeout before the headers). */
  status: number;
  /** What went wrong on the way (a timeout, the connection closing mid-body); null when the answer arrived whole. */
  error: string | null;
  retryAfter: string | null;
  contentType: string | null;
  /** The body's full size as the register announced it (Content-Length, or the total of Content-Range); null if not. */
  expected: number | null;
}

/** A file's size and SHA-256, and when it was last written (ISO 8601). */
export interface Digest {
  bytes: number;
  sha256: string;
  modifiedAt: string;
}

/** The sources folder as the fetcher uses it; every path is relative to it (`register/2025/15912-25.pdf`). */
export interface Archive {
  readSidecar(target: Target): Promise<SourceSidecar | null>;
  writeSidecar(target: Target, sidecar: SourceSidecar): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Size and both ends (END_WINDOW bytes each) of a file, for the PDF check. */
  ends(path: string): Promise<{ size: number; head: Uint8Array; tail: Uint8Array }>;
  digest(path: string): Promise<Digest>;
  /** Renames a file; the target's folder is made if needed. */
  move(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** Everything the fetcher does outside its own logic. */
export interface FetchPorts {
  clock: Clock;
  /** One GET of the target's URL, resuming its part file when one exists (a Range request). */
  download(target: Target): Promise<Answer>;
  archive: Archive;
  /** The document numbers a saved PDF cites, as the ingest reads them; `error` when the ingest cannot read it. */
  cites(target: Target): Promise<{ ids: string[]; error: string | null }>;
}
