/**
 * Writes `dictionaries/actors/countries.txt`: one actor entry per ISO 3166 country, in
 * PETRARCH's actor-dictionary format (see `dictionaries/README.md`).
 *
 * The English names and alpha-3 codes come from the MIT-licensed `i18n-iso-countries`
 * package; the tables below add what the package does not have: the name most news uses,
 * short and alternate names, demonyms/adjectives and capitals (a capital codes to its
 * country, CAMEO style: "Baghdad said" is Iraq speaking). Seats of government with a role
 * code of their own (`WHITE_HOUSE` → USAGOV) and CAMEO's regional codes are separate roots.
 *
 * Codes are ISO alpha-3, which is also what PETRARCH's Phoenix dictionaries and the PLOVER
 * gold use (ROU, MNE, TLS — not the older CAMEO ROM, MTN, TMP); Kosovo is KSV as in Phoenix.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/scripts/generate-countries.js`
 * (or `npm run generate:countries` after a build). The output is deterministic.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { toPhrase } from './phrases.js';

const require = createRequire(import.meta.url);
const en = require('i18n-iso-countries/langs/en.json') as countries.LocaleData;
countries.registerLocale(en);

/** Our code where it differs from the package's alpha-3 code. */
const CODE_OVERRIDES: Record<string, string> = {
  XKK: 'KSV',
};

/**
 * Hand-written additions, one country per line:
 * `CODE | canonical name (empty: the package's first name) | other names | demonyms, adjectives | capitals`.
 * Names are written as they appear in text; the generator upper-cases them and joins words with `_`.
 * Demonyms ending in -an, -i, -er, -ian get a generated plural (Iraqi → Iraqis); others list theirs.
 */
