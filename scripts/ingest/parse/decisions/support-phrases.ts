/**
 * Support a body gives to what was put to it, as the versions of an outcome write it: an endorsement. Support given
 * (`Le COSI a soutenu dans l'ensemble l'approche …`, `Der COSI unterstützte weitgehend den Vorschlag …`, `apoyó en
 * general el enfoque`, `steunde in grote lijnen de aanpak`) counts only before the paper or position the item is about
 * (the word after a determiner: approach, proposal, idea, draft, conclusions …), never support given to people or work
 * (`a soutenu les États membres`, `unterstützte 200 Operationen`); so does support confirmed or reiterated (`a
 * réitéré son soutien à la poursuite …`, `bekräftigte seine Unterstützung für die Fortsetzung …`, `reiteró su apoyo al
 * enfoque`), never support an agency confirms it gives to operations (`Frontex a confirmé son soutien aux opérations`). Each export is a phrase's source (the verb, its adverb, and the
 * preposition before the object), the object being what follows; every pattern is bounded.
 */
import { END } from './decision-grammar.ts';

/** The French words for the paper or position a body supports (its continuation too). */
const FR_NOUN = String.raw`(?:approche|propositions?|idée|concept|orientations?|projet|texte|conclusions|recommandations?|priorités|feuille\s+de\s+route|plan|objectifs?|initiative|voie\s+à\s+suivre|suggestions?|options?|stratégie|démarche|poursuite|continuation|prolongation)${END}`;

/** What a French body supported where that is its endorsement: the paper or position after its determiner. */
const FR_THING = String.raw`(?:l['’]|(?:le|la|les|ce|cet|cette|ces)\s+)(?:(?:nouvelle|nouveau|présente?)\s+)?${FR_NOUN}`;

/** French support given or reiterated: `a soutenu dans l'ensemble l'approche`, `a réitéré son soutien à la poursuite`. */
export const FR_SUPPORT = String.raw`(?:soutenu|appuyé)(?:\s+(?:dans\s+l['’]ensemble|globalement|pleinement|sans\s+réserve))?(?=\s+${FR_THING})|(?:réitéré|réaffirmé|confirmé|exprimé|renouvelé|apporté)\s+(?:son|leur)\s+(?:plein\s+|large\s+|ferme\s+|entier\s+)?(?:soutien|appui)(?:\s+(?:à|en\s+faveur\s+de)(?=\s+${FR_THING})|(?=\s+(?:au|aux)\s+${FR_NOUN}))`;

/** The German words for the paper or position a body supports (its continuation too). */
const DE_NOUN = String.raw`(?:Ansatz|Vorschlag|Vorschläge|Idee|Konzept|Ausrichtung|Entwurf|Text|Schlussfolgerungen|Empfehlungen?|Prioritäten|Fahrplan|Plan|Ziele?|Initiative|Vorgehen|Strategie|Optionen?|Leitlinien|Fortsetzung|Fortführung|Verlängerung)${END}`;

/** What a German body supported where that is its endorsement: the paper or position after its determiner. */
const DE_THING = String.raw`(?:den|die|das|diesen|diese|dieses)\s+(?:\p{Ll}+e[nrs]?\s+)?${DE_NOUN}`;

/** German support given or reiterated: `unterstützte weitgehend den Vorschlag`, `bekräftigte seine Unterstützung für die Fortsetzung`. */
export const DE_SUPPORT = String.raw`unterstützten?(?:\s+(?:weitgehend|grundsätzlich|im\s+Großen\s+und\s+Ganzen|generell|allgemein|voll|nachdrücklich|einhellig))?(?=\s+${DE_THING})|(?:bekräftigten?|bestätigten?|bekundeten?)\s+(?:seine|ihre)\s+(?:volle\s+|breite\s+|uneingeschränkte\s+)?Unterstützung\s+für(?=\s+${DE_THING})`;

/** The Spanish words for the paper or position a body supports (its continuation too). */
const ES_NOUN = String.raw`(?:enfoque|planteamiento|propuestas?|idea|concepto|orientaciones?|proyecto|texto|conclusiones|recomendaciones?|prioridades|hoja\s+de\s+ruta|plan|objetivos?|iniciativa|estrategia|opciones?|continuación|prórroga)${END}`;

