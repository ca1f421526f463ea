import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folders of documents made as the Council makes its PDFs (a `source.fodt` exported by LibreOffice, with its two
 * `pdftotext` renderings and an `expected.json` read off the source), under tests/fixtures: the Council-like documents
 * written for the ingest's shapes (`council-pdf-lo/`) and the real register documents rebuilt as the register prints
 * them (`real-register-lo/`). The sweeps of the LibreOffice-made PDFs (tests/council-pdf-lo.test.ts,
 * council-pdf-lo-texts.test.ts) read both.
 */
export const LO_FOLDERS = ['council-pdf-lo', 'real-register-lo'] as const;

/** The folder the cases of `loCases` are named under. */
export const LO_FIXTURES = 'tests/fixtures';

/** Every case of the LibreOffice-made folders, named `<folder>/<case>` under `LO_FIXTURES`, in order. */
export function loCases(): string[] {
  return LO_FOLDERS.flatMap((folder) =>
    readdirSync(join(LO_FIXTURES, folder))
      .sort()
      .map((name) => `${folder}/${name}`),
  );
}