const EXTRA = `
AFG | Afghanistan | Islamic Emirate of Afghanistan, Helmand, Panjshir | Afghan | Kabul
ALB | | | Albanian | Tirana
DZA | | | Algerian | Algiers
AND | | | Andorran |
AGO | | Cabinda | Angolan | Luanda
ATG | | Antigua | Antiguan |
ARG | | | Argentine, Argentinian, Argentines | Buenos Aires
ARM | | | Armenian | Yerevan
AUS | | | Australian, Aussie | Canberra
AUT | | | Austrian | Vienna
AZE | | Nagorno-Karabakh, Nagorno Karabakh | Azerbaijani, Azeri | Baku
BHS | | The Bahamas | Bahamian | Nassau
BHR | | Kingdom of Bahrain | Bahraini | Manama
BGD | | | Bangladeshi | Dhaka
BRB | | | Barbadian | Bridgetown
BLR | | Byelorussia | Belarusian, Belarussian | Minsk
BEL | | | Belgian |
BLZ | | | Belizean | Belmopan
BEN | | | Beninese | Porto-Novo, Cotonou
BTN | | | Bhutanese | Thimphu
BOL | | | Bolivian | La Paz, Sucre
BIH | | Bosnia, Bosnia-Herzegovina | Bosnian | Sarajevo
BWA | | | Botswanan, Motswana, Batswana | Gaborone
BRA | | | Brazilian | Brasilia
BRN | Brunei | Brunei Darussalam | Bruneian | Bandar Seri Begawan
BGR | | | Bulgarian | Sofia
BFA | | Burkina | Burkinabe | Ouagadougou
BDI | | | Burundian | Bujumbura
KHM | | Kampuchea | Cambodian, Kampuchean | Phnom Penh
CMR | | | Cameroonian | Yaounde
CAN | | | Canadian | Ottawa
CPV | | Cabo Verde | Cape Verdean | Praia
CAF | | CAR | Central African | Bangui
TCD | | | Chadian | N'Djamena, Ndjamena
CHL | | | Chilean | Santiago
CHN | China | People's Republic of China, PRC, P.R.C., Mainland China, Xinjiang | Chinese | Beijing, Peking
COL | | Catatumbo | Colombian | Bogota
COM | | | Comoran, Comorian | Moroni
COG | Republic of the Congo | Congo-Brazzaville, Congo Brazzaville, Congo Republic | | Brazzaville
COD | Democratic Republic of the Congo | Congo, DR Congo, D.R. Congo, DRC, D.R.C., DRCongo, Congo-Kinshasa, Congo Kinshasa, Democratic Republic of Congo, Zaire, North Kivu, South Kivu, Ituri | Congolese | Kinshasa
CRI | | | Costa Rican | San Jose
CIV | Ivory Coast | Cote d'Ivoire, Cote dIvoire, Republic of Cote d'Ivoire | Ivorian, Ivoirian | Abidjan, Yamoussoukro
HRV | | | Croatian, Croat | Zagreb
CUB | | | Cuban | Havana
CYP | | | Cypriot | Nicosia
CZE | Czech Republic | Czechia | Czech, Czechs | Prague
DNK | | | Danish, Dane, Danes | Copenhagen
DJI | | | Djiboutian |
DMA | | | Dominican |
DOM | | | | Santo Domingo
ECU | | | Ecuadorian, Ecuadorean | Quito
EGY | | Arab Republic of Egypt, Sinai | Egyptian | Cairo
SLV | | | Salvadoran, Salvadorean | San Salvador
GNQ | | | Equatorial Guinean, Equatoguinean | Malabo
ERI | | | Eritrean | Asmara
EST | | | Estonian | Tallinn
SWZ | Eswatini | Swaziland | Swazi, Swazis | Mbabane
ETH | | Tigray, Ogaden, Amhara, Oromia | Ethiopian, Tigrayan | Addis Ababa
FLK | | Malvinas, Falklands | Falkland Islander |
FJI | | | Fijian | Suva
FIN | | | Finnish, Finn, Finns | Helsinki
FRA | | French Republic | French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen | Paris
GAB | | | Gabonese | Libreville
GMB | Gambia | The Gambia | Gambian | Banjul
GEO | | Abkhazia, South Ossetia | Georgian, Abkhaz | Tbilisi
DEU | Germany | Federal Republic of Germany | German | Berlin
GHA | | | Ghanaian | Accra
GRC | | Hellenic Republic | Greek, Greeks | Athens
GRD | | | Grenadian |
GTM | | | Guatemalan | Guatemala City
GIN | | Guinea-Conakry | Guinean | Conakry
GNB | | | Bissau-Guinean | Bissau
GUY | | | Guyanese | Georgetown
HTI | | | Haitian | Port-au-Prince
VAT | Vatican | Holy See, Vatican City | | Vatican City State
HND | | | Honduran | Tegucigalpa
HKG | | Hong Kong SAR | Hong Konger |
HUN | | | Hungarian | Budapest
ISL | | | Icelandic, Icelander | Reykjavik
IND | | Republic of India, Manipur, Assam, Chhattisgarh | Indian | New Delhi
IDN | | Aceh | Indonesian, Acehnese | Jakarta
IRN | Iran | Islamic Republic of Iran, Persia | Iranian | Tehran, Teheran
IRQ | | Republic of Iraq | Iraqi | Baghdad
IRL | | Republic of Ireland, Eire | Irish, Irishman, Irishmen | Dublin
ISR | | State of Israel | Israeli | Jerusalem, Tel Aviv
ITA | | | Italian | Rome
JAM | | | Jamaican | Kingston
JPN | | | Japanese | Tokyo
JOR | | Hashemite Kingdom of Jordan | Jordanian | Amman
KAZ | | | Kazakh, Kazakhs, Kazakhstani | Astana, Nur-Sultan, Almaty
KEN | | | Kenyan | Nairobi
KIR | | | I-Kiribati |
PRK | North Korea | DPRK, D.P.R.K., Democratic People's Republic of Korea, Pyongyang | North Korean |
KOR | South Korea | ROK, R.O.K., Republic of Korea | South Korean | Seoul
KSV | Kosovo | Republic of Kosovo | Kosovar, Kosovan | Pristina, Prishtina
KWT | | State of Kuwait | Kuwaiti | Kuwait City
KGZ | | Kirghizia | Kyrgyz, Kirghiz | Bishkek
LAO | Laos | Lao PDR, Lao People's Democratic Republic | Laotian, Lao | Vientiane
LVA | | | Latvian | Riga
LBN | | | Lebanese | Beirut
LSO | | | Basotho, Mosotho | Maseru
LBR | | | Liberian | Monrovia
LBY | | | Libyan | Tripoli
LIE | | | Liechtensteiner | Vaduz
LTU | | | Lithuanian | Vilnius
LUX | | | Luxembourger, Luxembourgish |
MDG | | | Malagasy | Antananarivo
MWI | | | Malawian | Lilongwe
MYS | | | Malaysian | Kuala Lumpur, Putrajaya
MDV | | | Maldivian |
MLI | | | Malian | Bamako
MLT | | | Maltese | Valletta
MHL | | Marshall Islands | Marshallese | Majuro
MRT | | | Mauritanian | Nouakchott
MUS | | | Mauritian | Port Louis
MEX | | United Mexican States, Sinaloa, Michoacan, Tamaulipas | Mexican | Mexico City
FSM | Micronesia | Federated States of Micronesia | Micronesian |
MDA | Moldova | Republic of Moldova, Moldavia, Transnistria, Transdniestria | Moldovan | Chisinau
MCO | | | Monegasque |
MNG | | | Mongolian | Ulaanbaatar, Ulan Bator
MNE | | | Montenegrin | Podgorica
MAR | | Kingdom of Morocco | Moroccan | Rabat
MOZ | | Cabo Delgado | Mozambican | Maputo
MMR | | Burma, Rakhine, Sagaing, Kachin State, Shan State | Myanmarese, Burmese | Naypyidaw, Naypyitaw, Nay Pyi Taw, Yangon, Rangoon
NAM | | | Namibian | Windhoek
NRU | | | Nauruan |
NPL | | | Nepalese, Nepali | Kathmandu
NLD | | Holland | Dutch, Dutchman, Dutchmen | Amsterdam, The Hague
NZL | | | New Zealander, Kiwi | Wellington
NIC | | | Nicaraguan | Managua
NER | | | Nigerien | Niamey
NGA | | Biafra, Niger Delta, Borno, Zamfara | Nigerian | Abuja
MKD | North Macedonia | Macedonia, Republic of North Macedonia, FYROM, Former Yugoslav Republic of Macedonia | Macedonian | Skopje
NOR | | | Norwegian | Oslo
OMN | | Sultanate of Oman | Omani | Muscat
PAK | | Islamic Republic of Pakistan, Sindh, Baluchistan, Balochistan, Waziristan, Khyber Pakhtunkhwa | Pakistani | Islamabad
PLW | | | Palauan |
PSE | Palestine | State of Palestine, Palestinian Territories, Occupied Palestinian Territories, Palestinian territory, West Bank, Gaza, Gaza Strip | Palestinian | Ramallah
PAN | | | Panamanian | Panama City
PNG | | | Papua New Guinean | Port Moresby
PRY | | | Paraguayan | Asuncion
PER | | | Peruvian | Lima
PHL | | Mindanao | Philippine, Filipino, Filipinos, Filipina | Manila
POL | | | Polish, Pole, Poles | Warsaw
PRT | | | Portuguese | Lisbon
PRI | | | Puerto Rican | San Juan
QAT | | State of Qatar | Qatari | Doha
ROU | | Rumania | Romanian | Bucharest
RUS | Russia | Russian Federation, Chechnya, Dagestan | Russian, Chechen, Chechens | Moscow
RWA | | | Rwandan, Rwandese | Kigali
KNA | | Saint Kitts, St Kitts and Nevis, St. Kitts and Nevis | Kittitian |
LCA | | St Lucia, St. Lucia | Saint Lucian |
VGB | British Virgin Islands | | |
VIR | United States Virgin Islands | U.S. Virgin Islands, US Virgin Islands | |
VCT | | St Vincent and the Grenadines, St. Vincent and the Grenadines | Vincentian |
WSM | | | Samoan | Apia
SMR | | | Sammarinese |
STP | | Sao Tome | Santomean |
SAU | | Kingdom of Saudi Arabia, KSA | Saudi | Riyadh
SEN | | Casamance | Senegalese | Dakar
SRB | | | Serbian, Serb | Belgrade
SYC | | | Seychellois |
SLE | | | Sierra Leonean | Freetown
SGP | | | Singaporean |
SVK | | Slovak Republic | Slovak, Slovaks | Bratislava
SVN | | | Slovenian, Slovene | Ljubljana
SLB | | | Solomon Islander | Honiara
SOM | | Puntland, Jubaland, Lower Shabelle, Middle Shabelle | Somali | Mogadishu
ZAF | | | South African | Pretoria
SSD | | | South Sudanese | Juba
ESP | | | Spanish, Spaniard | Madrid
LKA | | Ceylon, Jaffna | Sri Lankan | Colombo
SDN | | Darfur, Kordofan | Sudanese | Khartoum
SUR | | | Surinamese | Paramaribo
SWE | | | Swedish, Swede, Swedes | Stockholm
CHE | | | Swiss | Bern, Berne
SYR | Syria | Syrian Arab Republic | Syrian | Damascus
TWN | Taiwan | Republic of China, Chinese Taipei, Formosa | Taiwanese | Taipei
TJK | | | Tajik, Tajiks, Tajikistani | Dushanbe
TZA | Tanzania | United Republic of Tanzania | Tanzanian | Dodoma, Dar es Salaam
THA | | Siam | Thai | Bangkok
TLS | East Timor | Timor-Leste, Timor Leste | East Timorese, Timorese | Dili
TGO | | | Togolese | Lome
TON | | | Tongan |
TTO | | Trinidad | Trinidadian |
TUN | | | Tunisian | Tunis
TUR | Turkey | Turkiye, Republic of Turkey | Turkish, Turk, Turks | Ankara
TKM | | | Turkmen, Turkmens | Ashgabat
TUV | | | Tuvaluan |
UGA | | | Ugandan | Kampala
UKR | | Donbas, Donbass, Crimea | Ukrainian | Kyiv, Kiev
ARE | United Arab Emirates | UAE, U.A.E., Emirates | Emirati | Abu Dhabi
GBR | United Kingdom | UK, U.K., Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland, Northern Ireland, Scotland | British, Briton | London
USA | United States | United States of America, U.S., US, U.S.A., USA, America | American | Washington, Washington D.C.
URY | | | Uruguayan | Montevideo
UZB | | | Uzbek, Uzbekistani | Tashkent
VUT | | | Vanuatuan, Ni-Vanuatu | Port Vila
VEN | | Bolivarian Republic of Venezuela | Venezuelan | Caracas
VNM | | Viet Nam | Vietnamese | Hanoi
ESH | | Sahrawi Arab Democratic Republic | Sahrawi, Saharawi | Laayoune
YEM | | Marib | Yemeni | Sanaa, Sana'a, Aden
ZMB | | | Zambian | Lusaka
ZWE | | | Zimbabwean | Harare
`;

