using System.Globalization;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// The checks every draft passes before a recruiter may approve it, whoever wrote it (the built-in
/// engine, a model, or the recruiter editing it): cited facts are true (<see cref="FactCheck"/>), the
/// message policy finds no protected attribute, nothing is promised beyond the spec and FAQ
/// (<see cref="PromiseCheck"/>), and each message fits its length limit.
/// </summary>
public sealed class DraftChecker(OutreachTemplates templates, FactCheck facts, PromiseCheck promises, IMessagePolicy policy)
{
    public DraftReview Check(CandidateProfile profile, JobSpec spec, OutreachDraft draft, OutreachLength length) =>
        Check(profile, spec, draft.Messages, draft.Facts, length);

    public DraftReview Check(CandidateProfile profile, JobSpec spec, IReadOnlyList<OutreachMessage> messages, IReadOnlyList<CitedFact> cited, OutreachLength length)
    {
        var issues = new List<DraftIssue>();
        issues.AddRange(facts.Check(profile, spec, messages, cited));
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            foreach (var finding in policy.Screen($"{message.Subject}\n{message.Body}").Findings)
            {
                issues.Add(new DraftIssue(DraftIssueKind.ProtectedAttribute, i, finding.Phrase, templates.Reason("policy", ("attribute", finding.Attribute), ("text", finding.Phrase), ("reason", finding.Reason))));
            }

            var limit = templates.Limit(message.Kind, length);
            var words = MessageWriter.Words(message.Body);
            if (words > limit)
            {
                issues.Add(new DraftIssue(DraftIssueKind.TooLong, i, "", templates.Reason("too_long", ("words", Number(words)), ("limit", Number(limit)))));
            }
        }

        issues.AddRange(promises.Check(spec, messages, cited));
        return new DraftReview(issues);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
