/**
 * Name discrepancies and entity grouping. Mentions of one entity spelled several ways (al-Golani /
 * al-Jolani, Bashar al-Assad / Bashar Assad, Mohammed / Mohammad) are grouped as one entity, so the site
 * never shows them as different people, and each entity whose spellings differ between reports yields
 * one `name` finding listing the spellings (a particle written or dropped is house style, not a different
 * spelling). Two multi-word names are one entity when every word of the
 * shorter matches, in order, a word of the longer (exactly or as a spelling variant) and their last words
 * match; a one-word mention ("Mr. Golani") joins the only entity whose last word it matches, and stays
 * apart when several do ("Assad": Bashar or Hafez?).
 */
import type { ClaimId, SegmentedStory, SentenceId, SourceId } from '../../types.ts';
import type { ClaimView } from '../claims/claim-view.ts';
import { countReports, type Finding } from '../claims/findings.ts';
import { extractNameMentions, type NameMention } from '../facts/name-mentions.ts';
import {
  foldName,
  isFoldedGivenNameSpellingOf,
  isFoldedSpellingOf,
  isGivenNameSpellingOf,
  isRegionalSpelling,
  SpellingIndex,
  tokenizeWords,
} from '../../text/index.ts';

/** One mention of an entity in a sentence. */
export interface EntityMention {
  readonly sentence: SentenceId;
  readonly source: SourceId;
  /** Exactly as written in the sentence text, at [start, end). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One real-world entity (person, place, organisation) and every way the reports write it. */
export interface NameEntity {
  /** Story-unique, order-stable id, e.g. `e007`. */
  readonly id: string;
  /** The most frequent full form, e.g. "Bashar al-Assad". */
  readonly name: string;
  /** Distinct surface forms, most frequent first. */
  readonly forms: readonly string[];
  readonly mentions: readonly EntityMention[];
}

interface Found {
  readonly mention: NameMention;
  readonly sentence: SentenceId;
  readonly source: SourceId;
  readonly order: number;
}

/** `isSameName` on names whose words are already folded with `foldName`. */
function isSameFoldedName(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const lastShort = shorter.at(-1);
  const lastLong = longer.at(-1);
  if (lastShort === undefined || lastLong === undefined || !isFoldedSpellingOf(lastShort, lastLong)) return false;
  let cursor = 0;
  for (const word of shorter) {
    while (cursor < longer.length && !isFoldedGivenNameSpellingOf(word, longer[cursor] ?? '')) cursor += 1;
    if (cursor === longer.length) return false;
    cursor += 1;
  }
  return true;
}

/**
 * Whether the shorter name's words all match, in order, words of the longer, last word to last word. The
 * last words must be spellings of each other; given names may be looser (Ana/Anna).
 */
export function isSameName(a: readonly string[], b: readonly string[]): boolean {
  return isSameFoldedName(a.map(foldName), b.map(foldName));
}

/**
 * Words of a text that start in lower case and follow whitespace after a lower-case letter, a comma or a
 * semicolon, each with any apostrophes it holds ("students’"): words the text writes in lower case in the
 * middle of a sentence, where a capital would have meant a name.
 */
function midSentenceLowerCaseWords(text: string): string[] {
  return tokenizeWords(text, 'apostrophe-letters')
    .filter((token) => /^\p{Ll}/u.test(token.text) && followsLowerCaseOrComma(text, token.start))
    .map((token) => token.text);
}

/** Whether whitespace comes right before `start`, and a lower-case letter, comma or semicolon before that. */
function followsLowerCaseOrComma(text: string, start: number): boolean {
  let cut = start;
  while (cut > 0 && /\s/.test(text[cut - 1] ?? '')) cut -= 1;
  // The last character before the whitespace, read as a code point (two code units for astral letters).
  return cut < start && cut > 0 && /[\p{Ll},;]$/u.test(text.slice(Math.max(0, cut - 2), cut));
}

function collectMentions(story: SegmentedStory): Found[] {
  // Words the story writes in lower case somewhere are ordinary words, not names, at a sentence start.
  const lowerWords = new Set<string>();
  for (const report of story.reports) {
    for (const sentence of report.sentences) {
      for (const word of midSentenceLowerCaseWords(sentence.text)) lowerWords.add(word);
    }
  }
  const found: Found[] = [];
  for (const report of story.reports) {
    if (report.duplicateOf !== undefined) continue;
    for (const sentence of report.sentences) {
      if (sentence.kind !== 'body') continue;
      for (const mention of extractNameMentions(sentence.text, (word) => lowerWords.has(word))) {
        found.push({ mention, sentence: sentence.id, source: report.id, order: found.length });
      }
    }
  }
  return found;
}

/** `foldName` remembered per word, for one clustering. */
function createFolder(): (word: string) => string {
  const folds = new Map<string, string>();
  return (word) => {
    let fold = folds.get(word);
    if (fold === undefined) {
      fold = foldName(word);
      folds.set(word, fold);
    }
    return fold;
  };
}

/** Adds `value` to the set kept under `key`. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/**
 * Groups full names (two core words or more): two mentions are one entity when `isSameName` holds for
 * them or for a chain of mentions between them. Only names whose last words are spellings of each other
 * can match, so names are compared within those groups (found through a `SpellingIndex`), and each
 * distinct name once: the work grows with the names that could match, not with every pair of mentions.
 */
function clusterFullNames(full: readonly Found[], fold: (word: string) => string): Found[][] {
  const names = new Map<string, { core: readonly string[]; items: Found[] }>();
  for (const item of full) {
    const key = item.mention.core.join('\u0000');
    const name = names.get(key);
    if (name === undefined) names.set(key, { core: item.mention.core.map(fold), items: [item] });
    else name.items.push(item);
  }
  const distinct = [...names.values()];
  const parent = distinct.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    parent[index] = at;
    return at;
  };
  const byLast = new Map<string, Set<number>>();
  const lastWords = new SpellingIndex();
  distinct.forEach((name, index) => {
    const last = name.core.at(-1) ?? '';
    addTo(byLast, last, index);
    lastWords.add(last);
  });
  for (const [last, indexes] of byLast) {
    for (const variant of lastWords.spellingsOf(last)) {
      for (const a of indexes) {
        for (const b of byLast.get(variant) ?? []) {
          if (a >= b || root(a) === root(b)) continue;
          if (isSameFoldedName(distinct[a]?.core ?? [], distinct[b]?.core ?? [])) parent[root(b)] = root(a);
        }
      }
    }
  }
  const clusters = new Map<number, Found[]>();
  distinct.forEach((name, index) => {
    const cluster = clusters.get(root(index));
    if (cluster === undefined) clusters.set(root(index), [...name.items]);
    else cluster.push(...name.items);
  });
  return [...clusters.values()];
}