/** What a Spanish body supported where that is its endorsement: the paper or position after its determiner. */
const ES_THING = String.raw`(?:el|la|los|las|este|esta|estos|estas)\s+${ES_NOUN}`;

/** Spanish support given or reiterated: `apoyó en general el enfoque`, `reiteró su apoyo a la continuación`. */
export const ES_SUPPORT = String.raw`(?:apoyó|apoyaron|(?:ha|han)\s+apoyado)(?:\s+(?:en\s+general|ampliamente|plenamente|en\s+líneas\s+generales))?(?=\s+${ES_THING})|(?:reiteró|reiteraron|reafirmó|reafirmaron|confirmó|confirmaron|expresó|expresaron)\s+su\s+(?:pleno\s+|amplio\s+|firme\s+)?apoyo(?:\s+a(?=\s+${ES_THING})|(?=\s+al\s+${ES_NOUN}))`;

/** The Italian words for the paper or position a body supports (its continuation too). */
const IT_NOUN = String.raw`(?:approccio|propost[ae]|idea|concetto|orientamenti|progetto|testo|conclusioni|raccomandazion[ei]|priorità|tabella\s+di\s+marcia|piano|obiettivi?|iniziativa|strategia|opzion[ei]|proseguimento|continuazione|proroga)${END}`;

/** Italian support reiterated (support given, `ha sostenuto`, is an endorsement already): `ha ribadito il suo sostegno al proseguimento`. */
export const IT_SUPPORT = String.raw`(?:ribadito|riaffermato|confermato|espresso)\s+il\s+(?:suo|loro)\s+(?:pieno\s+|ampio\s+|forte\s+)?(?:sostegno|appoggio)(?=\s+(?:a(?:l|llo|lla|i|gli|lle)?\s+|all['’]\s?|a\s+(?:questo|questa|questi|queste)\s+)${IT_NOUN})`;

/** The Dutch words for the paper or position a body supports (its continuation too). */
const NL_NOUN = String.raw`(?:aanpak|voorstel(?:len)?|idee|concept|ontwerp|tekst|conclusies|aanbevelingen?|prioriteiten|routekaart|plan|doelstellingen?|initiatief|strategie|opties?|richting|voortzetting|verlenging)${END}`;

/** What a Dutch body supported where that is its endorsement: the paper or position after its determiner. */
const NL_THING = String.raw`(?:de|het|deze|dit)\s+${NL_NOUN}`;

/** Dutch support given or reiterated: `steunde in grote lijnen de aanpak`, `bevestigde zijn steun voor de voortzetting`. */
export const NL_SUPPORT = String.raw`steunden?(?:\s+(?:in\s+grote\s+lijnen|grotendeels|in\s+het\s+algemeen|ten\s+volle|unaniem))?(?=\s+${NL_THING})|(?:bevestigden?|herhaalden?|betuigden?|sprak(?:en)?)\s+(?:zijn|haar|hun)\s+(?:volle\s+|brede\s+)?steun\s+(?:voor|aan|uit\s+voor)(?=\s+${NL_THING})`;

/** The Portuguese words for the paper or position a body supports (its continuation too). */
const PT_NOUN = String.raw`(?:abordagem|propostas?|ideia|conceito|orientações|projeto|texto|conclusões|recomendações|recomendação|prioridades|roteiro|plano|objetivos?|iniciativa|estratégia|opções|opção|continuação|prorrogação)${END}`;

/** What a Portuguese body supported where that is its endorsement: the paper or position after its determiner. */
const PT_THING = String.raw`(?:o|a|os|as|esta|este|estas|estes)\s+${PT_NOUN}`;

/** Portuguese support given or reiterated: `apoiou em geral a abordagem`, `reiterou o seu apoio à continuação`. */
export const PT_SUPPORT = String.raw`(?:apoiou|apoiaram)(?:\s+(?:em\s+geral|amplamente|plenamente|globalmente))?(?=\s+${PT_THING})|(?:reiterou|reiteraram|reafirmou|reafirmaram|confirmou|confirmaram|manifestou|manifestaram|expressou|expressaram)\s+o\s+seu\s+(?:pleno\s+|amplo\s+)?apoio(?:\s+a(?=\s+${PT_THING})|(?=\s+(?:à|ao|às|aos)\s+${PT_NOUN}))`;
