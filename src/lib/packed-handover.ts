/**
 * Packed files the content loader has parsed, handed over to the one reader that reads the same file again in the
 * same build (the mentions' routes, mentions-collection.ts), so that each is parsed once. The loader and the routes
 * are bundled apart (the content config and the pages), so the files are kept on the global object, under a key of
 * their own, and let go of as they are taken.
 */
import type { PackedEntry } from '../shared/packed-entries.ts';

/** A packed file's entries by id, as JSON.parse gives them. */
export type PackedFile = Record<string, PackedEntry>;

/** The global object's key of the files handed over, by path relative to the project root. */
const HANDED_OVER = Symbol.for('cosi-archive.packed-files-handed-over');

function handedOver(): Map<string, PackedFile> {
  const holder = globalThis as { [HANDED_OVER]?: Map<string, PackedFile> };
  holder[HANDED_OVER] ??= new Map();
  return holder[HANDED_OVER];
}

/** Keeps a packed file the loader parsed (`filePath`: relative to the project root) until its reader takes it. */
export function handOverPacked(filePath: string, file: PackedFile): void {
  handedOver().set(filePath, file);
}

/** The packed file handed over under `filePath`, once: it is let go of as it is taken; undefined when none was. */
export function takePacked(filePath: string): PackedFile | undefined {
  const files = handedOver();
  const file = files.get(filePath);
  files.delete(filePath);
  return file;
}
