/**
 * The version suffixes a Council register number may carry after its figures, as the register writes them
 * (`14470/1/25 REV 1`, `9887/25 ADD 1`, `7402/24 COR 1`, `9876/25 EXT 1`, `9876/25 DCL 1`, `9887/25 AMD 1`): one list for
 * every pattern of the site and the ingest that reads a number with its suffixes.
 */

/**
 * A revision (`REV`), an addendum (`ADD`), a corrigendum (`COR`), the version made public in part (`EXT`), the
 * declassification (`DCL`) and an amendment (`AMD`, the register's suffix of a text amending the one it numbers).
 */
export const VERSION_SUFFIXES = ['REV', 'ADD', 'COR', 'EXT', 'DCL', 'AMD'] as const;

/** One version suffix's word. */
export type VersionSuffixKind = (typeof VERSION_SUFFIXES)[number];

/** The suffixes' words as a regular expression's alternation (`REV|ADD|COR|EXT|DCL|AMD`), for a non-capturing or capturing group. */
export const VERSION_SUFFIX_WORDS = VERSION_SUFFIXES.join('|');