/**
 * Places that code to a country with a role (CAMEO codes a seat of government as that
 * government) and CAMEO's regional codes: `CANONICAL NAME | other names | code`. Seas and gulfs
 * named after a country are regions, not that country ("drills in the South China Sea" is no
 * event against China).
 */
const INSTITUTIONS = `
White House | Obama White House, Trump White House, Biden White House | USAGOV
Oval Office | | USAGOV
State Department | U.S. State Department, US State Department, Department of State, Foggy Bottom | USAGOV
Pentagon | U.S. Department of Defense, US Department of Defense, Department of Defense, Department of War | USAMIL
Capitol Hill | U.S. Congress, US Congress, United States Congress | USALEG
Kremlin | | RUSGOV
Downing Street | No. 10 Downing Street, 10 Downing Street | GBRGOV
Foreign Office | Foreign and Commonwealth Office, Commonwealth and Development Office, British Foreign Office, FCDO | GBRGOV
Elysee Palace | Elysee, Quai d'Orsay | FRAGOV
Whitehall | | GBRGOV
Knesset | | ISRLEG
Duma | State Duma | RUSLEG
Bundestag | | DEULEG
Chancellery | German Chancellery, Kanzleramt | DEUGOV
Zhongnanhai | | CHNGOV
Blue House | Cheong Wa Dae | KORGOV
Palestinian Authority | Palestinian National Authority | PSEGOV
Africa | African Countries, African Nations, African States, African Governments | AFR
Asia | Asian Countries, Asian Nations | ASA
Balkans | | BLK
Caribbean | | CRB
Caucasus | | CAU
Central Africa | | CFR
Central Asia | | CAS
Central Europe | | CEU
East Africa | Eastern Africa, Horn of Africa | EAF
Eastern Europe | | EEU
Europe | European Countries, European Nations, Europeans, European Governments, European Powers, European States | EUR
Latin America | Latin American Countries, Latin American Nations | LAM
Middle East | Mideast | MEA
Mediterranean | | MDT
North Africa | | NAF
North America | | NMR
Persian Gulf | Gulf States, Gulf Arab States, Gulf Countries, Gulf Arab Countries, Gulf Nations, Gulf Monarchies | PGS
Scandinavia | | SCN
South America | | SAM
South Asia | | SAS
Southeast Asia | South-East Asia | SEA
Southern Africa | | SAF
West Africa | | WAF
The West | Western Powers, Western Countries, Western Nations, Western Governments | WST
South China Sea | Gulf of Thailand | SEA
East China Sea | Sea of Japan | ASA
Gulf of Mexico | | NMR
Gulf of Oman | | PGS
Gulf of Guinea | | WAF
`;

