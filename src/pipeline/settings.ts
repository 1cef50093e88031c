/**
 * Every tuning constant of the pipeline, typed, with its default and the reason for it: the bonuses,
 * cut-offs, windows, tolerances and caps by which a stage decides what is aligned, compared or flagged.
 * Stages take their group as an optional `settings` parameter threaded from `runPipeline(raw, settings?)`;
 * nothing reads settings from anywhere else. The site and `comparison.json` always use
 * `DEFAULT_SETTINGS`; the evaluation scripts can override any value with `--set name=value`
 * (`scripts/lib/settings-option.ts`) to measure how the figures depend on it.
 *
 * Not settings, on purpose:
 * - how pair signals are computed (name-variant bounds, negation scope, WordNet senses per word, character
 *   n-gram length, word-match credits in `align/profile/` and `align/words/`): the committed `model.json` was
 *   fitted on signals computed that way, so they change only together with a refit;
 * - word lists and text patterns (a lexicon, not a number to tune), and the rules by which numbers, dates,
 *   quotations and speakers are read (`compare/facts/`);
 * - facts (a mile is 1.609344 km) and display choices (how many words a made-up title keeps, rounding).
 */
import { getDefaultAlignmentModel } from './align/model/alignment-model.ts';

/** Segment stage: sentence repair and the decision which reports are English (`segment/`). */
export interface SegmentSettings {
  /**
   * The longest run of parser sentences merged into one because they sit inside one quotation
   * (`sentence-rules.ts`): a cap, so that one long quotation cannot swallow a paragraph. Default 8, set by
   * hand; no measurement is recorded.
   */
  readonly maxQuoteMerge: number;
  /**
   * Below this share of common English function words a Latin-script report is not taken for English
   * (`language.ts`). Default 0.15: in English news prose they make up roughly 40 % of words (top of the
   * Brown corpus frequency list), in French, German or Spanish text only a few per cent.
   */
  readonly englishShare: number;
  /** Fewer body words than this say too little to judge the language; such a report counts as English. Default 30. */
  readonly minWordsToJudge: number;
  /**
   * Fewer letters than this in the dominant script say too little to name a language; only the script is
   * given (`script.ts`). Default 20, set by hand.
   */
  readonly minLettersToNameLanguage: number;
  /**
   * Share of a script's letters that may be another language's additions (Persian or Urdu letters in
   * Arabic script, Yiddish ligatures in Hebrew) before the language is left unnamed. Default 0.01.
   */
  readonly otherLanguageShare: number;
  /**
   * Share of kana among Han and kana letters above which text is Japanese. Default 0.1: Japanese prose is
   * mostly kana, Chinese has none.
   */
  readonly japaneseKanaShare: number;
}

/**
 * Support rules of the aligner, in the order they run (`align/supports/`); `false` switches a rule off, as
 * a bonus of 0 would, without computing it.
 */
export interface SupportSwitches {
  /** `report-order.ts`: a pair whose diagonal neighbour is a strong link. */
  readonly order: boolean;
  /** `triangle-support.ts`: a pair whose two units are both linked to one unit of a third report. */
  readonly triangle: boolean;
  /** `report-top.ts`: a pair of units from the tops of their reports. */
  readonly top: boolean;
  /** `quote-anchor.ts`: a pair of units whose quotations share a run of words. */
  readonly quote: boolean;
  /** `rare-anchors.ts`: a pair of units sharing a calendar date that few units of the story hold. */
  readonly anchor: boolean;
  /** `headline-lead.ts`: a headline pair gains when the headline's own lead is linked to its other unit, loses otherwise. */
  readonly headline: boolean;
}

/**
 * Candidate generation caps (`align/cluster/blocking.ts`). Larger caps find more pairs, but with the
 * report-top bonus the extra pairs hurt Hama: at 80 candidates per unit Hama precision fell from 0.793 to
 * 0.756 (`docs/alignment.md`, "Tried and not kept").
 */
export interface BlockingSettings {
  /**
   * Postings looked at on each side of a unit in one key's posting list: the sorted-neighbourhood window
   * of Hernández & Stolfo (1995). Default 40.
   */
  readonly window: number;
  /** Best-sharing partners kept per unit. Default 40. */
  readonly maxCandidates: number;
}

