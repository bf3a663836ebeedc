using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// How one statement parts into several memories, so each can be recalled, corrected or forgotten alone: two statements
/// joined by "and", and the items of a list after a colon.
/// </summary>
public sealed partial class MemoryStatementReader
{
    /// <summary>
    /// "Montreal roles need French, and the Montreal HM is Luc": two statements joined by "and" are two memories, so
    /// either can be corrected or forgotten alone; a scope the first opens with ("For the Lagos roles, …") goes with
    /// the second too. A second part that needs the first ("and she hates cover letters") stays with it.
    /// </summary>
    private IReadOnlyList<MemoryStatement> Halves(MemoryStatement statement, string? about = null)
    {
        foreach (Match and in Conjunction().Matches(statement.Text))
        {
            var first = statement.Text[..and.Index].Trim().TrimEnd(',');
            var second = statement.Text[(and.Index + and.Length)..].Trim();
            var at = statement.Quote.LastIndexOf(second, StringComparison.OrdinalIgnoreCase);
            // "uses Terraform and GCP, always mention both": a single word before the second part's comma is a name joined to the first, not a clause.
            // "only interview Mon and Wed mornings, HM is Priya": days joined by "and" are one list of days, whatever follows.
            if (at <= 0 || !HasWords(first) || !HasWords(second) || !HasWords(second.Split(',')[0]) || _pronoun.IsMatch(second) || !Tells(first) || !Tells(second)
                || (DayAtEnd().IsMatch(first) && DayAtStart().IsMatch(second)))
            {
                continue;
            }

            var scope = LeadingScope().Match(first);
            var later = scope.Success ? $"{scope.Groups["scope"].Value.Trim()}, {second}"
                // "Loch Ard Distillery interviews are always 2 rounds, the panel is Fiona Laird": "the panel" is the one of what the first part
                // opens with, so the second memory keeps its name.
                : Owned().IsMatch(second) && MemoryCorrection.Names(first) is [var lead, ..] && first.StartsWith(lead, StringComparison.Ordinal) && !Mentions(second, lead) ? $"{lead}, {second}"
                : second;
            var firstQuote = TrailingAnd().Replace(statement.Quote[..at], "").Trim();
            // "the Leeds client is Harrowgate Plumbing Ltd, our margin there is 21% and the HM is Tom Fairley": the names the message
            // set go on with every later part that speaks of something of theirs ("the HM", "our margin") without naming them.
            var carried = MemoryCorrection.Names(first) is { Count: > 0 } set ? string.Join(", ", set) : about;
            // "Wellington HM is Aroha, Christchurch roles are all on-site, and Hamilton wants te reo speakers": each part may hold more.
            return
            [
                .. Halves(statement with { Text = Clean(first), Quote = firstQuote, Kind = KindOf(first, statement) }, about),
                .. Halves(statement with { Text = Clean(later), Quote = statement.Quote[at..].Trim(), Kind = KindOf(second, statement) }, later == second ? carried : null),
            ];
        }

        // A later part that speaks of something of what the message named ("the HM is Tom Fairley") is kept with those names after it.
        return about is not null && OwnedOrOurs().IsMatch(statement.Text) && !Mentions(statement.Text, about)
            ? [statement with { Text = $"{statement.Text} ({about})", Resolved = true }]
            : [statement];
    }

