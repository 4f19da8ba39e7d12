/**
 * ISO 3166 alpha-3 → FIPS 10-4 country codes, which GDELT uses in its `*Geo_CountryCode`
 * columns. Hand-entered for sitrep for the countries news about international politics names
 * most; a country missing here exports an empty geo country code rather than a wrong one.
 */
export const ISO3_TO_FIPS: Readonly<Record<string, string>> = {
  AFG: 'AF', ALB: 'AL', DZA: 'AG', AGO: 'AO', ARG: 'AR', ARM: 'AM', AUS: 'AS', AUT: 'AU', AZE: 'AJ',
  BHR: 'BA', BGD: 'BG', BLR: 'BO', BEL: 'BE', BIH: 'BK', BRA: 'BR', BGR: 'BU', BFA: 'UV', BDI: 'BY',
  MMR: 'BM', KHM: 'CB', CMR: 'CM', CAN: 'CA', CAF: 'CT', TCD: 'CD', CHL: 'CI', CHN: 'CH', COL: 'CO',
  COD: 'CG', COG: 'CF', HRV: 'HR', CUB: 'CU', CYP: 'CY', CZE: 'EZ', DNK: 'DA', DJI: 'DJ', EGY: 'EG',
  ERI: 'ER', EST: 'EN', ETH: 'ET', FIN: 'FI', FRA: 'FR', GEO: 'GG', DEU: 'GM', GHA: 'GH', GRC: 'GR',
  HTI: 'HA', HUN: 'HU', ISL: 'IC', IND: 'IN', IDN: 'ID', IRN: 'IR', IRQ: 'IZ', IRL: 'EI', ISR: 'IS',
  ITA: 'IT', JPN: 'JA', JOR: 'JO', KAZ: 'KZ', KEN: 'KE', PRK: 'KN', KOR: 'KS', KWT: 'KU', KGZ: 'KG',
  LAO: 'LA', LVA: 'LG', LBN: 'LE', LBY: 'LY', LTU: 'LH', LUX: 'LU', MKD: 'MK', MYS: 'MY', MLI: 'ML',
  MLT: 'MT', MEX: 'MX', MDA: 'MD', MNG: 'MG', MNE: 'MJ', MAR: 'MO', MOZ: 'MZ', NPL: 'NP', NLD: 'NL',
  NZL: 'NZ', NER: 'NG', NGA: 'NI', NOR: 'NO', OMN: 'MU', PAK: 'PK', PHL: 'RP', POL: 'PL', PRT: 'PO',
  QAT: 'QA', ROU: 'RO', RUS: 'RS', RWA: 'RW', SAU: 'SA', SEN: 'SG', SRB: 'RI', SGP: 'SN', SVK: 'LO',
  SVN: 'SI', SOM: 'SO', ZAF: 'SF', SSD: 'OD', ESP: 'SP', LKA: 'CE', SDN: 'SU', SWE: 'SW', CHE: 'SZ',
  SYR: 'SY', TWN: 'TW', TJK: 'TI', TZA: 'TZ', THA: 'TH', TUN: 'TS', TUR: 'TU', TKM: 'TX', UGA: 'UG',
  UKR: 'UP', ARE: 'AE', GBR: 'UK', USA: 'US', UZB: 'UZ', VEN: 'VE', VNM: 'VM', YEM: 'YM', ZMB: 'ZA',
  ZWE: 'ZI', XKX: 'KV',
};