/** Align stage: which units of different reports state the same claim (`align/`). */
export interface AlignSettings {
  /**
   * Same-claim cut-off on a pair's probability. Default: the committed model's `thresholds.claim`, chosen on
   * the news development set by `npm run fit` (best mean of ECB+, GVC and BASIL out-of-fold pair F1,
   * `scripts/lib/claim-threshold.ts`).
   */
  readonly claimCutOff: number;
  /**
   * A link strong enough to anchor report order and to let two units of one report slot share a claim.
   * Default: the committed model's `thresholds.strong`, chosen by `npm run fit` (`scripts/fit.ts`): the lowest
   * cut-off with precision 0.95 on the pairs it is chosen on.
   * The cut-off used for clustering is never below `claimCutOff`.
   */
  readonly strongCutOff: number;
  /**
   * Words each side of a clause split needs (`units/clauses.ts`), so that no fragment ("he said") becomes a
   * claim. Default 6, the shortest sentence in the MSRP training data the pair model learnt from.
   */
  readonly minClauseWords: number;
  /**
   * Shortest text scored against a matched stretch of a longer one (`model/score-pair.ts`). Default 6, the
   * shortest MSRP training sentence: the model has never seen shorter texts. 4 or 5 moved GVC F1 +0.02 and
   * ECB+ F1 −0.03 (`docs/alignment.md`).
   */
  readonly minModelWords: number;
  readonly blocking: BlockingSettings;
  readonly supports: SupportSwitches;
  /**
   * The different-speakers veto (`cluster/speaker-veto.ts`): two units of different reports whose speakers
   * are both named and clearly different (`text/speakers.ts`) score 0 and never share a claim, not even
   * through other members (a cannot-link in `cluster.ts`), since two people's statements are two claims
   * however alike their words (issue #15; on BASIL the commonest false join was two senators' statements
   * sharing words). `false` switches it off.
   */
  readonly speakerVeto: boolean;
  /**
   * Words in a row two such units must share for the veto to stand aside: one long quotation given to two
   * speakers is one utterance misattributed, which the attribution detector reports within one claim.
   * Default 6, the clause floor (`minClauseWords`). Measured with the veto as a score of 0 alone (before the
   * cannot-link): on news-dev 4 to 6 gave the same figures and 8 or more lost a true BASIL join (F1 0.611 → 0.606).
   */
  readonly speakerVetoSharedWords: number;
  /**
   * Log-odds added to a pair whose diagonal neighbour is a strong link (Barzilay & Elhadad 2003). Not fitted
   * (MSRP has no document order): one anchored neighbour moves a pair about as far as the model's probability
   * moving from 0.5 to 0.73, enough to decide borderline pairs and never enough to align unrelated text.
   */
  readonly orderBonus: number;
  /** Log-odds added to a cross-report pair that closes a triangle. Default 1, the report-order bonus, for the same reason. */
  readonly triangleBonus: number;
  /**
   * The probability a link to the third unit of a triangle needs to count. Default: the committed model's
   * `thresholds.anchor`, chosen by `npm run fit` as the lowest cut-off with precision 0.8 on BASIL candidate
   * pairs: what 0.2 had with the MSRP-only model, whose figure it was (low enough to catch the loosely worded
   * mentions of one event that a paraphrase model scores low, high enough that a pair sharing only a place
   * name rarely qualifies; on news-dev any anchor from 0.1 to 0.3 gave about the same figures then).
   */
  readonly triangleAnchor: number;
  /**
   * Third reports needed before two units of one report count as restating one claim (strongly linked, for
   * the one-unit-per-slot rule of `cluster.ts`). Default 2: one report whose compound sentence covers two
   * facts links to both; on news-dev one third report lowered ECB+ and GVC precision (GVC F1 0.64 → 0.55),
   * two raised ECB+ recall and precision.
   */
  readonly restatementReports: number;
  /**
   * Log-odds added to a cross-report pair of units that both come from the tops of their reports (the
   * inverted pyramid, Pöttker 2003). It was the report-order bonus (1) at first. Measured on news-dev, 1.5
   * lets the lead of a report written at a later stage of the story join the story's main claim, raising
   * ECB+ recall from 0.77 to 0.81 at precision 0.91 with the Hama claims and the fitted cut-off unchanged;
   * 2 and more bring ECB+ precision down to 0.90 and make the cut-off rule pick a higher cut-off that costs
   * Hama recall (`docs/alignment.md`; `npm run eval:news -- --set align.topBonus=<b>` reproduces the sweep).
   */
  readonly topBonus: number;
  /**
   * Log-odds added to a cross-report pair of units whose quoted words share a run of `quoteRunWords` word
   * keys in a row (`supports/quote-anchor.ts`, issue #15): the same quotation, however excerpted. On news-dev
   * 3 (with a run of 5) raised BASIL from R 0.513 / P 0.784 / F1 0.620 to 0.522 / 0.793 / 0.630; ECB+ moved from
   * 0.820 / 0.914 to 0.819 / 0.913, GVC and Hama did not move. Bonuses 2 to 5 gave the same BASIL recall (2: P 0.791).
   */
  readonly quoteBonus: number;
  /**
   * Word keys in a row two units' quotations must share for the quotation-anchor bonus. Default 5: 4 cost
   * BASIL precision (0.786), 6 cost recall (R 0.509, F1 0.617, below no bonus at all).
   */
  readonly quoteRunWords: number;
  /**
   * Log-odds added to a cross-report pair of units that share a calendar date rare in the story
   * (`supports/rare-anchors.ts`, issue #15), scaled by its rarity (1 when only the two units hold it). Default 2:
   * on news-dev BASIL R / P / F1 0.522 / 0.793 / 0.630 → 0.531 / 0.795 / 0.637 (1: no change; 3: as 2), ECB+ and
   * GVC unchanged. Figures with a unit and multi-word names as anchors cost precision (BASIL P 0.77) and were
   * dropped (docs/alignment.md, "Rare anchors").
   */
  readonly anchorBonus: number;
  /**
   * Log-odds added to a cross-report pair of a headline (or standfirst) unit and a body unit, not a report top,
   * that the headline's own lead is linked to at `triangleAnchor` (`supports/headline-lead.ts`, issue #15).
   * Default 0.5: with the penalty below, GVC precision 0.547 → 0.554 against the penalty alone; 1 and more cost
   * ECB+ precision (1: 0.899, 2: 0.893). `npm run eval:news -- --set align.headlineLeadBonus=<b>`.
   */
  readonly headlineLeadBonus: number;
  /**
   * Log-odds taken from such a pair when the headline's own lead is not linked to the unit: a headline states its
   * report's main claim, not every claim that shares its topic words. Default 2: on news-dev BASIL P 0.795 → 0.831
   * (R 0.531 the same), ECB+ R / P 0.819 / 0.913 → 0.825 / 0.903, GVC unchanged, Hama unchanged; 1: BASIL P 0.817;
   * 3 and 5 as 2 (5: BASIL P 0.828). On 2-report subsets (`--subsets 2`) ECB+ 0.763 / 0.911 → 0.778 / 0.925,
   * BASIL F1 0.552 → 0.573.
   */
  readonly headlinePenalty: number;
  /**
   * Overlapping claims (`cluster/secondary-members.ts`, issue #15): after clustering, a unit also joins another
   * claim whose members it is linked to (see the next three settings), when that claim holds no unit of its
   * report slot and no speaker cannot-link; a sentence stating two claims then supports both. Default `false`
   * (every unit belongs to one claim): on news-dev, on with the settings below, BASIL R / P / F1 0.531 / 0.831 / 0.648
   * → 0.567 / 0.815 / 0.669 (30 more predicted pairs, 21 of them right), ECB+ 0.825 / 0.903 → 0.828 / 0.902, GVC
   * 0.819 / 0.554 → 0.819 / 0.556, but Hama 0.585 / 0.821 / 0.683 → 0.627 / 0.750 / 0.683 (14 more, 5 right): a
   * precision loss, so it stays off until a stricter test keeps precision (docs/alignment.md, "Overlapping claims").
   * `npm run eval:news -- --set align.secondaryClaims=true`.
   */
  readonly secondaryClaims: boolean;
  /**
   * The score a secondary member needs, as a mean over the claim's members and per linked member; never below
   * `claimCutOff`. Default 0.15: at the claim cut-off (0.076) BASIL P fell to 0.780 (F1 0.677) and GVC P to 0.537;
   * 0.1: BASIL 0.580 / 0.811 / 0.677, GVC P 0.545; 0.2: BASIL F1 0.660, Hama P 0.770; 0.3: BASIL F1 0.656, Hama P 0.803.
   */
  readonly secondaryCutOff: number;
  /** Share of the claim's members the unit must be linked to at `secondaryCutOff`. Default 1, every member. */
  readonly secondaryShare: number;
  /** Most claims a unit joins as a secondary member, the best-linked first. Default 1: 2 gave BASIL P 0.812, recall the same. */
  readonly secondaryMaxClaims: number;
}

