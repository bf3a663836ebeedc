using System.Text;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// Whether a quote appears verbatim in the section it names. Only whitespace is normalised (runs
/// collapse to one space, ends trimmed): case, punctuation and wording must match exactly.
/// </summary>
public static class QuoteCheck
{
    public static bool IsVerbatim(CandidateProfile masked, EvidenceQuote quote)
    {
        var wanted = CollapseWhitespace(quote.Text);
        if (wanted.Length == 0 || ProfileSections.Text(masked, quote.Section) is not { } section)
        {
            return false;
        }

        return CollapseWhitespace(section).Contains(wanted, StringComparison.Ordinal);
    }

    /// <summary>The quotes of <paramref name="quotes"/> that are not verbatim in their sections.</summary>
    public static IReadOnlyList<EvidenceQuote> Invented(CandidateProfile masked, IEnumerable<EvidenceQuote> quotes) =>
        [.. quotes.Where(q => !IsVerbatim(masked, q))];

    /// <summary>
    /// Whether <paramref name="text"/> appears in any section of the profile or in a company name, with
    /// whitespace and case normalised: how outreach checks the facts a message cites, which may name a
    /// title and its company in one sentence.
    /// </summary>
    public static bool AppearsIn(CandidateProfile profile, string text)
    {
        var wanted = CollapseWhitespace(text);
        return wanted.Length > 0 && ProfileSections.All(profile).Select(s => s.Text).Concat(profile.Experiences.Select(e => e.Company))
            .Any(source => CollapseWhitespace(source).Contains(wanted, StringComparison.OrdinalIgnoreCase));
    }

    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
