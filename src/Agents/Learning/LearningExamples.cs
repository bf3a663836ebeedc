using System.Text.RegularExpressions;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Talent.Search;

namespace Hiring.Agents.Learning;

/// <summary>
/// Builds what learning sees of each candidate the recruiter decided on: the label from their actions,
/// the canonical skills of the profile and those of them its positions' titles and descriptions name
/// (used at work, not only listed), the qualifications their latest evaluation met and did not meet,
/// and the profile's skills the recruiter highlighted. Nothing else of the profile is read: no name,
/// employer, place, school or date reaches the model, so it cannot learn a protected attribute or its proxy.
/// </summary>
public sealed class LearningExamples(TalentTaxonomy taxonomy)
{
    public IReadOnlyList<LearningExample> Build(
        IReadOnlyList<RecruiterAction> actions,
        IReadOnlyDictionary<string, CandidateProfile> profiles,
        IReadOnlyDictionary<string, CandidateEvaluation> evaluations)
    {
        var labels = ActionLabels.Of(actions);
        var highlights = actions
            .Where(a => a is { Kind: RecruiterActionKind.Highlighted, Origin: ActionOrigin.Recruiter, Text: { Length: > 0 } })
            .GroupBy(a => a.CandidateId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Select(a => a.Text)), StringComparer.Ordinal);
        var examples = new List<LearningExample>();
        foreach (var (id, accepted) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!profiles.TryGetValue(id, out var profile))
            {
                continue;
            }

            var skills = profile.Skills.Select(s => taxonomy.CanonicalSkill(s)).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
            var work = string.Join('\n', profile.Experiences.Select(x => $"{x.Title}\n{x.Description}"));
            var used = skills.Where(s => Mentions(work, s)).ToHashSet(StringComparer.Ordinal);
            var assessments = evaluations.GetValueOrDefault(id)?.Assessments ?? [];
            var met = assessments.Where(a => a.Verdict == AssessmentVerdict.Met).Select(a => a.QualificationId).ToHashSet(StringComparer.Ordinal);
            var unmet = assessments.Where(a => a.Verdict == AssessmentVerdict.NotMet).Select(a => a.QualificationId).ToHashSet(StringComparer.Ordinal);
            var highlighted = highlights.TryGetValue(id, out var text) ? skills.Where(s => Mentions(text, s)).ToHashSet(StringComparer.Ordinal) : [];
            examples.Add(new LearningExample(id, accepted, skills, used, met, unmet, highlighted));
        }

        return examples;
    }

    private bool Mentions(string text, string skill) =>
        taxonomy.SkillVariants(skill).Any(form => form.Length > 0 && Regex.IsMatch(text, $@"(?<![\w+#]){Regex.Escape(form)}(?![\w+#])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time));
}