/** Detectors of the compare stage, in the order they run (`compare/detectors/`); `false` switches one off. */
export interface DetectorSwitches {
  readonly numbers: boolean;
  readonly dates: boolean;
  readonly attribution: boolean;
  readonly quotes: boolean;
  readonly names: boolean;
  readonly coverage: boolean;
}

/** Compare stage: which figures, dates, speakers and quotations of one claim are compared and flagged (`compare/`). */
export interface CompareSettings {
  readonly detectors: DetectorSwitches;
  /**
   * Share of body sentences a word must appear in to count as a topic word of the story, too common to show
   * that two figures are attached to the same thing (`claims/claim-view.ts`). Default 0.1, one in ten, by
   * tf-idf practice.
   */
  readonly topicShare: number;
  /** Below this many body sentences a story has no topic words: the counts would be noise. Default 30. */
  readonly topicMinSentences: number;
  /** Words either side of a figure, date or duration whose content words say what it is about. Default 8, set by hand. */
  readonly contextRadius: number;
  /**
   * Words either side of a figure or date that say what it is attached to; two rival values are only paired
   * when these overlap (`claims/pairing.ts`). Default 6, set by hand, inside the context radius.
   */
  readonly nearRadius: number;
  /** Relative tolerance between figures in different units: conversions are rounded (40 km ≈ 25 miles). Default 0.05. */
  readonly conversionTolerance: number;
  /**
   * Relative difference under which two durations in different calendar units are one span ("four weeks" /
   * "a month"). Default 0.1: a month is 28 to 31 days.
   */
  readonly calendarTolerance: number;
  /** Words either side of a date within which a procedure word ("arraigned", "charged") says what the date is of. Default 4, set by hand. */
  readonly stageRadius: number;
  /**
   * Content stems two quotations must share to be renderings of one quote (`detectors/quotes.ts`). Default 2,
   * set by hand.
   */
  readonly quoteSharedStems: number;
  /** …covering at least this share of the shorter quotation's content stems. Default 0.5 (half), set by hand. */
  readonly quoteSharedShare: number;
  /**
   * Otherwise, for short quotations: the Dice coefficient over all their word stems (with at least one content
   * word shared) that makes them one quote ("most words shared"). Default 0.6, set by hand.
   */
  readonly quoteShortDice: number;
  /**
   * Content stems two units must share to report one statement, so that their speakers are compared
   * (`detectors/attribution.ts`). Default 2: one shared word ("fired") is no evidence that two short
   * sentences report one statement.
   */
  readonly statementSharedStems: number;
  /** …and at least this share of the shorter unit's content stems (overlap coefficient). Default 0.4, set by hand. */
  readonly statementOverlap: number;
  /**
   * Whether figures, dates and quotations are also compared across the whole story, between sentences of
   * different reports that share no claim (`story-wide/fact-groups.ts`). Default true: on Hama, the distance
   * to Homs in kilometres and in miles and the 1982 toll are given in sentences that never share a claim.
   */
  readonly storyWide: boolean;
  /**
   * Across the whole story, the content stems (the story's topic words, and a figure's own counted noun or
   * role, left out) that two figures or dates must share within `nearRadius` words to be about one thing.
   * Default 2, set by hand on the hand-made fixture story (`tests/compare/story-wide.test.ts`): one shared
   * word ("killed", "police") joins the tolls of different events; two (a place and a direction, an event and
   * its year) are what the same fact repeats.
   */
  readonly storyWideNearShared: number;
  /**
   * Across the whole story, the run of words (by stem) two quotations must share, unless they share most of
   * their words, to be one quotation (`isSameQuotationAcrossStory`). Default 5, the aligner's quotation
   * anchor (`AlignSettings.quoteRunWords`): shorter shared runs ("to better understand") join two
   * statements on one topic (observed in BASIL's Benghazi story).
   */
  readonly storyWideQuoteRun: number;
}

