#!/usr/bin/env python3
"""Derives prompts/builtin/vocabulary/esco-titles.tsv from ESCO's occupations.

ESCO (European Skills, Competences, Qualifications and Occupations) is (c) European Union and
reusable under CC BY 4.0; credit "ESCO, European Commission" wherever the data is used. The output
keeps that credit in its header.

Rerun after editing titles.yaml or title-heads.txt (the product vocabulary wins every written form
it names, and bare head nouns are too generic to keep as aliases):

    python3 scripts/data/derive-esco-titles.py [--source FILE] [--output FILE]

--source is either the three-column TSV of /work/shared/data/esco-occupations.tsv (isco_group,
preferred_label, alt_labels separated by "|") or ESCO's own occupations_en.csv (v1.1 export:
iscoGroup, preferredLabel, altLabels separated by newlines). Python 3 standard library only.

What the script keeps, and why:
- canonical: the preferred label in lower case. A few preferred labels that are everyday words
  ("extra", "medium", "guide") are renamed to an unambiguous form ("film extra"); a gendered pair
  ("waiter/waitress") keeps its first form.
- family: the ISCO-08 unit group, as "isco NNNN".
- aliases: alt labels in lower case, minus
  - gendered duplicates ("actress" beside "actor", "saleswoman" beside "salesman");
  - plurals of a known form (the index matches plurals anyway);
  - a seniority or training prefix on another form ("senior food safety specialist"), and a level
    of any known title ("junior accountant" is an accountant, not an "accounting assistant");
  - labels that are not titles a recruiter types: with parentheses, commas or quotes, longer than
    six words, acronyms of three letters or fewer, activities ("pressing"), everyday words, bare
    head nouns ("technician");
  - labels that are another occupation's preferred label, or alt labels of several occupations;
  - every label whose folded form is a product title's form (titles.yaml), so the product wins.
"""

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY = ROOT / "prompts" / "builtin" / "vocabulary"
DEFAULT_SOURCE = Path("/work/shared/data/esco-occupations.tsv")

MAX_ALIAS_WORDS = 6

# Preferred labels that are everyday words: matched in a message they would mostly be wrong.
RENAMES = {
    "extra": "film extra",
    "medium": "spiritualist medium",
    "escort": "social escort",
    "companion": "live-in companion",
    "groom": "horse groom",
    "mover": "furniture mover",
    "catcher": "chicken catcher",
    "clarifier": "clarifier equipment operator",
    "dresser": "backstage dresser",
    "greaser": "machine greaser",
    "guide": "tour guide",
    "miller": "flour miller",
    "cooper": "barrel maker",
    "prompter": "theatre prompter",
    "double": "body double",
}

# Alt labels that are words of everyday language or of the job rather than a title.
NOT_TITLES = {
    "ab", "back-up", "commissioning", "double", "highways", "moistening", "pressing", "products",
    "prompt", "staking", "stand-up", "turnkey", "substitute", "understudy", "helm", "marine",
    "general", "major", "justice", "host", "hostess", "whip", "servant", "male servant", "apprentice",
    "extra", "medium", "escort", "companion", "mover", "groom", "guide", "catcher", "dresser",
    "greaser", "miller", "cooper", "pa man", "pa woman", "sen ta", "lady of the night", "call girl",
    "incall girl", "out call girl", "gigolo", "prostitute", "male prostitute", "philosophy student",
    "moderator", "performer", "recorder", "double", "reader", "runner", "checker", "picker",
    "walker on", "back office", "front office", "support", "network support", "help", "partner",
    "student", "volunteer", "trainee", "graduate", "deputy", "assistant", "chief", "head",
    "super", "marshal", "principal", "lead", "senior", "junior", "staff", "associate", "officer", "director",
    "carrier",
}

KEEP_ACRONYMS = {"dj", "vj"}

SENIORITY_PREFIXES = {
    "senior", "junior", "trainee", "assistant", "graduate", "apprentice", "principal", "lead",
    "deputy", "master", "qualified", "experienced", "certified", "chief", "head", "chartered",
}

# A level of any known title is that title, not another job: "junior accountant" is an accountant
# (ESCO files it under "accounting assistant"). "assistant" and "deputy" are left out: an
# "assistant manager" is a job of its own.
LEVELS = {"senior", "junior", "trainee", "graduate", "lead", "principal", "experienced", "qualified"}

