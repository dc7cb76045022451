import countries from 'i18n-iso-countries';
import { Claims, FactClaim } from '../fact';

const languages = ['en', 'nl', 'de', 'fr', 'es'];
const aliases: Record<string, string> = {
  holland: 'NL',
  'the netherlands': 'NL',
  'nederland (the netherlands)': 'NL',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  britain: 'GB',
  'u.k.': 'GB',
  'u.s.': 'US',
  'u.s.a.': 'US',
  america: 'US',
  'united states of america': 'US',
  engeland: 'GB',
  amerika: 'US',
};

const typed = (value: FactClaim['value'], confidence: number): FactClaim => ({ value, confidence, origin: 'typed' });

const plain = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The ISO 3166-1 country a person typed, however they typed it: a code (NL, NLD, 528), a name in
 * several languages, or an ISO 3166-2 subdivision code (US-CA), which also gives the region.
 */
export function countryFacts(country: string): Claims {
  const text = country.normalize('NFC').trim().slice(0, 100);
  const subdivision = /^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$/.exec(text);
  const code = subdivision ? exactCode(subdivision[1]) : exactCode(text);
  const byName = code ? undefined : nameCode(text);
  const alpha2 = code ?? byName;
  if (!alpha2) return { countryCode: typed(null, 0.5), countryName: typed(null, 0.5), regionCode: typed(null, 0.5) };
  const confidence = code ? 1 : 0.9;
  return {
    countryCode: typed(alpha2, confidence),
    countryName: typed(countries.getName(alpha2, 'en') ?? null, confidence),
    regionCode: typed(subdivision && code ? `${alpha2}-${subdivision[2].toUpperCase()}` : null, confidence),
  };
}

function exactCode(text: string): string | undefined {
  if (/^[A-Za-z]{2}$/.test(text)) {
    const upper = text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase();
    return countries.isValid(upper) ? upper : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(text) && countries.isValid(text.toUpperCase())) return countries.alpha3ToAlpha2(text.toUpperCase());
  if (/^\d{3}$/.test(text) && countries.isValid(text)) return countries.numericToAlpha2(text);
  return undefined;
}

/** Every name of every country in the languages read, keyed by its plain form; the first language to name it wins. */
let codesByPlainName: Map<string, string> | undefined;

function nameCode(text: string): string | undefined {
  const wanted = plain(text);
  if (aliases[wanted]) return aliases[wanted];
  codesByPlainName ??= indexNames();
  return codesByPlainName.get(wanted);
}

function indexNames(): Map<string, string> {
  const index = new Map<string, string>();
  for (const language of languages) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) if (!index.has(plain(name))) index.set(plain(name), code);
    }
  }
  return index;
}