/**
 * Provenance stage: the thresholds of the derivation verdict (`provenance/verdict.ts`, which explains what
 * each verdict requires).
 */
export interface ProvenanceSettings {
  /** "Most of the source's claims": more carried than left out. Default 0.5. */
  readonly minCoverage: number;
  /**
   * Largest chance (upper bound) of the common order arising between unrelated orderings for the order to
   * count as evidence: the conventional 1 % significance level, chosen over 5 % because reports of one event
   * tend to share an order anyway (a weaker null than pure chance), and because calling a report a copy of
   * another is a serious statement.
   */
  readonly maxOrderChance: number;
  /**
   * Least wording similarity (outside quotations) for a shared claim to count as near-verbatim: four words
   * in five kept in order. Python's difflib calls 0.6 a "close match"; we ask for more because reports of one
   * event share names, numbers and function words when written apart, and even a rewrite does: in Hama, 001
   * rewords every sentence of 000 yet keeps over 40 % of its words on average.
   */
  readonly verbatimWording: number;
  /** Near-verbatim shared claims needed: one can be a stock formula (a lede), two are a shared passage. Default 2. */
  readonly minVerbatimClaims: number;
}

/** Every tuning constant of the pipeline, by stage. */
export interface PipelineSettings {
  readonly segment: SegmentSettings;
  readonly align: AlignSettings;
  readonly compare: CompareSettings;
  readonly provenance: ProvenanceSettings;
}

