import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import {
  describeChangedSettings,
  listSettings,
  parseSettingsOption,
  SettingsOptionError,
} from '../../scripts/lib/settings-option.ts';

describe('parseSettingsOption', () => {
  it('gives the defaults themselves when no --set is given', () => {
    expect(parseSettingsOption(undefined)).toBe(DEFAULT_SETTINGS);
    expect(parseSettingsOption([])).toBe(DEFAULT_SETTINGS);
  });

  it('sets one number by its dotted name and leaves every other setting as it was', () => {
    expect(parseSettingsOption(['align.topBonus=0'])).toEqual({
      ...DEFAULT_SETTINGS,
      align: { ...DEFAULT_SETTINGS.align, topBonus: 0 },
    });
  });

  it('sets a setting two groups deep', () => {
    expect(parseSettingsOption(['align.blocking.window=80']).align.blocking).toEqual({ window: 80, maxCandidates: 40 });
  });

  it('reads true and false for a switch', () => {
    const settings = parseSettingsOption(['align.supports.top=false', 'compare.detectors.names=true']);
    expect(settings.align.supports).toEqual({ ...DEFAULT_SETTINGS.align.supports, top: false });
    expect(settings.compare.detectors.names).toBe(true);
  });

  it('reads negative and decimal numbers', () => {
    expect(parseSettingsOption(['align.orderBonus=-1.25']).align.orderBonus).toBe(-1.25);
  });

  it('lets a later assignment of one name win', () => {
    expect(parseSettingsOption(['align.topBonus=2', 'align.topBonus=3']).align.topBonus).toBe(3);
  });

  it('leaves the defaults unchanged', () => {
    parseSettingsOption(['align.topBonus=0', 'segment.englishShare=0.5']);
    expect(DEFAULT_SETTINGS.align.topBonus).toBe(1.5);
    expect(DEFAULT_SETTINGS.segment.englishShare).toBe(0.15);
  });

  it('rejects a name that is no setting, listing every valid name with its type and default', () => {
    expect(() => parseSettingsOption(['align.topBonnus=1'])).toThrow(SettingsOptionError);
    expect(() => parseSettingsOption(['align.topBonnus=1'])).toThrow(/no setting is called "align\.topBonnus"/);
    expect(() => parseSettingsOption(['align.topBonnus=1'])).toThrow(/align\.topBonus \(number, default 1\.5\)/);
    expect(() => parseSettingsOption(['align.topBonnus=1'])).toThrow(/align\.supports\.top \(boolean, default true\)/);
  });

  it('rejects the name of a group of settings', () => {
    expect(() => parseSettingsOption(['align=1'])).toThrow(/no setting is called "align"/);
  });

  it('rejects names that only an object prototype has', () => {
    for (const name of ['__proto__', 'constructor', 'align.constructor', 'align.__proto__.topBonus', 'toString']) {
      expect(() => parseSettingsOption([`${name}=1`])).toThrow(SettingsOptionError);
    }
  });

  it('rejects a number setting given text that is not a finite number, naming the setting', () => {
    for (const bad of ['', ' ', 'abc', 'Infinity', '1,5', 'true']) {
      expect(() => parseSettingsOption([`align.topBonus=${bad}`])).toThrow(/--set align\.topBonus takes a number/);
    }
  });

  it('rejects a switch given anything but true or false', () => {
    for (const bad of ['1', 'yes', 'TRUE', '']) {
      expect(() => parseSettingsOption([`align.supports.top=${bad}`])).toThrow(/--set align\.supports\.top takes true or false/);
    }
  });

  it('rejects an assignment without "="', () => {
    expect(() => parseSettingsOption(['align.topBonus'])).toThrow(/--set takes name=value, got "align\.topBonus"/);
  });

  it('refuses a setting the script reserves, with its reason', () => {
    const reserved = new Map([['align.claimCutOff', 'fit:msrp chooses it']]);
    expect(() => parseSettingsOption(['align.claimCutOff=0.2'], { reserved })).toThrow('--set align.claimCutOff cannot be set here: fit:msrp chooses it');
  });
});

describe('listSettings', () => {
  it('names every setting of every stage by its dotted name', () => {
    const names = [...listSettings().keys()];
    expect(names).toContain('segment.englishShare');
    expect(names).toContain('align.blocking.maxCandidates');
    expect(names).toContain('compare.detectors.quotes');
    expect(names).toContain('provenance.maxOrderChance');
    expect(names.every((name) => /^(segment|align|compare|provenance)\.[\w.]+$/.test(name))).toBe(true);
  });
});

describe('describeChangedSettings', () => {
  it('lists the settings that differ from the defaults', () => {
    expect(describeChangedSettings(parseSettingsOption(['align.topBonus=0', 'align.supports.top=false']))).toBe(
      'align.supports.top=false, align.topBonus=0',
    );
  });

  it('is empty for the defaults, even when a default is set again', () => {
    expect(describeChangedSettings(parseSettingsOption(['align.topBonus=1.5']))).toBe('');
  });
});
