export type Seniority = 'c_level' | 'vp' | 'director' | 'manager' | 'individual_contributor';

export type Department =
  | 'executive'
  | 'sales'
  | 'marketing'
  | 'engineering'
  | 'it'
  | 'product'
  | 'finance'
  | 'hr'
  | 'operations'
  | 'legal'
  | 'customer_service';

/**
 * Patterns on a lower-cased, accent-free title, English and Dutch. Dutch glues words together
 * (salesmanager, hoofdverkoop), so most patterns match inside words; short codes only as whole words.
 */
export const notLeading = /(assistant|assistent|secretar(y|esse)|stagiair)|\b(intern|trainee|werkstudent)\b|\bto the\b|\bvan de\b/;

export const seniorityPatterns: [Seniority, RegExp][] = [
  ['vp', /\b(s|e)?vp\b|vice[ -]?pres|\bvicepresident/],
  ['c_level', /\bc[aeoftmirsdph]o\b|\bchief\b|\bpresident\b|\bfounder|oprichter|\beigenaar|\bowner\b(?<!product owner)|managing director|algemeen directeur|directeur[- ]eigenaar|\bdga\b|\bpartner\b|\bbestuurder|\bceo\b/],
  ['director', /director|directeur|\bhead\b|\bhoofd|\bdirectie/],
  ['manager', /manager|\bteam ?lead|teamleider|\blead\b|leidinggevende|supervisor|bedrijfsleider|\bchef\b|coordinator/],
];

export const departmentPatterns: [Department, RegExp][] = [
  ['executive', /\bceo\b|chief executive|founder|oprichter|managing director|algemeen directeur|directeur[- ]eigenaar|\bdga\b|eigenaar|\bowner\b(?<!product owner)|(?<!vice )\bpresident\b/],
  ['sales', /sales|verkoop|verkoper|\bcro\b|account ?(executive|manager)|business development|\bbdr\b|\bsdr\b|commercieel|commercial/],
  ['marketing', /marketing|\bcmo\b|brand|growth|\bseo\b|\bsea\b|content|communicati|campagne|campaign|demand gen/],
  ['product', /product/],
  ['engineering', /engineer|developer|ontwikkelaar|programmeur|software|devops|\bcto\b|\br&d\b|architect|techni|technolog/],
  ['it', /\bit\b|\bict\b|\bcio\b|\bciso\b|systeembeheer|system administrator|sysadmin|netwerk|network|helpdesk|infrastructu|security/],
  ['finance', /financ|\bcfo\b|controller|accountant|boekhoud|treasur|fiscal|administrat|bookkeep/],
  ['hr', /\bhr\b|\bhrm\b|human resources|\bpeople\b|recruit|talent|\bchro\b|personeel|\bp&o\b|werving/],
  ['legal', /legal|counsel|jurist|advocaat|compliance|juridisch/],
  ['customer_service', /customer (success|service|support)|klantenservice|support/],
  ['operations', /operations|operationeel|\bcoo\b|logistic|logistiek|supply chain|inkoop|procurement|purchas|facilit|productie|production/],
];
