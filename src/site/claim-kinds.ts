/**
 * Kinds of block that state claims (body, headline, standfirst), as the aligner decides: the report
 * page gives their paragraphs notes and the one-against-all page lists their sentences. The site reads
 * the rule through this module only, so it follows the pipeline and no view imports the aligner.
 */
export { CLAIM_KINDS } from '../pipeline/align/units/claim-units.ts';
