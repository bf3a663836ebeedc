using System.Globalization;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>
/// Turns every reaction recorded so far into what the search does next, and says each change in
/// words: skills the liked candidates share become rank boosts (must-haves are required already),
/// liked candidates become similarity models ("more like her" first), "too junior" or "too senior"
/// bounds the level when the spec names none (and says the batch was at the level asked when it
/// does), "managers" leaves management titles out, "wrong city" keeps the place strict.
/// </summary>
public sealed class PreferenceLearner(TalentTaxonomy taxonomy, SourcingOptions options)
{
    private const int MaxBoostedSkills = 6;

    /// <param name="current">The preferences before this feedback.</param>
    /// <param name="feedback">Every reaction recorded, oldest first (this feedback's last).</param>
    /// <param name="fresh">This feedback's reactions.</param>
    /// <param name="batchReasons">Reasons said of the batch as a whole.</param>
    /// <param name="profiles">Profiles of the candidates reacted to.</param>
    /// <param name="constraints">The spec's constraints before this feedback.</param>
    /// <param name="mustHaves">Canonical must-have skills (never boosted: they are required).</param>
    public (SourcingPreferences Next, IReadOnlyList<string> Changes) Learn(
        SourcingPreferences current,
        IReadOnlyList<FeedbackEntry> feedback,
        IReadOnlyList<FeedbackEntry> fresh,
        IReadOnlyList<FeedbackReason> batchReasons,
        IReadOnlyDictionary<string, CandidateProfile> profiles,
        SpecConstraints constraints,
        IReadOnlyList<string> mustHaves)
    {
        var changes = new List<string>();
        var latest = feedback.GroupBy(f => f.CandidateId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var liked = latest.Where(f => f.Liked).OrderByDescending(f => f.Reason == FeedbackReason.MoreLikeThis).ThenByDescending(f => f.At).Select(f => f.CandidateId).ToList();
        var models = liked.Where(profiles.ContainsKey).ToList();
        var weights = Weights(latest.Where(f => f.Liked && profiles.ContainsKey(f.CandidateId)).ToList(), profiles, mustHaves);
        var next = current with { SkillWeights = weights, Liked = models };

        var boosted = weights.Keys.Except(current.SkillWeights.Keys).ToList();
        if (boosted.Count > 0 || weights.Count != current.SkillWeights.Count)
        {
            changes.Add(weights.Count == 0
                ? "no skill boosts any more"
                : $"boosting skills the candidates you liked share: {string.Join(", ", weights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} +{w.Value:0.00}")))}");
        }

        if (!models.SequenceEqual(current.Liked))
        {
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"ranking by similarity to {models.Count} liked profile{(models.Count == 1 ? "" : "s")} (MiniLM vectors), up to +{options.SimilarityWeight:0.00}"));
        }

        var reasons = fresh.Where(f => !f.Liked).Select(f => f.Reason).Concat(batchReasons).ToHashSet();
        if (reasons.Contains(FeedbackReason.TooJunior))
        {
            next = Level(next, fresh, profiles, constraints, changes, tooJunior: true);
        }

        if (reasons.Contains(FeedbackReason.TooSenior))
        {
            next = Level(next, fresh, profiles, constraints, changes, tooJunior: false);
        }

        if (reasons.Contains(FeedbackReason.Management))
        {
            next = next with { ExcludeManagement = constraints.Level.Track == TitleTrack.IndividualContributor };
            changes.Add(constraints.Level.Track == TitleTrack.IndividualContributor
                ? $"leaving management titles out of the query (NOT {string.Join(", NOT ", SearchPreparation.ManagementExclusions)}); the level filter keeps only individual contributors ({constraints.Level.Asked})"
                : "noted; this role is a management one, so management titles stay in");
        }

        if (reasons.Contains(FeedbackReason.WrongPlace))
        {
            next = next with { StrictPlace = true };
            changes.Add(constraints.Places.Constrains
                ? $"keeping the place filter strict: only people in {constraints.Places.Describe()}, never widened by the loop"
                : "the spec names no place, so there is nothing to keep strict: tell me where the role is and I'll filter by it");
        }

        return (next, changes);
    }

    private Dictionary<string, double> Weights(List<FeedbackEntry> liked, IReadOnlyDictionary<string, CandidateProfile> profiles, IReadOnlyList<string> mustHaves)
    {
        if (liked.Count == 0)
        {
            return [];
        }

        // A "more like her" profile counts twice; a skill counts when at least half the liked weight shares it.
        var total = liked.Sum(f => f.Reason == FeedbackReason.MoreLikeThis ? 2.0 : 1.0);
        var share = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in liked)
        {
            var weight = entry.Reason == FeedbackReason.MoreLikeThis ? 2.0 : 1.0;
            foreach (var skill in profiles[entry.CandidateId].Skills.Select(taxonomy.CanonicalSkill).Where(s => s.Length > 0 && !mustHaves.Contains(s)).Distinct(StringComparer.Ordinal))
            {
                share[skill] = share.GetValueOrDefault(skill) + weight;
            }
        }

        return share
            .Where(s => s.Value * 2 >= total)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(MaxBoostedSkills)
            .ToDictionary(s => s.Key, s => Math.Round(options.LikedSkillWeight * s.Value / total, 3), StringComparer.Ordinal);
    }

    private static SourcingPreferences Level(SourcingPreferences next, IReadOnlyList<FeedbackEntry> fresh, IReadOnlyDictionary<string, CandidateProfile> profiles, SpecConstraints constraints, List<string> changes, bool tooJunior)
    {
        var word = tooJunior ? "too junior" : "too senior";
        if (constraints.Level.Named || constraints.Level.Track == TitleTrack.Management)
        {
            changes.Add($"you said {word}, but the batch was already at the level you asked ({constraints.Level.Asked}); I kept it. Refine the seniority if you want it changed");
            return next;
        }

        var reason = tooJunior ? FeedbackReason.TooJunior : FeedbackReason.TooSenior;
        var named = fresh.Where(f => !f.Liked && f.Reason == reason && profiles.ContainsKey(f.CandidateId)).Select(f => f.CandidateId).ToList();
        var judged = (named.Count > 0 ? named : fresh.Where(f => profiles.ContainsKey(f.CandidateId)).Select(f => f.CandidateId))
            .Select(id => CurrentRole.Of(profiles[id]) is [var role, ..] ? role.Title : "")
            .Select(t => TitleLevels.IndexOf(TitleLevels.Read(t).Level))
            .Where(i => i >= 0)
            .ToList();
        if (judged.Count == 0)
        {
            changes.Add($"you said {word}, but I couldn't read the level of the candidates you meant; nothing changed");
            return next;
        }

        var levels = TitleLevels.ContributorLevels;
        if (tooJunior)
        {
            var floor = levels[Math.Min(levels.Count - 1, judged.Max() + 1)];
            changes.Add($"raising the level floor to {floor} (the spec names no seniority)");
            return next with { Bounds = next.Bounds with { Floor = floor } };
        }

        var ceiling = levels[Math.Max(0, judged.Min() - 1)];
        changes.Add($"lowering the level ceiling to {ceiling} (the spec names no seniority)");
        return next with { Bounds = next.Bounds with { Ceiling = ceiling } };
    }
}
