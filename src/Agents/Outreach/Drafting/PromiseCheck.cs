using Hiring.Agents.Evaluation;
using Hiring.Agents.Intake.Faq;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// Nothing promised beyond the spec and its FAQ: every amount of money a message names ("€95k", "95k",
/// "95,000") must be one the FAQ states, and every promise word (equity, bonus, visa, relocation, remote …) must belong to a
/// group the FAQ or the description names; the work arrangement counts only as the spec's policy or
/// the FAQ states it. The profile facts a message quotes are the candidate's words, not promises.
/// </summary>
public sealed class PromiseCheck
{
    private const decimal Tolerance = 0.005m;
    private readonly OutreachTemplates _templates;
    private readonly FaqDrafter _faq;
    private readonly IReadOnlyList<(string Group, PhraseSet Words)> _groups;

    public PromiseCheck(OutreachTemplates templates, FaqDrafter faq)
    {
        _templates = templates;
        _faq = faq;
        _groups = [.. templates.Promises.Select(p => (p.Key, new PhraseSet(p.Value)))];
    }

    public IEnumerable<DraftIssue> Check(JobSpec spec, IReadOnlyList<OutreachMessage> messages, IReadOnlyList<CitedFact> facts)
    {
        var faqText = string.Join('\n', spec.Faq.Select(e => e.Answer));
        var stated = spec.Faq.SelectMany(e => _faq.Money.Read(e.Answer, aboutPay: true)).SelectMany(m => m.Values).ToList();
        for (var i = 0; i < messages.Count; i++)
        {
            var text = WithoutQuotedFacts(messages[i].Body, facts);
            // A message about a job is about pay wherever it names "95k": bare amounts count.
            foreach (var money in _faq.Money.Read(text, aboutPay: true).Where(m => !m.Values.All(v => stated.Any(s => Math.Abs(s - v) <= Tolerance * s))))
            {
                yield return new DraftIssue(DraftIssueKind.UnsupportedPromise, i, money.Text, _templates.Reason("money", ("text", money.Text)));
            }

            foreach (var (group, words) in _groups)
            {
                if (words.FoundIn(text).FirstOrDefault() is { } found && !Allowed(group, words, spec, faqText))
                {
                    yield return new DraftIssue(DraftIssueKind.UnsupportedPromise, i, found, _templates.Reason("promise", ("text", found)));
                }
            }
        }
    }

    private bool Allowed(string group, PhraseSet words, JobSpec spec, string faqText) =>
        _templates.ArrangementPromises.TryGetValue(group, out var policy)
            ? spec.Remote == policy || words.IsIn(faqText)
            : words.IsIn(faqText) || words.IsIn(spec.Description);

    /// <summary>The message with the profile facts it cites blanked out: "a $5M budget" in the candidate's own words is no offer.</summary>
    private static string WithoutQuotedFacts(string body, IReadOnlyList<CitedFact> facts)
    {
        var text = QuoteCheck.CollapseWhitespace(body.Replace("\n", " \n ", StringComparison.Ordinal));
        foreach (var fact in facts.Select(f => QuoteCheck.CollapseWhitespace(f.Text)).Where(f => f.Length > 0))
        {
            text = text.Replace(fact, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