/** Package names dropped for one country because they name another ("Congo" is given to the DRC). */
const DROP: Record<string, string[]> = {
  COG: ['CONGO'],
};

interface Entry {
  root: string;
  synonyms: Set<string>;
  codes: string[];
  comment: string;
}

function splitList(field: string | undefined): string[] {
  return (field ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function pluralOf(demonym: string): string | null {
  return /(AN|I|ER)$/.test(demonym) ? `${demonym}S` : null;
}

function buildEntries(): Entry[] {
  const byCode = new Map<string, Entry>();
  const alpha2s = Object.keys(countries.getAlpha2Codes()).sort();
  for (const a2 of alpha2s) {
    const a3 = countries.alpha2ToAlpha3(a2);
    if (a3 === undefined) throw new Error(`no alpha-3 code for ${a2}`);
    const code = CODE_OVERRIDES[a3] ?? a3;
    const names = countries.getName(a2, 'en', { select: 'all' }) ?? [];
    const phrases = names.filter((n) => !n.includes(',')).map(toPhrase).filter((p) => !(DROP[code] ?? []).includes(p));
    // Only comma names ("Bonaire, Sint Eustatius and Saba"): keep the first without its commas.
    if (phrases.length === 0 && names[0] !== undefined) phrases.push(toPhrase(names[0].replace(/,/g, ' ')));
    const first = phrases[0];
    if (first === undefined) throw new Error(`no usable English name for ${a2}`);
    byCode.set(code, { root: first, synonyms: new Set(phrases.slice(1)), codes: [code], comment: `ISO ${a3}` });
  }

  for (const line of EXTRA.split('\n')) {
    if (line.trim() === '') continue;
    const [code = '', canonical, others, demonyms, capitals] = line.split('|').map((f) => f.trim());
    const entry = byCode.get(code);
    if (entry === undefined) throw new Error(`EXTRA names unknown code ${code}`);
    if (canonical) {
      const phrase = toPhrase(canonical);
      if (phrase !== entry.root) entry.synonyms.add(entry.root);
      entry.root = phrase;
    }
    for (const n of splitList(others)) entry.synonyms.add(toPhrase(n));
    for (const d of splitList(demonyms)) {
      const p = toPhrase(d);
      entry.synonyms.add(p);
      const plural = pluralOf(p);
      if (plural !== null) entry.synonyms.add(plural);
    }
    for (const c of splitList(capitals)) entry.synonyms.add(toPhrase(c));
  }

  // South Sudan was part of Sudan until independence on 2011-07-09.
  const ssd = byCode.get('SSD');
  if (ssd !== undefined) ssd.codes = ['SSD >20110709', 'SDN'];

  const entries = [...byCode.values()];
  for (const line of INSTITUTIONS.split('\n')) {
    if (line.trim() === '') continue;
    const [name = '', others, code = ''] = line.split('|').map((f) => f.trim());
    entries.push({ root: toPhrase(name), synonyms: new Set(splitList(others).map(toPhrase)), codes: [code], comment: /^[A-Z]{3}$/.test(code) ? 'CAMEO region' : 'seat of government' });
  }

  const owner = new Map<string, string>();
  for (const e of entries) {
    // "Guinea-Bissau" is one token when hyphenated; also accept it written with spaces.
    for (const p of [e.root, ...e.synonyms]) if (p.includes('-')) e.synonyms.add(p.replace(/-/g, '_'));
    e.synonyms.delete(e.root);
    for (const p of [e.root, ...e.synonyms]) {
      const prev = owner.get(p);
      if (prev !== undefined) throw new Error(`phrase ${p} is claimed by both ${prev} and ${e.root}`);
      owner.set(p, e.root);
    }
  }
  return entries;
}

function render(entries: Entry[]): string {
  const out: string[] = [
    '# sitrep built-in actor dictionary: countries, their short names, demonyms and capitals,',
    '# seats of government and CAMEO regions. GENERATED by scripts/generate-countries.ts from the',
    '# MIT-licensed i18n-iso-countries package plus the hand tables in that script. Do not edit by hand.',
    '',
  ];
  for (const e of [...entries].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0))) {
    out.push(`${e.root}  # ${e.comment}`);
    for (const s of [...e.synonyms].sort()) out.push(`+${s}`);
    for (const c of e.codes) out.push(`\t[${c}]`);
    out.push('');
  }
  return out.join('\n');
}

function main(): void {
  const target = resolve(process.cwd(), 'dictionaries/actors/countries.txt');
  const entries = buildEntries();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, render(entries));
  console.log(`wrote ${entries.length} entries to ${target}`);
}

main();
