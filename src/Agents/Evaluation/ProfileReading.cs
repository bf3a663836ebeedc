using System.Globalization;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>One masked profile as the built-in rules read it, with what they share: taxonomy, rules and today.</summary>
public sealed class ProfileReading(CandidateProfile profile, TalentTaxonomy taxonomy, EvaluationRules rules, DateOnly today)
{
    public CandidateProfile Profile { get; } = profile;

    public TalentTaxonomy Taxonomy { get; } = taxonomy;

    public EvaluationRules Rules { get; } = rules;

    public DateOnly Today { get; } = today;

    /// <summary>True when the profile shows no roles: a list of skills alone is not a history, so absence proves nothing.</summary>
    public bool HasNoHistory => Profile.Experiences.Count == 0;

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
