import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { IngestError } from './ingest-error.ts';

/**
 * The one adapter to the `yaml` package: parses a YAML file into plain data and can say on which
 * line a key stands, so that errors found later (by the zod schema) point at the line too.
 */
export interface YamlData {
  /** The parsed value; an empty file gives `{}`. */
  readonly data: unknown;
  /** 1-based line of the key at the end of a key path (`['reports', 'a.txt', 'url']`), when it is written out. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Most alias expansions a file may make. `story.yaml` needs no aliases at all; a few (one outlet
 * named once and reused) are harmless, while a "billion laughs" file nests aliases so that a few
 * hundred bytes expand to gigabytes. The `yaml` package counts expansions against this limit (its
 * `maxAliasCount` option, default 100) and throws a plain ReferenceError beyond it.
 */
export const MAX_YAML_ALIASES = 100;

/**
 * Parses YAML text with the core schema (dates stay strings, no custom tags run). Every failure is
 * an `IngestError` naming the file and, when known, the line: a syntax error, an alias bomb, or
 * anything else the parser throws; no other kind of error escapes.
 */
export function parseYamlFile(file: string, text: string): YamlData {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { schema: 'core', lineCounter });
  } catch (error) {
    throw new IngestError({ file }, `could not be read as YAML (${describe(error)})`);
  }
  const [syntax] = document.errors;
  if (syntax !== undefined) {
    throw new IngestError({ file, line: syntax.linePos?.[0].line }, `not valid YAML: ${syntax.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (error) {
    let firstAlias: number | undefined;
    visit(document, {
      Alias: (_key, node) => {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    // The package's only sign of a bomb is its message ("Excessive alias count …"); other failures keep theirs.
    if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
      throw new IngestError(
        { file, line: lineAt(firstAlias) },
        `its YAML aliases (*name) expand to too much data (more than ${MAX_YAML_ALIASES} copies), as in a "billion laughs" attack; write the values out instead of using aliases`,
      );
    }
    throw new IngestError({ file, line: lineAt(firstAlias) }, `could not be read as YAML (${describe(error)})`);
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const last = path.at(-1);
    if (last === undefined) return undefined;
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
    return pair !== undefined && isScalar(pair.key) ? lineAt(pair.key.range?.[0]) : undefined;
  };
  return { data, lineOf };
}

/** The first line of an error's message, for wrapping an unexpected parser failure. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}
