using System.Text.RegularExpressions;
using Hiring.Agents.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// Every profile fact a draft cites must be in the profile, verbatim but for whitespace and case
/// (<see cref="QuoteCheck.AppearsIn"/>): the facts the draft declares, and every quotation in its
/// messages that is not the job's or the templates' own words. A draft whose first message cites no
/// true fact gets a warning: honest, but not personal.
/// </summary>
public sealed partial class FactCheck(OutreachTemplates templates)
{
    private const int QuoteWords = 3;

    public IEnumerable<DraftIssue> Check(CandidateProfile profile, JobSpec spec, IReadOnlyList<OutreachMessage> messages, IReadOnlyList<CitedFact> facts)
    {
        foreach (var fact in facts.Where(f => !QuoteCheck.AppearsIn(profile, f.Text)))
        {
            var at = IndexOf(messages, fact.Text);
            yield return new DraftIssue(DraftIssueKind.FabricatedFact, Math.Max(at, 0), fact.Text, templates.Reason("fabricated", ("text", fact.Text)));
        }

        for (var i = 0; i < messages.Count; i++)
        {
            foreach (var quote in Quotes(messages[i].Body).Where(q => !facts.Any(f => Same(f.Text, q)) && !Known(profile, spec, q)))
            {
                yield return new DraftIssue(DraftIssueKind.FabricatedFact, i, quote, templates.Reason("fabricated", ("text", quote)));
            }
        }

        var personal = messages.Count > 0 && facts.Any(f => QuoteCheck.AppearsIn(profile, f.Text) && Contains(messages[0].Body, f.Text));
        if (!personal)
        {
            yield return new DraftIssue(DraftIssueKind.NoProfileFact, 0, "", templates.Reason("no_fact"), Blocking: false);
        }
    }

    /// <summary>The quotations of a message ("…" or “…”) long enough to be a claim.</summary>
    public static IEnumerable<string> Quotes(string body) =>
        Quotation().Matches(body).Select(m => (m.Groups["a"].Success ? m.Groups["a"] : m.Groups["b"]).Value.Trim())
            .Where(q => MessageWriter.Words(q) >= QuoteWords);

    public static bool Contains(string text, string part) =>
        QuoteCheck.CollapseWhitespace(text).Contains(QuoteCheck.CollapseWhitespace(part), StringComparison.OrdinalIgnoreCase);

    private bool Known(CandidateProfile profile, JobSpec spec, string quote) =>
        QuoteCheck.AppearsIn(profile, quote)
        || Contains(spec.Description, quote)
        || spec.Faq.Any(e => Contains(e.Answer, quote) || Contains(e.Question, quote))
        || templates.AllTemplateTexts().Any(t => Contains(t, quote));

    private static int IndexOf(IReadOnlyList<OutreachMessage> messages, string text)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            if (Contains(messages[i].Body, text))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Same(string a, string b) =>
        string.Equals(QuoteCheck.CollapseWhitespace(a), QuoteCheck.CollapseWhitespace(b), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("\"(?<a>[^\"\\n]{2,600})\"|“(?<b>[^”\\n]{2,600})”")]
    private static partial Regex Quotation();
}
