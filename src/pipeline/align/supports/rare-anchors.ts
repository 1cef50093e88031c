/**
 * Rare anchors as evidence (issue #15). Inside one story every sentence shares the topic words, so two
 * sentences of different reports that share only a specific detail score low with a paraphrase model; yet
 * such a detail, when few units of the story mention it, is evidence that the two state the same claim.
 * This is the IDF intuition of information retrieval (Spärck Jones 1972, "A statistical interpretation of
 * term specificity") applied within the story, to anchors rather than words: a cross-report pair sharing an
 * anchor gets `AlignSettings.anchorBonus` log-odds scaled by the anchor's rarity in the story (1 for an
 * anchor that only the two units hold, falling to 0 as more units hold it).
 *
 * The anchor kept is a calendar date, a month and its day ("May 1", "1 May"), read from the profile's
 * tokens and the calendar word list. Figures with their unit (`text/quantities.ts`) and two name words in a
 * row were tried as anchors too and dropped: on news-dev they cost precision and won no pair
 * (docs/alignment.md, "Rare anchors").
 */
import { MONTH_WORDS } from '../../lexicon/en/calendar.ts';
import type { TextProfile } from '../profile/text-profile.ts';
import type { SupportRule } from './support-context.ts';

/** Highest day of a month: a number beside a month word up to it reads as a day ("May 1"). */
const LAST_DAY = 31;

/** The day a token states, when it is a whole number from 1 to 31. */
function dayOf(token: TextProfile['tokens'][number] | undefined): number | undefined {
  if (token?.isNumber !== true) return undefined;
  const value = Number(token.stem);
  return Number.isInteger(value) && value >= 1 && value <= LAST_DAY ? value : undefined;
}

/**
 * The date anchors of one profiled text, each once, as keys `month:day` ("may:1"): a capitalised month word
 * (so the verb "may" is none) followed or preceded by a day number.
 */
export function findDateAnchors(profile: TextProfile): string[] {
  const anchors = new Set<string>();
  profile.tokens.forEach((token, index) => {
    if (!token.isCapitalised || !MONTH_WORDS.has(token.norm)) return;
    const day = dayOf(profile.tokens[index + 1]) ?? dayOf(profile.tokens[index - 1]);
    if (day !== undefined) anchors.add(`${token.norm.slice(0, 3)}:${day}`);
  });
  return [...anchors];
}

/**
 * Each anchor's rarity in a story, given the anchors of every unit: `log(units / holders) / log(units / 2)`,
 * clipped to [0, 1], so an anchor held by two units weighs 1 and one held by every unit 0.
 */
export function weighAnchors(anchorsOf: readonly (readonly string[])[]): Map<string, number> {
  const holders = new Map<string, number>();
  for (const anchors of anchorsOf) for (const anchor of anchors) holders.set(anchor, (holders.get(anchor) ?? 0) + 1);
  const units = anchorsOf.length;
  const scale = Math.log(Math.max(units, 3) / 2);
  const rarity = new Map<string, number>();
  for (const [anchor, count] of holders) rarity.set(anchor, Math.min(1, Math.max(0, Math.log(units / count) / scale)));
  return rarity;
}

/** The rare-anchor rule: `anchorBonus` × the rarity of the rarest date a cross-report pair shares. */
export const rareAnchorRule: SupportRule = {
  name: 'anchor',
  apply: ({ profiles, pairs, settings }) => {
    const anchorsOf = profiles.map(findDateAnchors);
    const rarity = weighAnchors(anchorsOf);
    const sets = anchorsOf.map((anchors) => new Set(anchors));
    return pairs.map((pair) => {
      if (pair.reportA === pair.reportB) return 0;
      const other = sets[pair.b];
      let best = 0;
      for (const anchor of anchorsOf[pair.a] ?? []) if (other?.has(anchor) === true) best = Math.max(best, rarity.get(anchor) ?? 0);
      return settings.anchorBonus * best;
    });
  },
};
