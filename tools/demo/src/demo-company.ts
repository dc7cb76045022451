/** Nordlicht Robotics, a fictional maker of warehouse robots selling in Europe and North America. */

export interface Campaign {
  name: string;
  /** The capture source (one API key each): where the lead came in. */
  source: string;
  medium: string;
  /** Which capture endpoint carries its leads when that endpoint is configured; the JSON API otherwise. */
  channel: 'api' | 'web_form' | 'google_ads';
  clickId?: 'gclid' | 'fbclid' | 'liFatId';
  landingPage: string;
  /** Relative share of the traffic. */
  weight: number;
  ownerMarketerId: string;
}

export const campaigns: Campaign[] = [
  { name: 'spring-webinar-2026', source: 'website', medium: 'email', channel: 'web_form', landingPage: 'https://nordlicht-robotics.example/webinar', weight: 4, ownerMarketerId: 'mia-events' },
  { name: 'google-search-amr', source: 'google', medium: 'cpc', channel: 'google_ads', clickId: 'gclid', landingPage: 'https://nordlicht-robotics.example/amr', weight: 5, ownerMarketerId: 'jonas-performance' },
  { name: 'facebook-lookalike-logistics', source: 'facebook', medium: 'paid-social', channel: 'api', clickId: 'fbclid', landingPage: 'https://nordlicht-robotics.example/logistics', weight: 3, ownerMarketerId: 'jonas-performance' },
  { name: 'linkedin-abm-enterprise', source: 'linkedin', medium: 'paid-social', channel: 'api', clickId: 'liFatId', landingPage: 'https://nordlicht-robotics.example/enterprise', weight: 3, ownerMarketerId: 'sofia-abm' },
  { name: 'logimat-trade-fair', source: 'events', medium: 'offline', channel: 'api', landingPage: 'https://nordlicht-robotics.example/logimat', weight: 2, ownerMarketerId: 'mia-events' },
  { name: 'partner-referrals', source: 'partners', medium: 'referral', channel: 'api', landingPage: 'https://nordlicht-robotics.example/partners', weight: 2, ownerMarketerId: 'sofia-abm' },
  { name: 'blog-organic', source: 'website', medium: 'organic', channel: 'web_form', landingPage: 'https://nordlicht-robotics.example/blog', weight: 3, ownerMarketerId: 'mia-events' },
];

export interface Market {
  country: string;
  /** A faker locale for plausible names and companies there. */
  locale: 'nl' | 'nl_BE' | 'de' | 'de_AT' | 'de_CH' | 'fr' | 'en_GB' | 'en_US' | 'es';
  topLevelDomain: string;
  weight: number;
}

export const markets: Market[] = [
  { country: 'NL', locale: 'nl', topLevelDomain: 'nl', weight: 4 },
  { country: 'BE', locale: 'nl_BE', topLevelDomain: 'be', weight: 2 },
  { country: 'DE', locale: 'de', topLevelDomain: 'de', weight: 5 },
  { country: 'AT', locale: 'de_AT', topLevelDomain: 'at', weight: 1 },
  { country: 'CH', locale: 'de_CH', topLevelDomain: 'ch', weight: 1 },
  { country: 'FR', locale: 'fr', topLevelDomain: 'fr', weight: 3 },
  { country: 'GB', locale: 'en_GB', topLevelDomain: 'co.uk', weight: 3 },
  { country: 'US', locale: 'en_US', topLevelDomain: 'com', weight: 4 },
  { country: 'ES', locale: 'es', topLevelDomain: 'es', weight: 2 },
];

export interface Territory {
  id: string;
  name: string;
  countries: string[];
  teamId: string;
}

export const territories: Territory[] = [
  { id: 'benelux', name: 'Benelux', countries: ['NL', 'BE', 'LU'], teamId: 'emea-west' },
  { id: 'dach', name: 'DACH', countries: ['DE', 'AT', 'CH'], teamId: 'dach' },
  { id: 'france-iberia', name: 'France and Iberia', countries: ['FR', 'ES', 'PT'], teamId: 'emea-west' },
  { id: 'uk-ireland', name: 'UK and Ireland', countries: ['GB', 'IE'], teamId: 'emea-west' },
  { id: 'north-america', name: 'North America', countries: ['US', 'CA'], teamId: 'north-america' },
];

export interface Team {
  id: string;
  name: string;
  managerId: string;
  timeZone: string;
  holidaysCountry: string;
}

export const teams: Team[] = [
  { id: 'emea-west', name: 'EMEA West', managerId: 'eva-manager', timeZone: 'Europe/Amsterdam', holidaysCountry: 'NL' },
  { id: 'dach', name: 'DACH', managerId: 'lukas-manager', timeZone: 'Europe/Berlin', holidaysCountry: 'DE' },
  { id: 'north-america', name: 'North America', managerId: 'grace-manager', timeZone: 'America/New_York', holidaysCountry: 'US' },
];

export interface Rep {
  id: string;
  name: string;
  teamId: string;
  role: 'sales' | 'marketing';
  weight: number;
  capacity: number;
}

export const reps: Rep[] = [
  { id: 'eva-manager', name: 'Eva de Vries', teamId: 'emea-west', role: 'sales', weight: 1, capacity: 40 },
  { id: 'daan-sales', name: 'Daan Bakker', teamId: 'emea-west', role: 'sales', weight: 3, capacity: 120 },
  { id: 'chloe-sales', name: 'Chloé Martin', teamId: 'emea-west', role: 'sales', weight: 2, capacity: 120 },
  { id: 'oliver-sales', name: 'Oliver Hughes', teamId: 'emea-west', role: 'sales', weight: 2, capacity: 120 },
  { id: 'lukas-manager', name: 'Lukas Weber', teamId: 'dach', role: 'sales', weight: 1, capacity: 40 },
  { id: 'anna-sales', name: 'Anna Schmidt', teamId: 'dach', role: 'sales', weight: 3, capacity: 150 },
  { id: 'felix-sales', name: 'Felix Huber', teamId: 'dach', role: 'sales', weight: 2, capacity: 150 },
  { id: 'grace-manager', name: 'Grace Miller', teamId: 'north-america', role: 'sales', weight: 1, capacity: 40 },
  { id: 'ethan-sales', name: 'Ethan Johnson', teamId: 'north-america', role: 'sales', weight: 3, capacity: 150 },
  { id: 'ava-sales', name: 'Ava Brown', teamId: 'north-america', role: 'sales', weight: 2, capacity: 150 },
  // Marketers who take delegated opportunities ("everyone is sales"); routing never picks them.
  { id: 'mia-events', name: 'Mia Jansen', teamId: 'emea-west', role: 'marketing', weight: 1, capacity: 50 },
  { id: 'jonas-performance', name: 'Jonas Keller', teamId: 'dach', role: 'marketing', weight: 1, capacity: 50 },
  { id: 'sofia-abm', name: 'Sofia Garcia', teamId: 'north-america', role: 'marketing', weight: 1, capacity: 50 },
];

/** Reps answer around the clock so the demo works at any hour; SLA clocks still run in business time. */
export const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