FEMININE = [
    (r"women\b", "men"), (r"woman\b", "man"), (r"mistress\b", "master"), (r"euse\b", "eur"),
    (r"trix\b", "tor"), (r"ress\b", "er"), (r"ress\b", "or"), (r"ess\b", ""), (r"esses\b", "s"),
    (r"girl\b", "boy"), (r"ette\b", ""), (r"ine\b", ""),
]


# --- the C# Tokenizer and TokenFold, so keys match the ones the index stores ---------------------

DASHES = set("-\u2010\u2011\u2012\u2013\u2014_")


def fold(text):
    out = []
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.category(c) == "Mn":
            continue
        out.append({"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l",
                    "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "\u2019": "'", "\u2018": "'", "`": "'",
                    "\u00b4": "'"}.get(c, c.lower()))
    return "".join(out)


def tokenize(text):
    """(written, folded, is_word) triples, like Hiring.Agents.Understanding.Text.Tokenizer."""
    tokens, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace() or c in DASHES:
            i += 1
            continue
        if c.isalnum() or (c == "." and i + 1 < n and text[i + 1].isalpha() and (i == 0 or not text[i - 1].isalnum())):
            j = i + (1 if c == "." else 0)
            while j < n:
                d = text[j]
                if d.isalnum() or unicodedata.category(d) == "Mn":
                    j += 1
                elif d in ".&'\u2019" and j + 1 < n and text[j + 1].isalnum():
                    j += 1
                elif d in "+#" and j > i and text[j - 1].isalpha() and not (j + 1 < n and text[j + 1].isalnum()):
                    while j < n and text[j] in "+#":
                        j += 1
                    break
                else:
                    break
            tokens.append((text[i:j], fold(text[i:j]), True))
            i = j
            continue
        tokens.append((c, fold(c), False))
        i += 1
    return tokens


def key(phrase):
    return " ".join(f for _, f, _ in tokenize(phrase))


def singular_keys(phrase):
    """Keys of the phrase with its last word made singular, as PhraseIndex tries them."""
    tokens = tokenize(phrase)
    if not tokens or not tokens[-1][2]:
        return []
    last = tokens[-1][1]
    stem = " ".join(f for _, f, _ in tokens[:-1])
    out = []
    if len(last) >= 3:
        if last.endswith("ies") and len(last) > 4:
            out.append(last[:-3] + "y")
        if last.endswith("es"):
            out.append(last[:-2])
        if last.endswith("s") and not last.endswith("ss"):
            out.append(last[:-1])
    return [(stem + " " + s).strip() for s in out]


# --- inputs ---------------------------------------------------------------------------------------

def clean(label):
    return " ".join(label.replace("\u00a0", " ").split())


def read_occupations(path):
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    rows = []
    if first.startswith("isco_group\t"):
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            rows.append((row["isco_group"], clean(row["preferred_label"]), [clean(a) for a in row["alt_labels"].split("|")]))
    elif "preferredLabel" in first:
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("conceptType", "Occupation") != "Occupation":
                continue
            rows.append((row["iscoGroup"], clean(row["preferredLabel"]), [clean(a) for a in row["altLabels"].splitlines()]))
    else:
        sys.exit(f"{path}: neither the three-column TSV nor ESCO's occupations_en.csv")
    return [(isco, pref, [a for a in alts if a]) for isco, pref, alts in rows if pref]


def read_product_forms(path):
    """Every written form of titles.yaml (names, aliases, case-sensitive aliases), folded."""
    forms, in_list, buffer = set(), False, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if in_list:
            buffer += " " + stripped
        elif stripped.startswith("- name:"):
            forms.add(key(stripped[len("- name:"):].strip()))
            continue
        elif re.match(r"(aliases|case_sensitive_aliases): \[", stripped):
            in_list, buffer = True, stripped.split("[", 1)[1]
        if in_list and buffer.rstrip().endswith("]"):
            for item in csv.reader([buffer.rstrip()[:-1]], skipinitialspace=True):
                forms.update(key(i) for i in item if i.strip())
            in_list = False
    if len(forms) < 500:
        sys.exit(f"{path}: read only {len(forms)} forms; has its layout changed?")
    return forms


def read_heads(path):
    heads, section = set(), None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
        elif section == "[heads]":
            heads.add(key(line))
    return heads


# --- derivation -----------------------------------------------------------------------------------

def degendered(label):
    out = set()
    words = label.split(" ")
    for k, w in enumerate(words):
        for pattern, replacement in FEMININE:
            if re.search(pattern, w):
                out.add(" ".join(words[:k] + [re.sub(pattern, replacement, w)] + words[k + 1:]))
    return out


def canonical_of(preferred):
    name = preferred.lower()
    if "/" in name:
        parts = [p.strip() for p in name.split("/")]
        if len(parts) == 2 and (parts[0] in degendered(parts[1]) or parts[0].split()[0:1] == parts[1].split()[0:1]
                                or parts[1] in {"nun", "waitress", "stewardess", "hostess", "postwoman"}):
            name = parts[0]
    return RENAMES.get(name, name)


def derive(occupations, product_forms, heads):
    dropped = Counter()
    canonicals = []
    for isco, preferred, alts in occupations:
        canonicals.append((canonical_of(preferred), preferred.lower(), f"isco {isco}", alts))

    canonical_keys = {key(c) for c, _, _, _ in canonicals}
    # An alt label shared by several occupations names none of them.
    owners = defaultdict(set)
    for canonical, _, _, alts in canonicals:
        for alt in alts:
            owners[key(alt.lower())].add(canonical)

    every_key = canonical_keys | product_forms | set(owners)
    out, seen = [], set()
    for canonical, preferred, family, alts in canonicals:
        ck = key(canonical)
        if ck in seen:
            dropped["duplicate occupation"] += 1
            continue
        seen.add(ck)
        own = {ck, key(preferred)} | {key(a.lower()) for a in alts}
        own |= {key(p.strip()) for p in preferred.split("/")}
        kept, kept_keys = [], {ck}
        for written in [p.strip() for p in preferred.split("/")][1:] + alts:
            alias = written.lower()
            k = key(alias)
            words = k.split(" ")
            reason = None
            if k in kept_keys:
                reason = "same as another form"
            elif any(c in written for c in "(),;\"") or written.endswith("."):
                reason = "punctuation"
            elif len(words) > MAX_ALIAS_WORDS:
                reason = "too long"
            elif alias in NOT_TITLES or k in NOT_TITLES:
                reason = "not a title"
            elif len(words) == 1 and (written.isupper() or len(k) <= 2) and k not in KEEP_ACRONYMS:
                reason = "acronym"
            elif len(words) == 1 and (k in heads or k.endswith("ing")):
                reason = "bare head noun or activity"
            elif any(d in own for d in (key(g) for g in degendered(alias))):
                reason = "gendered duplicate"
            elif any(s in own or s in every_key for s in singular_keys(alias)):
                reason = "plural"
            elif words[0] in SENIORITY_PREFIXES and " ".join(words[1:]) in own:
                reason = "seniority prefix"
            elif words[0] in LEVELS and " ".join(words[1:]) in every_key:
                reason = "a level of another title"
            elif k in product_forms:
                reason = "product title"
            elif k in canonical_keys:
                reason = "another occupation's name"
            elif len(owners[k]) > 1:
                reason = "several occupations"
            if reason:
                dropped[reason] += 1
                continue
            kept.append(alias)
            kept_keys.add(k)
        out.append((canonical, family, kept))
    return out, dropped


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Job titles from ESCO occupations: the long tail of the title vocabulary (titles.yaml comes first and wins).\n")
        f.write("# Source: ESCO, European Commission (European Skills, Competences, Qualifications and Occupations, v1.1,\n")
        f.write("# English labels). (c) European Union, reusable under CC BY 4.0 with the credit \"ESCO, European Commission\".\n")
        f.write("# Derived by scripts/data/derive-esco-titles.py; do not edit by hand. Rerun with:\n")
        f.write("#   python3 scripts/data/derive-esco-titles.py --source FILE   (ESCO's occupations_en.csv, or its three-column TSV)\n")
        f.write("# Columns: canonical (ESCO preferred label, lower case), family (ISCO-08 unit group), aliases (|-separated).\n")
        f.write("canonical\tfamily\taliases\n")
        for canonical, family, aliases in sorted(rows):
            f.write(f"{canonical}\t{family}\t{'|'.join(aliases)}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=VOCABULARY / "esco-titles.tsv")
    args = parser.parse_args()

    occupations = read_occupations(args.source)
    rows, dropped = derive(occupations, read_product_forms(VOCABULARY / "titles.yaml"), read_heads(VOCABULARY / "title-heads.txt"))
    write(args.output, rows)
    aliases = sum(len(a) for _, _, a in rows)
    print(f"{len(rows)} occupations, {aliases} aliases kept -> {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}",
          file=sys.stderr)
    for reason, count in dropped.most_common():
        print(f"  dropped {count:5} {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