/**
 * Groups the story's name mentions into entities. Full names are grouped first (`clusterFullNames`). A
 * one-word mention then joins the only entity with a last word it spells; when no entity or several do,
 * it joins the first group of one-word mentions with a word it spells, or starts one. Mentions join in
 * story order, and a joined word counts for later ones.
 */
function clusterMentions(found: readonly Found[]): Found[][] {
  const fold = createFolder();
  const clusters = clusterFullNames(
    found.filter((item) => item.mention.core.length >= 2),
    fold,
  );
  const single = found.filter((item) => item.mention.core.length === 1);
  // Which clusters have a mention ending in a given folded word, and the same for groups of one-word mentions.
  const owners = new Map<string, Set<number>>();
  const ownerWords = new SpellingIndex();
  clusters.forEach((cluster, index) => {
    for (const item of cluster) {
      const last = fold(item.mention.core.at(-1) ?? '');
      addTo(owners, last, index);
      ownerWords.add(last);
    }
  });
  const loose: Found[][] = [];
  const looseGroups = new Map<string, Set<number>>();
  const looseWords = new SpellingIndex();
  for (const item of single) {
    const word = fold(item.mention.core[0] ?? '');
    const owning = new Set<number>();
    for (const variant of ownerWords.spellingsOf(word)) for (const index of owners.get(variant) ?? []) owning.add(index);
    const [owner] = owning;
    if (owning.size === 1 && owner !== undefined) {
      clusters[owner]?.push(item);
      addTo(owners, word, owner);
      ownerWords.add(word);
      continue;
    }
    // Ambiguous ("Assad" could be Bashar or Hafez) or unknown: an entity of its own.
    let group = Infinity;
    for (const variant of looseWords.spellingsOf(word)) for (const index of looseGroups.get(variant) ?? []) group = Math.min(group, index);
    if (group === Infinity) {
      group = loose.length;
      loose.push([item]);
    } else loose[group]?.push(item);
    addTo(looseGroups, word, group);
    looseWords.add(word);
  }
  return [...clusters, ...loose]
    .map((cluster) => [...cluster].sort((a, b) => a.order - b.order))
    .sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
}

