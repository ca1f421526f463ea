import { describe, expect, it } from 'vitest';
import { readsAsClause } from '../../../../scripts/ingest/parse/clause-opening.ts';

describe('readsAsClause after a Greek article', () => {
  it.each([
    'Η COSI σημείωσε την ενημέρωση της Επιτροπής.',
    'Η ημερήσια διάταξη εγκρίθηκε όπως περιλαμβάνεται στο CM 5301/25.',
    'Οι αντιπροσωπίες αντάλλαξαν απόψεις.',
    'Το Συμβούλιο ενέκρινε τις συστάσεις.',
    'Η COSI καλείται να εγκρίνει τα συμπεράσματα.',
  ])('reads a sentence whose words hold a verb as a clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(true);
  });

  it.each([
    'Η καταπολέμηση της διακίνησης ναρκωτικών στους λιμένες της ΕΕ',
    'Οι προτεραιότητες της ΕΕ για την καταπολέμηση του σοβαρού και οργανωμένου εγκλήματος',
    'Η εσωτερική ασφάλεια της ΕΕ',
  ])('reads a title opening with its article, no verb among its words, as no clause: %s', (words) => {
    expect(readsAsClause(words)).toBe(false);
  });
});
