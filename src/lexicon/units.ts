/**
 * Units of measure, keyed by a language-independent id. The per-language tables
 * (`src/lexicon/<lang>/numbers.ts`) map what is written ('km', 'kilometres', 'procent', '$') to
 * these ids; everything that compares quantities works on ids.
 *
 * Conversion to the dimension's base unit: `base = value * toBase + (offset ?? 0)`.
 * Base units: length m, area m², mass kg, duration s, speed m/s, temperature °C, percent pct,
 * count 1. Money is never converted between currencies: every currency has `toBase: 1` and its
 * ISO 4217 code in `currency`; two amounts compare only when their currencies match.
 */
export interface UnitDef {
  id: string;
  dimension:
    | 'length'
    | 'area'
    | 'mass'
    | 'duration'
    | 'speed'
    | 'temperature'
    | 'volume'
    | 'percent'
    | 'money'
    | 'count';
  /** Factor to the dimension's base unit (m, m², kg, s, m/s, °C, pct; 1 for money and counts). */
  toBase: number;
  /** Added after the factor, for scales with a different zero (°F → °C). */
  offset?: number;
  /** ISO 4217 code, for money only. */
  currency?: string;
}

const money = (code: string): UnitDef => ({ id: code, dimension: 'money', toBase: 1, currency: code });

export const units: Readonly<Record<string, UnitDef>> = {
  // length (base: metre)
  m: { id: 'm', dimension: 'length', toBase: 1 },
  cm: { id: 'cm', dimension: 'length', toBase: 0.01 },
  mm: { id: 'mm', dimension: 'length', toBase: 0.001 },
  km: { id: 'km', dimension: 'length', toBase: 1000 },
  mi: { id: 'mi', dimension: 'length', toBase: 1609.344 },
  mil: { id: 'mil', dimension: 'length', toBase: 10_000 }, // Scandinavian mile (sv 'mil')
  nmi: { id: 'nmi', dimension: 'length', toBase: 1852 }, // nautical mile
  ft: { id: 'ft', dimension: 'length', toBase: 0.3048 },
  yd: { id: 'yd', dimension: 'length', toBase: 0.9144 },

  // volume (base: litre)
  l: { id: 'l', dimension: 'volume', toBase: 1 },

  // area (base: square metre)
  m2: { id: 'm2', dimension: 'area', toBase: 1 },
  km2: { id: 'km2', dimension: 'area', toBase: 1e6 },
  mi2: { id: 'mi2', dimension: 'area', toBase: 2_589_988.110336 },
  ha: { id: 'ha', dimension: 'area', toBase: 1e4 },
  acre: { id: 'acre', dimension: 'area', toBase: 4046.8564224 },

  // mass (base: kilogram)
  g: { id: 'g', dimension: 'mass', toBase: 0.001 },
  kg: { id: 'kg', dimension: 'mass', toBase: 1 },
  t: { id: 't', dimension: 'mass', toBase: 1000 }, // metric tonne; news 'tons' is mapped here too
  lb: { id: 'lb', dimension: 'mass', toBase: 0.45359237 },

  // duration (base: second); month and year are Gregorian averages
  s: { id: 's', dimension: 'duration', toBase: 1 },
  min: { id: 'min', dimension: 'duration', toBase: 60 },
  h: { id: 'h', dimension: 'duration', toBase: 3600 },
  d: { id: 'd', dimension: 'duration', toBase: 86_400 },
  wk: { id: 'wk', dimension: 'duration', toBase: 604_800 },
  mo: { id: 'mo', dimension: 'duration', toBase: 2_629_746 },
  yr: { id: 'yr', dimension: 'duration', toBase: 31_556_952 },

  // speed (base: metre per second)
  mps: { id: 'mps', dimension: 'speed', toBase: 1 },
  kmh: { id: 'kmh', dimension: 'speed', toBase: 1 / 3.6 },
  mph: { id: 'mph', dimension: 'speed', toBase: 0.44704 },
  kn: { id: 'kn', dimension: 'speed', toBase: 1852 / 3600 }, // knot

  // temperature (base: degree Celsius)
  degC: { id: 'degC', dimension: 'temperature', toBase: 1 },
  degF: { id: 'degF', dimension: 'temperature', toBase: 5 / 9, offset: -160 / 9 }, // (F − 32) × 5/9

  // percent (base: percent). Percentage points are not percent and have no unit here.
  pct: { id: 'pct', dimension: 'percent', toBase: 1 },

  // plain counts (people, jobs, votes)
  count: { id: 'count', dimension: 'count', toBase: 1 },

  // money (no exchange rates)
  USD: money('USD'),
  EUR: money('EUR'),
  GBP: money('GBP'),
  SEK: money('SEK'),
  NOK: money('NOK'),
  DKK: money('DKK'),
  CHF: money('CHF'),
  MXN: money('MXN'),
  CNY: money('CNY'),
  JPY: money('JPY'),
  RUB: money('RUB'),
  UAH: money('UAH'),
  PLN: money('PLN'),
  TRY: money('TRY'),
  INR: money('INR'),
};