    /// <summary>
    /// "couple of things for Hyderabad: HM is Srinivas, interviews only Tue/Wed, and budget is 25 LPA max": a list after a
    /// colon whose every item says something (a verb or a figure: "fee 17.5%") is one memory an item, each with the place the
    /// list opens with, so a question about one item is not answered with the others, and one item can be put right or
    /// forgotten alone. A list opened by a name ("candidate update Liam Walsh: on 70k, open to Cork or Galway") is about that
    /// name: every item of two words or more says something of it, "they" in one is it, and "and", "y" or "und" joining two
    /// such items parts them too. Null when the statement is no such list.
    /// </summary>
    private List<MemoryStatement>? ListItems(MemoryStatement statement)
    {
        var list = ListOpening().Match(statement.Text);
        if (!list.Success || ChangeHeading(statement))
        {
            return null;
        }

        // "Auckland:", "Berlin role notes:", "our rates for Pelican Foods:", "couple things re Halden Marine:": an opening that names
        // something is what every item is about, without words that only announce a list; "couple of things:" is none, and
        // "couple of things for Hyderabad:" is about Hyderabad.
        var intro = list.Groups["intro"].Value;
        var announced = ListAnnouncement().Match(intro);
        var topic = intro[announced.Length..].Trim();
        // A name of two words, or one after the opening word ("Sudbury client Greystone Nickel"); a capital opening the message
        // alone ("Standardmäßig:", "Y otra cosa:") is no name.
        var named = MemoryCorrection.Names(intro).Any(n => n.Contains(' ', StringComparison.Ordinal) || intro.IndexOf(n, StringComparison.Ordinal) > intro.Length - intro.TrimStart().Length);
        var scope = list.Groups["scope"].Success && list.Groups["scope"].Index == announced.Length ? list.Groups["scope"].Value.Trim()
            : MemoryCorrection.Names(topic).Count > 0 ? topic : null;
        // An item that points back ("go to him for any picker roles") says nothing alone: such a list stays whole.
        var items = WithAppositives(Separated(list.Groups["rest"].Value).Select(i => i.Trim()).Where(i => i.Length > 0).SelectMany(i => Parted(i, named)));
        // "candidate for Halcyon: Dana Whitfield, Sr Scientist, 2 weeks notice": a list that opens with someone's name is all about them, and stays whole.
        if (items.Count < 2 || items.Any(i => !Says(i, named)) || OnlyAName().IsMatch(items[0]))
        {
            return null;
        }

        if (scope is null && LeadingScope().Match(items[0]) is { Success: true } leading)
        {
            // "ff noteren: bij Brouwer Systems the EM is Sanne, and candidates are on-site Mondays": the first item's scope is every item's.
            var opened = leading.Groups["scope"].Value.Trim();
            return [Item(statement, items[0], items[0]), .. items.Skip(1).Select(i => Item(statement, $"{opened}, {i}", i))];
        }

        return [.. items.Select(i => Item(statement, scope is null ? i : $"{scope}, {i}", i))];
    }

    /// <summary>
    /// Whether a correction is told under a heading that says it is a change ("petite mise à jour sur Bercy : ils sont passés sur
    /// Workday, c'est là qu'il faut déposer…", "cambio en Ortúzar: …"): one correction, whose parts say the same new thing. Words that
    /// only announce a list ("candidate update Priya Raman:") are no such heading.
    /// </summary>
    private bool ChangeHeading(MemoryStatement statement) =>
        statement.Corrects && statement.Quote.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
        && statement.Quote[..colon] is var heading && _correction.IsMatch(heading[ListAnnouncement().Match(heading).Length..]);

    /// <summary>
    /// The items with a bare title after a name folded into the item before ("reference checks go through Peter Otieno, the programmes
    /// director"): it says who that is, nothing of its own.
    /// </summary>
    /// <remarks>
    /// So is a bare name after a title, and what follows it with no one doing it ("the GM at the Leith hotel, Ewan Kerr, does all the
    /// bar interviews"): the three say one thing of one person.
    /// </remarks>
    private static List<string> WithAppositives(IEnumerable<string> items) =>
        MemoryDetails.Folded(items, item => (Appositive().IsMatch(item) && !Verb.IsMatch(item)) || OnlyAName().IsMatch(item) || DoneByTheOneBefore().IsMatch(item));

