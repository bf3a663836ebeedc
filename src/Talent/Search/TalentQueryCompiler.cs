using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// Turns a recruiter's boolean query into a Lucene query, or a <see cref="TalentQuerySyntaxException"/>
/// that says what is wrong and where. An empty query matches every profile.
/// </summary>
public sealed partial class TalentQueryCompiler(TalentTaxonomy taxonomy) : IDisposable
{
    // Parser tokens a recruiter would recognize, most telling first; internal ones are left out.
    private static readonly (string Image, string Name)[] Readable =
    [
        (")", "')'"), ("term", "a word"), ("quoted", "a quoted phrase"), ("(", "'('"), ("and", "AND"), ("or", "OR"), ("not", "NOT"),
    ];

    private readonly Analyzer _analyzer = TalentAnalyzers.Create();

    public TalentTaxonomy Taxonomy => taxonomy;

    public Query Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        try
        {
            // The parser keeps state between calls, so each query gets its own.
            return new TalentQueryParser(taxonomy, _analyzer).Parse(text);
        }
        catch (ParseException e)
        {
            throw Describe(e, text);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new TalentQuerySyntaxException("the query expands to too many terms (a wildcard matches too much); make it more specific", 0, 0, e);
        }
    }

    public void Dispose() => _analyzer.Dispose();

    private static TalentQuerySyntaxException Describe(ParseException e, string text)
    {
        var cause = e.InnerException ?? e;
        if (cause is ParseException { CurrentToken.Next: { } next } syntax)
        {
            var problem = next.Kind == 0
                ? $"the query ends too early after '{syntax.CurrentToken.Image}'"
                : $"unexpected '{next.Image}'";
            // Lucene's character stream counts columns from 0.
            return new TalentQuerySyntaxException($"{problem}; expected {Expected(syntax)}", next.BeginLine, next.BeginColumn + 1, e);
        }

        if (UnclosedQuote(text) is { } quote)
        {
            return new TalentQuerySyntaxException("the quoted phrase that starts here is not closed", 1, quote + 1, e);
        }

        var message = cause.Message;
        if (Position().Match(message) is { Success: true } at)
        {
            return new TalentQuerySyntaxException(
                "a character the syntax does not allow (escape it with \\)",
                int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture),
                e);
        }

        return new TalentQuerySyntaxException(message.TrimEnd('.'), 0, 0, e);
    }

    /// <summary>Index of the opening quote left without a closing one (escaped quotes aside), or null.</summary>
    private static int? UnclosedQuote(string text)
    {
        int? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                open = open is null ? i : null;
            }
        }

        return open;
    }

    private static string Expected(ParseException syntax)
    {
        var images = syntax.ExpectedTokenSequences
            .Where(sequence => sequence.Length > 0)
            .Select(sequence => syntax.TokenImage[sequence[0]].Trim('"', '<', '>').ToLowerInvariant())
            .ToHashSet();
        var names = Readable.Where(r => images.Contains(r.Image)).Select(r => r.Name).ToList();
        return names.Count == 0 ? "something else" : $"one of {string.Join(", ", names)}";
    }

    [GeneratedRegex(@"line (\d+), column (\d+)")]
    private static partial Regex Position();
}