function formsByFrequency(cluster: readonly Found[]): string[] {
  const counts = new Map<string, number>();
  for (const item of cluster) counts.set(item.mention.text, (counts.get(item.mention.text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
}

/**
 * Groups every name mention of the story's body sentences into entities, merging spelling variants.
 * Exposed so the site and other stages treat "al-Golani" and "al-Jolani" as one person.
 */
export function groupNameEntities(story: SegmentedStory): NameEntity[] {
  return clusterMentions(collectMentions(story)).map((cluster, index) => {
    const forms = formsByFrequency(cluster);
    const fullForms = formsByFrequency(cluster.filter((item) => item.mention.core.length >= 2));
    return {
      id: `e${String(index + 1).padStart(3, '0')}`,
      name: fullForms[0] ?? forms[0] ?? '',
      forms,
      mentions: cluster.map((item) => ({
        sentence: item.sentence,
        source: item.source,
        text: item.mention.text,
        start: item.mention.start,
        end: item.mention.end,
      })),
    };
  });
}

/**
 * How one mention spells each word of the entity's fullest name (by position). Particles ("al-", "van")
 * are left out: whether an outlet writes them is house style ("Bashar al-Assad" / "Bashar Assad").
 */
interface Spelling {
  readonly words: ReadonlyMap<number, string>;
}

function spellingOf(mention: NameMention, canonical: readonly string[]): Spelling {
  const words = new Map<number, string>();
  let cursor = 0;
  for (const word of mention.words) {
    if (word.particle) continue;
    while (cursor < canonical.length && !isGivenNameSpellingOf(word.fold, canonical[cursor] ?? '')) cursor += 1;
    if (cursor === canonical.length) break;
    words.set(cursor, word.fold);
    cursor += 1;
  }
  return { words };
}

function conflicts(a: Spelling, b: Spelling): boolean {
  for (const [position, word] of a.words) {
    const other = b.words.get(position);
    // British and American spellings of a word inside a name ("Recognised"/"Recognized") are house style.
    if (other !== undefined && !isRegionalSpelling(other, word)) return true;
  }
  return false;
}

function merge(a: Spelling, b: Spelling): Spelling {
  return { words: new Map([...a.words, ...b.words]) };
}

/** Splits an entity's mentions into groups that spell it the same way (partial mentions join the first fit). */
function groupSpellings(cluster: readonly Found[]): Found[][] {
  const canonical = [...cluster].sort((a, b) => b.mention.core.length - a.mention.core.length)[0]?.mention.core ?? [];
  const ordered = [...cluster].sort((a, b) => b.mention.core.length - a.mention.core.length || a.order - b.order);
  const groups: { spelling: Spelling; members: Found[] }[] = [];
  for (const item of ordered) {
    const spelling = spellingOf(item.mention, canonical);
    const group = groups.find((candidate) => !conflicts(candidate.spelling, spelling));
    if (group === undefined) groups.push({ spelling, members: [item] });
    else {
      group.spelling = merge(group.spelling, spelling);
      group.members.push(item);
    }
  }
  return groups.map((group) => group.members);
}

/**
 * One `name` finding per entity whose spellings differ between reports: the spellings with their report
 * counts, and one sentence per spelling, taken from the claim that shows the most spellings side by side.
 */
export function findNameDiscrepancies(story: SegmentedStory, claims: readonly ClaimView[]): Finding[] {
  const claimsOfSentence = new Map<SentenceId, ClaimView[]>();
  for (const claim of claims) {
    for (const view of claim.units) {
      const list = claimsOfSentence.get(view.sentence.id) ?? [];
      if (!list.includes(claim)) list.push(claim);
      claimsOfSentence.set(view.sentence.id, list);
    }
  }
  const findings: Finding[] = [];
  for (const cluster of clusterMentions(collectMentions(story))) {
    const inClaims = cluster.filter((item) => claimsOfSentence.has(item.sentence));
    const groups = groupSpellings(inClaims);
    if (groups.length < 2) continue;
    const reports = (group: readonly Found[]): number => new Set(group.map((item) => item.source)).size;
    groups.sort((a, b) => reports(b) - reports(a) || (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
    // The claim where most spellings meet.
    const score = new Map<ClaimView, number>();
    groups.forEach((group) => {
      const seen = new Set<ClaimView>();
      for (const item of group) for (const claim of claimsOfSentence.get(item.sentence) ?? []) seen.add(claim);
      for (const claim of seen) score.set(claim, (score.get(claim) ?? 0) + 1);
    });
    const [best] = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].index - b[0].index);
    if (best === undefined) continue;
    const claim = best[0];
    const inBest = (item: Found): boolean => (claimsOfSentence.get(item.sentence) ?? []).includes(claim);
    const sentences: SentenceId[] = [];
    const values: Record<string, string> = Object.create(null);
    const shown: string[] = [];
    for (const group of groups) {
      const longest = Math.max(...group.map((item) => item.mention.core.length));
      // One sentence per distinct written form, preferring the chosen claim, then story order.
      const ordered = [...group].sort((a, b) => Number(inBest(b)) - Number(inBest(a)) || a.order - b.order);
      const forms = new Set<string>();
      for (const item of ordered) {
        const form = item.mention.text.toLowerCase();
        if (forms.has(form) || Object.hasOwn(values, item.sentence)) continue;
        forms.add(form);
        sentences.push(item.sentence);
        values[item.sentence] = item.mention.text;
      }
      const display = group.find((item) => item.mention.core.length === longest)?.mention.text ?? '';
      shown.push(`${display} (${countReports(reports(group))})`);
    }
    if (sentences.length < 2) continue;
    findings.push({
      kind: 'name',
      severity: 'variant',
      claim: claim.claim.id as ClaimId,
      summary: shown.join(' vs '),
      sentences,
      values,
    });
  }
  return findings;
}
