using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>
/// Words the answer to "how did you find me?" from what is recorded and nothing else: where the profile
/// came from (its pool and how it arrived, not the file or row), the role the candidate was written to
/// about, and what that role's search looked for (<see cref="QueryTerms"/>: never what it left out); then
/// how to ask for erasure. The texts are replies.yaml's how_found_answer.
/// </summary>
public sealed class HowFoundDrafter(ReplyRules rules, OutreachTemplates templates)
{
    /// <summary>The subject and body; <paramref name="query"/> is null when the candidate came to the role another way than a search.</summary>
    public (string Subject, string Body) Draft(string name, ProfileSource source, string role, string? query)
    {
        var first = CandidateName.First(name, templates.CourtesyTitles);
        var greeting = first is null ? rules.AnswerText("greeting_no_name") : rules.AnswerText("greeting", ("first", first));
        var terms = query is null ? [] : QueryTerms.LookedFor(query);
        var found = terms.Count > 0
            ? rules.AnswerText("found_by_search", ("role", role), ("search", string.Join(", ", terms)))
            : rules.AnswerText("found_for_role", ("role", role));
        var answer = string.Join(' ', rules.AnswerText("asked"), rules.AnswerText(SourceKey(source)), found);
        return (rules.AnswerText("subject"), string.Join("\n\n", greeting, answer, rules.AnswerText("erasure"), rules.AnswerText("sign_off")));
    }

    private static string SourceKey(ProfileSource source) => source.Pool == TalentPoolKind.Public ? "source_public" : source.Origin switch
    {
        ProfileOrigin.Import => "source_import",
        ProfileOrigin.AtsImport => "source_ats_import",
        ProfileOrigin.Applicant => "source_applicant",
        _ => "source_synthetic",
    };
}
