using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// What a memory says after a correction. "Correction: Stefan left, it's Katrin Beck now" said of "Our
/// Frankfurt risk team HM is Stefan Vogel" keeps the memory and changes the name: the name the
/// correction says is gone ("Stefan left", "not Scottsdale") gives way to the name it brings. A
/// correction that brings no single name instead replaces the memory with its own words, without the
/// parts that say who or what is gone. What follows "not" is gone ("it's Tuesdays not Mondays"), and a
/// name the change is placed in stays ("we switched to First Advantage for Mumbai" keeps Mumbai).
/// </summary>
public static partial class MemoryCorrection
{
    public static string Apply(string old, string said)
    {
        // "they've moved all interviews to Hay St, the depot's not used anymore (Coastline Freight)": what the pronoun stood for,
        // kept with the correction (see RememberStep), is the subject the memory is about, never a value that gives way.
        if (Subject().Match(said) is { Success: true, Index: > 0 } subject && subject.Groups["about"].Value.Trim() is var about
            && Names(about) is [var name] && name == about && Mentions(old, about))
        {
            var corrected = Apply(old, said[..subject.Index]);
            return Mentions(corrected, about) ? corrected : $"{corrected} ({about})";
        }

        // "Brightwater is 17.5% now (the QA validation lead role)": what a pronoun was taken to stand for, and the memory never names, brings no value.
        if (Subject().Match(said) is { Success: true, Index: > 0 } context && Names(context.Groups["about"].Value) is { Count: > 0 } contextNames
            && !contextNames.Any(n => Mentions(old, n)))
        {
            return Apply(old, said[..context.Index]);
        }

        // "change the sign-off to 'Un abrazo, Mariana'" of "…signed 'Saludos, Mariana'": the words the memory quotes give way whole to those
        // quoted instead; "invoices go to ap@kauri.co.nz now" of "…to finance@kauri.co.nz with the PO number": an address to the one said;
        // "make the digest 8am instead" of "…the digest at 7:30am, under 10 lines": a time of day to the one said.
        // "Austin senior PM band is 175-195k now" of "…is 165-185k base": a range to the range said.
        foreach (var value in new[] { QuotedWords(), EmailAddress(), TimeOfDay(), NumberRange() })
        {
            if (value.Matches(said) is [Match given] && value.Matches(old) is [Match held] && !string.Equals(held.Value, given.Value, StringComparison.OrdinalIgnoreCase)
                && !Denied(said).Any(d => given.Value.Contains(d, StringComparison.OrdinalIgnoreCase)))
            {
                return string.Concat(old.AsSpan(0, held.Index), given.Value, old.AsSpan(held.Index + held.Length));
            }
        }

        var parts = Parts().Split(said).Select(p => p.Trim()).Where(p => p.Length > 0 && !CueOnly().IsMatch(p)).ToList();
        if (parts.Where(p => !Voids().IsMatch(p)).ToList() is { Count: > 0 } instead && instead.Count < parts.Count)
        {
            // "that's no longer true about Tessaro and remote, they went hybrid, 3 days a week in Turin": the memory gives way
            // whole to what is said instead, kept with the name it was about; no name of it is a value that changes.
            var rest = string.Join(", ", instead);
            return Names(old).FirstOrDefault(n => Mentions(said, n)) is { } topic && !Mentions(rest, topic) ? $"{rest} ({topic})" : rest;
        }

        // "Marta Puig has moved to their Mallorca hotel. Jordi Ferrer is the new GM": who left and who comes are told in
        // sentences of their own, and only the sentence that says someone went is about who is gone.
        var sentences = parts.SelectMany(p => Sentence().Split(p)).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var departed = sentences.Where(p => Departure().IsMatch(p)).ToList();
        var kept = sentences.Except(departed).ToList();
        var oldNames = Names(old);
        // "it's Tuesdays not Mondays": what follows "not" gives way; it never comes.
        var denied = Denied(said);
        var gone = oldNames.Where(n => departed.Any(p => Mentions(p, n)) || denied.Any(d => SharesWord(n, d))).ToList();

        // The new name is in what is kept ("it's Katrin Beck now"), else anywhere ("assessment centres moved to Leeds").
        var fresh = FreshNames(kept, oldNames).Where(n => !denied.Any(d => SharesWord(n, d))).ToList();
        if (fresh.Count == 0)
        {
            fresh = [.. FreshNames(parts, oldNames).Where(n => !denied.Any(d => SharesWord(n, d)))];
        }

        // "neue Ansprechpartnerin ist Frau Sabine Voss": a name the correction says someone is comes before a capitalized noun.
        fresh = [.. fresh.OrderByDescending(n => IsStated(said, n))];

        // "Kylie is the Adelaide HM now", "we switched to First Advantage for Mumbai": the names said again stay, and the
        // one old name left unsaid gives way; with several unsaid, a name said again outside the place the change is put
        // in (for, in, at) is the one that goes.
        var unnamed = oldNames.Where(n => !Mentions(said, n)).ToList();
        // "they want CVs in English now" of "…wants Spanish CVs" says part of a name again: that name is what changes (below).
        var partly = oldNames.Any(n => n.Split(' ') is { Length: > 1 } words && words.Any(w => Mentions(said, w)) && words.Any(w => !Mentions(said, w)));
        // "update on Brightline Tech: Aoife Byrne is the QA HM now": a name said as who someone is now replaces the old name in the clause
        // that says the same of it; the names beside it ("QA") describe the slot and stay.
        if (gone.Count == 0 && departed.Count == 0 && unnamed.Count > 1 && fresh.Count >= 1 && (IsStated(said, fresh[0]) || IsNowThe(said, fresh[0])) && SameClause(old, said, unnamed, fresh[0]) is { } slot)
        {
            gone = [slot];
        }

        if (gone.Count == 0 && !(unnamed.Count == 1 && fresh.Count >= 1 && !partly))
        {
            var scope = Scope(said);
            gone = [.. oldNames.Where(n => Mentions(said, n) && !scope.Any(a => SharesWord(a, n)))];
        }

        // "tech interviews moved to Thursdays" said of "…happen on Tuesdays" (or "…on mondays"): a day gives way to a day.
        var days = WeekdayWord().Matches(old).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var newDay = WeekdayWord().Matches(said).Select(m => m.Value).FirstOrDefault(d => !days.Any(o => SharesWord(o, d)) && !denied.Any(n => SharesWord(n, d)));
        if (days.Count == 1 && newDay is not null)
        {
            gone = [days[0]];
            fresh = [char.ToUpperInvariant(newDay[0]) + newDay[1..]];
        }

        // "nah scrap that, it's Jorge" of "The Phoenix nursing HM is Carla": a bare replacement names nothing of the memory,
        // so what it replaces is what the memory says someone or something is (the name after "is"), not what it is about.
        var stated = gone.Count == 0 && unnamed.Count > 1 && fresh.Count == 1 && IsBare(kept) ? Stated(old, unnamed) : null;
        // "switch the cc to Iker" of "For CRA shortlists on the Madrid studies, cc Marta": a swap names the slot it changes, so
        // what it replaces is the name the memory puts in that slot, not what the memory is about.
        stated ??= gone.Count == 0 && unnamed.Count > 1 && fresh.Count == 1 ? Slotted(old, said, unnamed) : null;
        // "c'est Mme Delorme qui valide les offres maintenant" of "…, c'est M. Garnier qui valide les offres, et ils veulent deux
        // entretiens max": the name someone is said to be now replaces the old name whose clause says the same of it.
        stated ??= gone.Count == 0 && unnamed.Count > 1 && fresh.Count >= 1 && (fresh.Count == 1 || IsStated(said, fresh[0])) ? SameClause(old, said, unnamed, fresh[0]) : null;
        if (stated is not null)
        {
            unnamed = [stated];
        }

        // "sorry typo, it's 28 LPA" of "…pays 18 LPA for SDE2": with no name changing, the one number gives way to the one said.
        var numbers = Number().Matches(old).Select(m => m.Value).Distinct().ToList();
        // "not 12 anymore, it's 10" of "…a 12% fee": a number said without its unit is the same number as the memory's with it.
        var newNumbers = Number().Matches(said).Select(m => m.Value).Where(n => !numbers.Any(o => Bare(o) == Bare(n)) && !denied.Any(d => Bare(d) == Bare(n))).Distinct().ToList();
        // "the bottom is £31,100, not 30,200" of a memory with several numbers: the number it denies gives way to the one it brings.
        // "32 nahi": a number denied after it, as Hindi does.
        var deniedNumbers = Number().Matches(said).Where(m => DeniedBefore().IsMatch(said[..m.Index]) || DeniedAfter().IsMatch(said[(m.Index + m.Length)..]))
            .Select(m => numbers.FirstOrDefault(o => Bare(o) == Bare(m.Value))).OfType<string>().ToList();
        var replaced = deniedNumbers is [var denial] ? denial : numbers.Count == 1 ? numbers[0] : newNumbers is [var brought] ? SameKind(old, numbers, said, brought) : null;
        // "Kellinghusen: wir liegen jetzt bei 23%, der Rest bleibt gleich": a figure of the same kind changes though a capitalized noun comes with it,
        // when no one is said to be gone or denied and no name is said to be someone.
        var figureOnly = fresh.Count == 0 || (departed.Count == 0 && denied.Count == 0 && !fresh.Any(n => IsStated(said, n)) && newNumbers.Count == 1 && KindOf(said, newNumbers[0]) is { Length: > 0 } kind && replaced is not null && KindOf(old, replaced) == kind);
        if (figureOnly && replaced is not null && newNumbers.Count == 1)
        {
            // The unit the memory wrote ("12%", "45k") stays when the correction leaves it out ("it's 10").
            var number = newNumbers[0] == Bare(newNumbers[0]) ? newNumbers[0] + replaced[Bare(replaced).Length..] : newNumbers[0];
            return Agreed(Regex.Replace(old, $@"(?<![\w.,-]){Regex.Escape(replaced)}(?![\w.,-]*\d)", number.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant, RegexLimit.Time), number);
        }

        if (fresh.Count >= 1 && (gone.Count == 1 || (gone.Count == 0 && unnamed.Count == 1)))
        {
            var target = gone.Count == 1 ? gone[0] : unnamed[0];
            // "correction: they want CVs in English now" of "…wants Spanish CVs": the words of the old name the correction
            // says again stay, and the one word it leaves out gives way ("Spanish"); never when it says someone is gone.
            if (departed.Count == 0 && !fresh[0].Contains(' ', StringComparison.Ordinal) && target.Split(' ') is { Length: > 1 } words
                && words.Where(w => !Mentions(said, w)).ToList() is [var only])
            {
                target = only;
            }

            var honorific = $@"(?:(?:{string.Join('|', Honorifics.Select(Regex.Escape))})\.?\s+)?";
            return Agreed(Regex.Replace(old, $@"\b{honorific}{Regex.Escape(target)}\w*", fresh[0].Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimit.Time), fresh[0]);
        }

        var text = string.Join(", ", kept.Count > 0 && kept.Sum(p => p.Split(' ').Length) >= 3 ? kept : parts);
        return text.Length > 0 ? text : said;
    }