    // "does all the interviews", "handles the sign-offs": a verb with no one doing it, who is the one the item before named.
    [GeneratedRegex(@"^(?:does|handles|runs|signs|approves|owns|leads|chairs|manages|covers|looks\s+after|sits\s+on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DoneByTheOneBefore();

    [GeneratedRegex(@"^(?:the|our|their|his|her|its|a|an)(?:\s+(?-i:\p{Ll})[\p{L}'’-]*){1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Appositive();

    // "Dana Whitfield", "candidate Rizky Pratama": only someone's name, with the word for a candidate at most.
    [GeneratedRegex(@"^(?:(?:candidate|candidat[ea]?|candidato|kandidat(?:in)?|kandidaat)\s+)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex OnlyAName();

    /// <summary>One item of a list kept alone; it corrects only when its own words do ("candidate update X:" labels, it puts nothing right).</summary>
    private MemoryStatement Item(MemoryStatement list, string text, string quote) =>
        list with { Text = Clean(text), Quote = quote, Kind = KindOf(quote, list), Corrects = list.Corrects && _correction.IsMatch(quote), Replaces = list.Replaces && _replaces.IsMatch(quote) };

    /// <summary>
    /// Whether a list item says something alone: a verb; in a list opened by a name, any two words ("fee 17.5%"), never a pointer
    /// to someone. Without a name the first item may name whom the rest are about ("a candidata Beatriz tem…, pretensão de 18 mil"): such a list stays whole.
    /// </summary>
    private static bool Says(string item, bool named) =>
        HasWords(item) && (named || Verb.IsMatch(item)) && !(named ? PointsBackToSomeone : PointsBackTo).IsMatch(item) && !LeansBack().IsMatch(item);

    // "…, not an FD stepping up", "…, no photos", "…, but only on Fridays": an item that denies or limits the one before it; "…, so
    // always ask for one", "…, which means a Sunday start": one that draws on it.
    [GeneratedRegex(@"^\W*(?:not|no|nor|never|but|except|without|unless|only\s+if|so|hence|therefore|thus|which|because|since|nicht|kein\w*|sin|sans|pas|sem|niet|geen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex LeansBack();

    // "couple things re", "a few notes on", "candidate update", "who's who at": words that only announce the list, before what it is about.
    [GeneratedRegex(@"^\s*(?:who(?:['’]s|\s+is)\s+who|who\s+does\s+what)\s*|^\s*(?:(?:a|the|our|my|just|some)\s+)?(?:(?:quick|few|couple|two|three|\d)\s+(?:of\s+)?(?:quick\s+)?)?(?:(?:candidate|client)\s+)?(?:things?|notes?|points?|bits?|items?|details?|updates?|info|stuff)\b\s*(?:(?:re|about|regarding|on)\b\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ListAnnouncement();

    /// <summary>"garantía de 3 meses y el contacto es Martín Salcedo": two items joined by "and" in any language, each saying something of its own (a verb or a figure).</summary>
    private static IEnumerable<string> Parted(string item, bool named) =>
        ItemJoin().Match(item) is { Success: true } join && item[..join.Index].Trim() is var head && item[(join.Index + join.Length)..].Trim() is var tail
            && new[] { head, tail }.All(p => Says(p, named) && (Verb.IsMatch(p) || Figure().IsMatch(p) || ItemIs().IsMatch(p)))
            ? [head, tail]
            : [item];

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Figure();

    // "the panel is …", "their markup is …": a part whose subject is something of someone named before it.
    [GeneratedRegex(@"^\W*(?:the|their|its)\s+(?-i:\p{Ll})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Owned();

    // "the HM is …", "our fee there is …", "my contact is …": a part about something of what was named before it, whoever's; a title
    // in capitals ("HM", "GM") is such a thing too, a capitalised word ("the Montreal HM") a name of its own.
    [GeneratedRegex(@"^\W*(?:the|their|its|our|my)\s+(?-i:\p{Ll}|\p{Lu}{2,}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex OwnedOrOurs();

    [GeneratedRegex(@"\s+(?:and|y|e|et|und|en|aur|plus)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ItemJoin();

    // A verb of being in the languages items are written in: "el contacto es Martín", "Ansprechpartner ist Herr Kuhn".
    [GeneratedRegex(@"\b(?:is|are|es|est|ist|é|è|hai|hain|=)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ItemIs();

    // What opens a list ("couple of things for Hyderabad:"), the place it names, and the items after the colon.
    [GeneratedRegex(@"^(?<intro>[^:]{0,60}?(?:\b(?<scope>(?:for|in|at|on)\s+(?:the\s+|our\s+)?[^:,]{2,40}?))?)\s*:\s+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ListOpening();

    private static readonly Regex PointsBackTo = new(@"\b(?:he|she|him|her|his|they|them|their|it|its|there|both|either)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private static readonly Regex PointsBackToSomeone = new(@"\b(?:he|she|him|her|his|both|either)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DayAtEnd();

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DayAtStart();

    /// <summary>A list's items, parted at its commas but never at one inside quotes or brackets ("sign off 'Un caro saluto, Marco'" is one item).</summary>
    private static IEnumerable<string> Separated(string rest) =>
        ListSeparator().Split(MemoryDetails.Bracketed().Replace(rest, q => q.Value.Replace(',', QuotedComma))).Select(i => i.Replace(QuotedComma, ','));

    /// <summary>What stands for a comma inside quotes or brackets while a list is parted.</summary>
    private const char QuotedComma = '\u0001';

    [GeneratedRegex(@"\s*,\s*(?:(?:and|plus)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ListSeparator();
}
