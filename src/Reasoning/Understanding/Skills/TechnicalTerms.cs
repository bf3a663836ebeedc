using System.Text.RegularExpressions;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// Finds words that look like technical skills even when the vocabulary does not know them, so an
/// unknown tool is kept rather than dropped: capitals inside a word ("FooDB", "gRPC-web"), a dot,
/// digit, plus or sharp inside it ("Xyzzy.js", "k3s", "S4HANA"), acronyms of two to six capitals
/// ("ESB"), and capitalized words in a list whose other items are known skills ("Terraform,
/// Terragrunt and Helm"). Words of not-skills.txt (ASAP, CEO, NYC, Q1), quantities ("5yrs", "10x"),
/// abbreviations ("e.g.", "Ph.D."), web addresses, names ("McKinsey") and words right after "at",
/// "ex" or "formerly" (employers) are left alone; in a message written in capitals no word is an acronym.
/// </summary>
public sealed partial class TechnicalTerms
{
    private static readonly HashSet<string> EmployerCues = new(StringComparer.Ordinal) { "at", "ex", "formerly", "previously", "joined", "joining" };
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal) { "and", "or", "plus", ",", ";", "/", "|", "&", "+", "(", ")", "•", "*" };
    private static readonly HashSet<string> SentenceEnds = new(StringComparer.Ordinal) { ".", "!", "?", ":" };

    // "FooDB-based" is FooDB; "gRPC-web" is one term.
    private static readonly HashSet<string> HyphenSuffixes = new(StringComparer.Ordinal)
    {
        "based", "like", "style", "driven", "first", "ready", "related", "oriented", "heavy", "focused", "savvy",
        "level", "grade", "proof", "friendly", "enabled", "powered", "specific", "only", "free", "facing", "side",
        "certified", "experienced", "native", "compatible", "backed", "centric", "aware", "fluent",
    };

    private readonly NotSkills _notSkills;

    public TechnicalTerms(NotSkills notSkills) => _notSkills = notSkills;

    public static TechnicalTerms Load(PromptLibrary library) => new(NotSkills.Load(library));

    /// <summary>With the stop list copied beside the program, or none when it is missing.</summary>
    public static TechnicalTerms LoadDefault()
    {
        var path = Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName, PromptLibrary.BuiltInFolder, NotSkills.FileName);
        return new(File.Exists(path) ? NotSkills.Parse(File.ReadAllText(path)) : NotSkills.Empty);
    }

    /// <summary>
    /// Terms that look technical, left to right, never overlapping. <paramref name="skipTokens"/> are
    /// the tokens already understood (known skills first of all): they are never terms, and a list
    /// item holding one counts as a known skill ("strong Python", "Kubernetes skills").
    /// </summary>
    public IReadOnlyList<TechnicalTerm> Find(string text, IReadOnlyList<Token> tokens, ISet<int> skipTokens)
    {
        var shouting = IsShouting(text);
        var listed = ListItems(text, tokens, skipTokens);
        var found = new List<TechnicalTerm>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || skipTokens.Contains(i) || _notSkills.Contains(tokens[i].Text) || AfterEmployerCue(tokens, i) || MoneyAmount.Is(tokens[i].Text))
            {
                continue;
            }

            var kind = Shape(tokens[i].Text, shouting) ?? (listed.Contains(i) ? TechnicalTermKind.ListItem : null);
            if (kind is null)
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && JoinedByHyphen(text, tokens[last], tokens[last + 1]) && tokens[last + 1].Kind == TokenKind.Word
                && !skipTokens.Contains(last + 1) && !HyphenSuffixes.Contains(tokens[last + 1].Folded))
            {
                last++;
            }

            // "ISO 17025", "IEC 61508": a standard is its body's acronym and its number.
            if (kind == TechnicalTermKind.Acronym && last == i && last + 1 < tokens.Count && tokens[last + 1] is { Kind: TokenKind.Number, Text.Length: >= 3 } number
                && number.Text.All(char.IsAsciiDigit) && text.AsSpan(tokens[last].End, number.Start - tokens[last].End) is " ")
            {
                last++;
            }

            var start = tokens[i].Start;
            found.Add(new TechnicalTerm(text[start..tokens[last].End], i, last - i + 1, start, tokens[last].End - start, kind.Value));
            i = last;
        }

        return found;
    }

    private TechnicalTermKind? Shape(string word, bool shouting)
    {
        if (Quantity().IsMatch(word) || Identifier().IsMatch(word) || IsAddressOrAbbreviation(word))
        {
            return null;
        }

        var letters = word.Count(char.IsLetter);
        if (letters >= 2 && word.Any(c => c is '.' or '+' or '#' || char.IsDigit(c)))
        {
            return TechnicalTermKind.InnerMark;
        }

        if (CamelCase().IsMatch(word) && !PluralAcronym().IsMatch(word) && !Surname().IsMatch(word))
        {
            return TechnicalTermKind.CamelCase;
        }

        // "APIs" is the acronym "API": both forms are checked against the stop list.
        var acronym = PluralAcronym().IsMatch(word) ? word[..^1] : word;
        return !shouting && Acronym().IsMatch(acronym) && !_notSkills.Contains(acronym) ? TechnicalTermKind.Acronym : null;
    }

    /// <summary>Single capitalized words that are items of a list whose other items mostly hold known skills.</summary>
    private HashSet<int> ListItems(string text, IReadOnlyList<Token> tokens, ISet<int> skipTokens)
    {
        var candidates = new HashSet<int>();
        var items = new List<(int First, int Last)>();
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var lineBreak = i > 0 && i < tokens.Count && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
            if (lineBreak)
            {
                Close(items, start, i);
                Judge(items, tokens, skipTokens, candidates);
                start = i;
            }

            var end = i == tokens.Count || SentenceEnds.Contains(tokens[i].Text);
            if (end || ListWords.Contains(tokens[i].Folded))
            {
                Close(items, start, i);
                if (end)
                {
                    Judge(items, tokens, skipTokens, candidates);
                }

                start = i + 1;
            }
        }

        return candidates;
    }

    private static void Close(List<(int First, int Last)> items, int start, int end)
    {
        if (end > start)
        {
            items.Add((start, end - 1));
        }
    }

    private void Judge(List<(int First, int Last)> items, IReadOnlyList<Token> tokens, ISet<int> skipTokens, HashSet<int> candidates)
    {
        var known = items.Count(item => Enumerable.Range(item.First, item.Last - item.First + 1).Any(skipTokens.Contains));
        if (known >= 2 && known * 2 >= items.Count)
        {
            foreach (var (first, last) in items)
            {
                var token = tokens[first];
                if (first == last && !skipTokens.Contains(first) && token.Kind == TokenKind.Word && token.Text.Length >= 2
                    && char.IsUpper(token.Text[0]) && token.Text.Any(char.IsLower) && !_notSkills.Contains(token.Text))
                {
                    candidates.Add(first);
                }
            }
        }

        items.Clear();
    }

    // "at DoorDash", "ex-Stripe"; and either side of the "@" of an address.
    private static bool AfterEmployerCue(IReadOnlyList<Token> tokens, int i) =>
        (i > 0 && (EmployerCues.Contains(tokens[i - 1].Folded) || tokens[i - 1].Text == "@"))
        || (i + 1 < tokens.Count && tokens[i + 1].Text == "@" && tokens[i + 1].Start == tokens[i].End);

    /// <summary>Whether two words are written as one hyphenated compound ("ICH-GCP", "front-end").</summary>
    public static bool JoinedByHyphen(string text, Token left, Token right) =>
        right.Start == left.End + 1 && text[left.End] is '-' or '‐' or '‑';

    private static bool IsAddressOrAbbreviation(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith("www.", StringComparison.Ordinal) || WebAddress().IsMatch(lower) || (word.EndsWith(".net", StringComparison.Ordinal) && word.Length > 4))
        {
            return true;
        }

        // "e.g", "U.S", "Ph.D", "B.Sc": every part of a dotted word is one or two letters.
        return word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length is > 0 and <= 2 && part.All(char.IsLetter));
    }

    // A text mostly in capitals is shouting, not acronyms.
    private static bool IsShouting(string text)
    {
        int upper = 0, letters = 0;
        foreach (var c in text.Where(char.IsLetter))
        {
            letters++;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 12 && upper > letters * 0.7;
    }

    [GeneratedRegex(@"^\d+([.,]\d+)?(st|nd|rd|th|s|k|m|b|x|am|pm|h|hr|hrs|yr|yrs|y|yo|mo|mos|d|w|wk|wks|min|mins|ish|ms|kb|mb|gb|tb|px|mm|cm|km|kg|lb|lbs|ft|g|mg|ml|l|sec|hz|khz|mhz|ghz|v|kv|kw|mw|gw)?\+?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    // Q1, H2, W2, L5, v2.1, FY24, REQ12345: periods, levels, versions and ticket numbers.
    [GeneratedRegex(@"^([A-Za-z]\d+|[vV]\d[\d.]*|(FY|CY|Q[1-4]|H[12])\d{2,4}|[A-Za-z]{1,5}\d{3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\.(com|org|edu|gov|co|uk|de|fr|nl|es|it|ch|eu|us|ca|au|in|info|biz)$", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^\p{Lu}{2,6}s$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"^\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    // McKinsey, MacArthur, DeAngelo, LaToya, DiCaprio, VanDyke, O'Neil are names, not products.
    [GeneratedRegex(@"^(Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|St)\p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex Surname();
}