/** Freezes an object and every object inside it, so no caller can change the defaults for everyone. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

const committedModel = getDefaultAlignmentModel();

/** The settings the site and `comparison.json` use; each value's reason is on its field. Frozen. */
export const DEFAULT_SETTINGS: PipelineSettings = deepFreeze({
  segment: {
    maxQuoteMerge: 8,
    englishShare: 0.15,
    minWordsToJudge: 30,
    minLettersToNameLanguage: 20,
    otherLanguageShare: 0.01,
    japaneseKanaShare: 0.1,
  },
  align: {
    claimCutOff: committedModel.thresholds.claim,
    strongCutOff: committedModel.thresholds.strong,
    minClauseWords: 6,
    minModelWords: 6,
    blocking: { window: 40, maxCandidates: 40 },
    supports: { order: true, triangle: true, top: true, quote: true, anchor: true, headline: true },
    speakerVeto: true,
    speakerVetoSharedWords: 6,
    orderBonus: 1,
    triangleBonus: 1,
    triangleAnchor: committedModel.thresholds.anchor,
    restatementReports: 2,
    topBonus: 1.5,
    quoteBonus: 3,
    quoteRunWords: 5,
    anchorBonus: 2,
    headlineLeadBonus: 0.5,
    headlinePenalty: 2,
    secondaryClaims: false,
    secondaryCutOff: 0.15,
    secondaryShare: 1,
    secondaryMaxClaims: 1,
  },
  compare: {
    detectors: { numbers: true, dates: true, attribution: true, quotes: true, names: true, coverage: true },
    topicShare: 0.1,
    topicMinSentences: 30,
    contextRadius: 8,
    nearRadius: 6,
    conversionTolerance: 0.05,
    calendarTolerance: 0.1,
    stageRadius: 4,
    quoteSharedStems: 2,
    quoteSharedShare: 0.5,
    quoteShortDice: 0.6,
    statementSharedStems: 2,
    statementOverlap: 0.4,
    storyWide: true,
    storyWideNearShared: 2,
    storyWideQuoteRun: 5,
  },
  provenance: {
    minCoverage: 0.5,
    maxOrderChance: 0.01,
    verbatimWording: 0.8,
    minVerbatimClaims: 2,
  },
});
