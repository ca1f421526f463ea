import { compare } from '../../../src/shared/order.ts';

/** How the files on disk differ from the files the sources give, each list sorted by path. */
export interface ContentDiff {
  /** Generated but absent on disk. */
  missing: string[];
  /** On disk but not generated. */
  extra: string[];
  /** On both, with different bytes. */
  changed: string[];
}

/** Compares generated files with files on disk, both keyed by path relative to the content root. */
export function diffContent(generated: ReadonlyMap<string, string>, onDisk: ReadonlyMap<string, string>): ContentDiff {
  const sorted = (paths: Iterable<string>) => [...paths].sort(compare);
  return {
    missing: sorted([...generated.keys()].filter((path) => !onDisk.has(path))),
    extra: sorted([...onDisk.keys()].filter((path) => !generated.has(path))),
    changed: sorted([...generated].filter(([path, content]) => onDisk.has(path) && onDisk.get(path) !== content).map(([path]) => path)),
  };
}

/** True when the disk already holds exactly the generated files. */
export function isClean(diff: ContentDiff): boolean {
  return diff.missing.length === 0 && diff.extra.length === 0 && diff.changed.length === 0;
}