    /// <summary>
    /// Whether a correction only denies what the memory never says ("Orbital's head prefers intros by InMail, not email" of
    /// "Orbital Games wants a take-home art test"): it tells something new beside that memory, and corrects nothing of it.
    /// </summary>
    public static bool DeniesOnlyOther(string old, string said) =>
        Denied(said) is { Count: > 0 } denied
        && !denied.Any(d => Regex.IsMatch(old, $@"(?<![\w]){Regex.Escape(d)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time))
        && !Departure().IsMatch(NotThis().Replace(said, " "));

    /// <summary>
    /// Of a memory's several numbers, the one of the same kind as the number a correction brings: "fee's 19% now" of "agreed 21%,
    /// payable 30 days after start" is the percentage, "notice is 3 months" of "wants 85, 1 month notice" the months; null when
    /// no single one is.
    /// </summary>
    private static string? SameKind(string old, IReadOnlyList<string> numbers, string said, string brought)
    {
        var kind = KindOf(said, brought);
        return kind.Length > 0 && numbers.Where(n => KindOf(old, n) == kind).ToList() is [var only] ? only : null;
    }

    /// <summary>
    /// Whether a number <paramref name="said"/> brings counts what a number of <paramref name="old"/> counts ("cap it at 5 profiles" of
    /// "max 8 profiles", "19%" of "a 17% fee"): the same unit, or the same word after it.
    /// </summary>
    public static bool CountsAlike(string old, string said)
    {
        var kinds = Number().Matches(old).Select(m => KindOf(old, m.Value)).Where(k => k.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Number().Matches(said).Any(m => kinds.Contains(KindOf(said, m.Value)));
    }

    /// <summary>What a number counts: its own unit ("%", "k"), else the word after it, singular ("months", "days", "LPA"); empty when neither.</summary>
    private static string KindOf(string text, string number)
    {
        if (number != Bare(number))
        {
            return number[Bare(number).Length..].ToLowerInvariant();
        }

        var at = Regex.Match(text, $@"(?<![\w.,-]){Regex.Escape(number)}(?![\w.,-]*\d)\s*(?<unit>\p{{L}}+)?", RegexOptions.CultureInvariant, RegexLimit.Time);
        return at.Success && at.Groups["unit"].Success ? Singular(at.Groups["unit"].Value) : "";
    }

    /// <summary>
    /// The article before a word put in agrees with it again: "a 20% fee" made 18% reads "an 18% fee", "an Oracle shop" made
    /// Workday reads "a Workday shop".
    /// </summary>
    private static string Agreed(string text, string word) =>
        Regex.Replace(text, $@"\b(?<article>an?)(?<gap>\s+){Regex.Escape(word)}", m => (m.Groups["article"].Value[0] is 'A' ? (TakesAn(word) ? "An" : "A") : (TakesAn(word) ? "an" : "a")) + m.Groups["gap"].Value + word, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    /// <summary>Whether a word is said with a vowel first: "8", "11", "18k", "80%", "Oracle", "hour"; not "one", "Unilever", "Europe".</summary>
    private static bool TakesAn(string word)
    {
        var digits = Regex.Match(word, @"^[£$€]?(?<whole>\d[\d,]*)", RegexOptions.CultureInvariant, RegexLimit.Time);
        if (digits.Success)
        {
            // Said aloud the number opens with "eight", or with "eleven" or "eighteen" ("11", "£18,000"); a currency sign is said after it.
            var whole = digits.Groups["whole"].Value.Replace(",", "", StringComparison.Ordinal);
            return whole[0] == '8' || (whole.Length % 3 == 2 && whole[..2] is "11" or "18");
        }

        var lower = word.ToLowerInvariant();
        return lower.Length > 0 && ((("aeiou".Contains(lower[0], StringComparison.Ordinal) && !ConsonantSound().IsMatch(lower)) || VowelSound().IsMatch(lower)));
    }

    [GeneratedRegex(@"^(?:one|once|uni|use|usu|uti|eu|ewe|ur[aeiou])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ConsonantSound();

    [GeneratedRegex(@"^(?:hour|honest|honou?r|heir)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex VowelSound();

    /// <summary>A number without its unit: "12%" and "45k" are 12 and 45.</summary>
    private static string Bare(string number) => number.TrimEnd('%', 'k', 'K');

    /// <summary>Whether what is kept of a correction is only what replaces ("it's Jorge", "Jorge now"): a few words, one sentence.</summary>
    private static bool IsBare(List<string> kept) =>
        kept.Count == 1 && kept[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= BareWords;

    /// <summary>The most words a bare replacement ("it's Aoife now") has.</summary>
    private const int BareWords = 4;

    /// <summary>Of the names a memory holds, the one it says someone or something is ("… HM is Carla"); null when none follows "is".</summary>
    private static string? Stated(string old, List<string> names) =>
        names.FirstOrDefault(n => Regex.IsMatch(old, $@"(?:\b(?:is|are|was|ist|es|est|é|è|er|är|jest|=)|['’]s)\s+(?:(?:now|still|the|our|their)\s+)*{Regex.Escape(n)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time));

    /// <summary>Whether words say someone or something is this name ("… ist Frau Sabine Voss", "it's Jorge now", "kontakten er nu Ole Berg").</summary>
    private static bool IsStated(string said, string name) =>
        Regex.IsMatch(said, $@"(?:\b(?:is|ist|es|est|é|è|er|är|jest|are|=)|['’]s)\s+(?:(?:now|jetzt|nu|nå|teraz|ora|adesso|ahora|agora|still|the|our|their|a|o|la|le|el|de|het|die|der|{string.Join('|', Honorifics.Select(Regex.Escape))})\.?\s+)*{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // A range of figures as said: "165-185k", "85–100k €", "£30,000 - £34,000", "3-5 years".
    [GeneratedRegex(@"(?<![\w.,])[£$€]?\d+(?:[.,]\d+)*\s*k?\s*[-–]\s*[£$€]?\d+(?:[.,]\d+)*\s*(?:k|%)?(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NumberRange();

    /// <summary>Of the names a memory holds, the one beside the slot a swap names ("switch the cc to …": "cc Marta"); null when the swap names none.</summary>
    private static string? Slotted(string old, string said, List<string> names) =>
        SwapSlot().Match(said) is { Success: true } swap && Regex.Escape(swap.Groups["slot"].Value) is var slot
            ? names.FirstOrDefault(n => Regex.IsMatch(old, $@"\b{slot}\s+(?:(?:is|to|=|with|as)\s+)?{Regex.Escape(n)}\b|\b{Regex.Escape(n)}\s+{slot}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time))
            : null;

    private static List<string> FreshNames(IEnumerable<string> parts, IReadOnlyList<string> oldNames) =>
        [.. parts.SelectMany(Names).Where(n => !oldNames.Any(o => SharesWord(o, n))).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>What the words deny: "not Mondays", "not on Zoom", "not the Dublin office".</summary>
    private static IReadOnlyList<string> Denied(string said) =>
        [.. NotThis().Matches(said).Select(m => m.Groups["name"].Value)];

    /// <summary>The names a change is placed in: "for Mumbai", "in the Berlin office", "für Kellinghusen", a name heading it ("Fjällström: …").</summary>
    private static IReadOnlyList<string> Scope(string said) =>
        [.. ScopeName().Matches(said).Select(m => m.Groups["name"].Value)];

    /// <summary>The names the words say are gone: "Stefan left", "not Scottsdale", "Hollie's gone".</summary>
    public static IReadOnlyList<string> Gone(string said) =>
        [.. Parts().Split(said).Where(p => Departure().IsMatch(p)).SelectMany(Names).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The names a text holds: runs of capitalized words; a sentence's first word only when it is no everyday word or a verb of being, or one in the past, follows it ("Brennan renegotiated"; a weekday always: "Tuesday afternoons, my mistake" names the day).</summary>
    public static IReadOnlyList<string> Names(string text)
    {
        var names = new List<string>();
        foreach (Match run in NameRun().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (run.Index == 0 || SentenceStart().IsMatch(text[..run.Index]))
            {
                var first = words[0].ToLowerInvariant();
                var next = text[(run.Index + words[0].Length)..];
                if (KnownWords.Contains(first) && !IsWeekday(first) && !(words.Count > 1 || NameVerb().IsMatch(next)))
                {
                    words.RemoveAt(0);
                }
            }

            // "A Farmácias Atlântico no Porto paga-nos 15%": an article opening a sentence is no part of the name after it.
            if (words.Count > 1 && Articles.Contains(words[0].ToLowerInvariant()))
            {
                words.RemoveAt(0);
            }

            words = [.. words.Select(w => Possessive().Replace(w, "")).Where(w => !NotNames.Contains(w.ToLowerInvariant().Replace('’', '\'')) && !Honorifics.Contains(w.TrimEnd('.').ToLowerInvariant()))];
            if (words.Count > 0)
            {
                names.Add(string.Join(' ', words));
            }
        }

        return names;
    }

    private static bool Mentions(string text, string name) => Names(text).Any(n => SharesWord(n, name)) || name.Split(' ').Any(w => Regex.IsMatch(text, $@"\b{Regex.Escape(w)}", RegexOptions.IgnoreCase, RegexLimit.Time));

    /// <summary>Whether two names share a word, plurals aside ("Monday" and "Mondays").</summary>
    public static bool SharesWord(string a, string b) =>
        a.Split(' ').Select(Singular).Intersect(b.Split(' ').Select(Singular), StringComparer.OrdinalIgnoreCase).Any();

    private static string Singular(string word) => MemoryWords.Stem(word.ToLowerInvariant().TrimEnd('\'', '’'));

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "o", "os", "as", "la", "le", "les", "el", "los", "las", "il", "lo", "de", "het", "die", "der", "das", "den" };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "dr", "mr", "mrs", "ms", "miss", "prof", "herr", "frau", "chef", "matron", "sister", "sir", "madam", "ma'am", "maam", "mx", "don", "doña", "senhor", "senhora", "señor", "señora", "monsieur", "madame", "mme", "capt", "captain", "sr", "sra",
        // French, Spanish, Dutch, Polish and Italian forms of address ("M. Garnier", "Mlle", "Srta.", "dhr.", "Pani", "Sig.ra", "Dott.").
        "m", "mlle", "srta", "dhr", "mevr", "pan", "pani", "sig", "sig.ra", "dott", "dott.ssa" };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i", "i'm", "i'd", "i've", "hm", "hms", "ta", "fyi", "nb", "ok", "okay", "correction", "korrektur", "update", "actually", "oops", "sorry", "note", "remember",
        "also", "and", "but", "so", "please", "pls", "the", "our", "my", "it", "it's", "its", "he", "she", "they", "we", "now", "no", "not", "instead", "scratch",
        "ach", "ah", "oh", "argh", "ugh", "hr", "ta", "jd", "cv", "ps", "ay", "opa", "hmm", "uh", "um", "yes", "yeah", "non", "nope", "sorry", "ignore", "c'est", "est",
        "nee", "nah", "wacht", "correctie", "eigenlijk", "eintlik", "niet", "nie", "het", "ja", "nou", "dit", "de", "die",
        // A pronoun with its verb opening a sentence ("They've moved all interviews…") is no name.
        "they've", "they're", "they'll", "they'd", "we've", "we're", "we'll", "you've", "you're", "he's", "she's", "he'll", "she'll", "it'll", "that's", "there's", "i'll",
    };

    private static bool IsWeekday(string word) => WeekdayWord().Match(word) is { Success: true, Index: 0 } day && day.Length == word.Length;

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"\b(?:not|niet|nie)\s+(?:on\s+|in\s+|at\s+|with\s+|the\s+|op\s+|de\s+|het\s+)?(?<name>[\p{L}\d'’&-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NotThis();

    [GeneratedRegex(@"\b(?i:(?:update|news|correction|change|korrektur|poprawka|correção|corrección)\s+(?:on|about|re|regarding|for|over|zu|sur|sobre|para|dla|do))\s+(?<name>\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)|\b(?i:for|in|at|across|within|för|für|fuer|pour|para|per|bei|chez|bij|voor|hos|zu|sur|en|na|no|em|nel|nella|presso|ved|w|u|i)\s+(?i:the\s+)?(?<name>\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)|^\W*(?<name>\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ScopeName();

    // "not 30,200", "not £120k": a number the words deny.
    [GeneratedRegex(@"\b(?:not|niet|nie|instead\s+of|rather\s+than|no\s+longer|not\s+any\s*more|niet\s+meer)\s+[£$€]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DeniedBefore();

    // "32 nahi", "32 nicht": a number the words after it deny.
    [GeneratedRegex(@"^\s*(?:nahi|nahin|nai|nicht|niet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DeniedAfter();

    // A number as said: "18", "2.5", "150k", "60%"; never a part of a word ("SDE2").
    [GeneratedRegex(@"(?<![\w.,-])\d+(?:[.,]\d+)?(?:k|%)?(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Number();

    // The slot a swap changes: "switch the cc to …", "change our channel over to …", "back to … on the cc".
    [GeneratedRegex(@"\b(?:switch|change|swap|move)\s+(?:the|my|our)\s+(?:[\p{L}-]+\s+)?(?<slot>[\p{L}-]+)\s+(?:over\s+)?to\b|\bback\s+to\b.*?\b(?:on|for|as|in)\s+(?:the|my|our)\s+(?<slot>[\p{L}-]+)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SwapSlot();

    // "that's no longer true", "not the case any more": what the memory said is void.
    [GeneratedRegex(@"\bno\s+longer\s+(?:true|the\s+case|valid|correct|accurate|right)\b|\b(?:not|isn['’]t)\s+(?:true|the\s+case)\s+any\s*more\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Voids();

    // What a correction was kept with at its end: "… (Coastline Freight)".
    [GeneratedRegex(@"\s*\((?<about>[^()]{2,60})\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Subject();

    [GeneratedRegex(@"['’]s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NameRun();

    [GeneratedRegex(@"(?:^|[.!?:;]\s*|[-–—]\s+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^(?:'s|’s|\s+(?:is|was|has|had|will|does|did|wants|likes|prefers|hates|runs|handles|left|moved|went|signs|takes|needs|only|\p{L}{3,}ed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NameVerb();

    // A sentence's end: a full stop, question or exclamation mark before a capital.
    [GeneratedRegex(@"(?<=\p{Ll}[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\s*(?:[,;:\n]|\bbut\b|\s[-–—]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Parts();

    [GeneratedRegex(@"^\W*(?:(?:sorry|oops|ok|okay|actually|update|updated|correction|korrektur|scratch that|scrap that|forget that|typo|sorry typo|my mistake|change of plan|my bad|wait|hmm+|no|ach|ah|oh|eh|right|ay|opa|non|attends|no wait|ignore what i said|ignore that|nah|nee|wacht|nee wacht|correctie|eigenlijk|eintlik|rettelse|r(?:ä|a)ttelse|correcci[oó]n|corre[çc][aã]o|correzione|rettifica|poprawka|pomy[łl]ka|d(?:ü|u)zeltme|corr)\W*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex CueOnly();

    // Words in quotes ("'Un abrazo, Mariana'", "“Best, Ana”"); an apostrophe inside a word ("that's", "O'Neill") opens none.
    [GeneratedRegex(@"(?<!\p{L})['‘""“«][^'’""”»\n]{1,80}?['’""”»](?!\p{L})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    internal static partial Regex QuotedWords();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex EmailAddress();

    // "7:30am", "8 am", "14:00", "9.30pm": a time of day.
    [GeneratedRegex(@"(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|(?<![\w.:])\d{1,2}:\d{2}(?![\w:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex TimeOfDay();

    // "they've gone to 3 rounds", "went up to 84k": a figure that changed, no one who left. "Erik har slutat", "ha lasciato": left, in other languages.
    [GeneratedRegex(@"\b(?:left|leaving|leaves|moved on|(?:went|gone)(?!\s+(?:up\s+|down\s+|back\s+)?(?:to|from)\s+\S{0,3}\d)|quit|retired|retiring|resigned|no longer|not anymore|any ?more|replaced|on (?:leave|mat(?:ernity)? leave|paternity leave|sick leave|sabbatical)|off sick|off (?:the|that|this) (?:panel|loop|team|account|interviews?)|est partie?|se fue|saiu|vertrokken|is weg|niet meer|nie meer nie|nicht mehr|ist weg|gek(?:ü|ue)ndigt|gegangen|ya no est[aá]|n['’]est plus|n[aã]o est[aá] mais|har\s+slutat|slutade|har\s+sluttet|har\s+forladt|ha\s+lasciato|se\s+n['’]è\s+andat[oa]|odesz[łl]a?|ayr[ıi]ld[ıi])\b|\b(?-i:\p{Lu})\w+(?:['’]s|\s+has|\s+is|\s+was)?\s+(?:moved|transferred|relocated)\b|^\W*(?:not|niet|nie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Departure();
}
