/**
 * The `--set name=value` option of the evaluation scripts: overrides any pipeline setting
 * (`src/pipeline/settings.ts`) by its dotted name, e.g. `--set align.topBonus=0` or
 * `--set align.supports.top=false`, to measure how the figures depend on it. Repeat it for several;
 * a later assignment of one name wins. The site and the export always use the defaults.
 */
import { DEFAULT_SETTINGS, type PipelineSettings } from '../../src/pipeline/settings.ts';

/** A value a setting can hold. */
type SettingValue = number | boolean;

/** Raised for an assignment that names no setting, gives a value of the wrong type, or that a script refuses. */
export class SettingsOptionError extends Error {
  override readonly name = 'SettingsOptionError';
}

/** Options of `parseSettingsOption`; every field may be left out. */
export interface SettingsOptionOptions {
  /** The settings assignments apply to; default `DEFAULT_SETTINGS`. */
  readonly base?: PipelineSettings | undefined;
  /** Settings this script chooses itself, each with the reason, e.g. the cut-offs `fit:msrp` fits. */
  readonly reserved?: ReadonlyMap<string, string> | undefined;
}

/** Whether a value is a group of settings rather than one setting. */
function isGroup(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** Every setting of `settings` by dotted name, with its value, in declaration order. */
export function listSettings(settings: PipelineSettings = DEFAULT_SETTINGS): Map<string, SettingValue> {
  const found = new Map<string, SettingValue>();
  const walk = (group: Readonly<Record<string, unknown>>, prefix: string): void => {
    for (const [key, value] of Object.entries(group)) {
      const name = `${prefix}${key}`;
      if (isGroup(value)) walk(value, `${name}.`);
      else if (typeof value === 'number' || typeof value === 'boolean') found.set(name, value);
    }
  };
  walk(settings as unknown as Readonly<Record<string, unknown>>, '');
  return found;
}

/** The valid names with their type and default, one per line, for error messages. */
function describeNames(settings: ReadonlyMap<string, SettingValue>): string {
  return [...settings].map(([name, value]) => `  ${name} (${typeof value}, default ${String(value)})`).join('\n');
}

/** Reads the text of a value as the type of the setting's default: a finite number, or `true` / `false`. */
function readValue(name: string, text: string, current: SettingValue): SettingValue {
  if (typeof current === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw new SettingsOptionError(`--set ${name} takes true or false, got "${text}"`);
  }
  const value = Number(text);
  // `Number('')` is 0 and `Number('1,5')` NaN: only plain finite numbers count.
  if (text.trim() === '' || !Number.isFinite(value)) throw new SettingsOptionError(`--set ${name} takes a number, got "${text}"`);
  return value;
}

/** A copy of `group` with the setting at `path` replaced; groups off the path are shared, not copied. */
function replaceAt(group: Readonly<Record<string, unknown>>, path: readonly string[], value: SettingValue): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) throw new RangeError('empty setting path');
  const inner = group[key];
  return { ...group, [key]: rest.length === 0 || !isGroup(inner) ? value : replaceAt(inner, rest, value) };
}

/**
 * The settings after applying every `name=value` assignment in order (none: the base itself). A name must be
 * a setting's full dotted name and the value must have its type; otherwise a `SettingsOptionError` says
 * what is wrong and lists every valid name with its type and default.
 */
export function parseSettingsOption(assignments: readonly string[] = [], options?: SettingsOptionOptions): PipelineSettings {
  const base = options?.base ?? DEFAULT_SETTINGS;
  const known = listSettings(base);
  let settings = base;
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals === -1) {
      throw new SettingsOptionError(`--set takes name=value, got "${assignment}"; valid names:\n${describeNames(known)}`);
    }
    const name = assignment.slice(0, equals).trim();
    const current = known.get(name);
    if (current === undefined) {
      throw new SettingsOptionError(`--set: no setting is called "${name}"; valid names:\n${describeNames(known)}`);
    }
    const reason = options?.reserved?.get(name);
    if (reason !== undefined) throw new SettingsOptionError(`--set ${name} cannot be set here: ${reason}`);
    const value = readValue(name, assignment.slice(equals + 1).trim(), current);
    settings = replaceAt(settings as unknown as Readonly<Record<string, unknown>>, name.split('.'), value) as unknown as PipelineSettings;
  }
  return settings;
}

/** "align.topBonus=0, align.supports.top=false": the settings that differ from the defaults, or "" when none do. */
export function describeChangedSettings(settings: PipelineSettings): string {
  const defaults = listSettings(DEFAULT_SETTINGS);
  return [...listSettings(settings)]
    .filter(([name, value]) => defaults.get(name) !== value)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ');
}

/**
 * For a script's entry point: the settings of its `--set` options, with the changed ones printed; a wrong name
 * or value prints the message (which lists the valid names) and exits with status 2.
 */
export function readSettingsOptionOrExit(assignments: readonly string[] = [], options?: SettingsOptionOptions): PipelineSettings {
  try {
    const settings = parseSettingsOption(assignments, options);
    const changed = describeChangedSettings(settings);
    if (changed !== '') console.log(`settings changed: ${changed}`);
    return settings;
  } catch (error) {
    if (!(error instanceof SettingsOptionError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
