using System.Globalization;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Embeddings;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Reranks with what the recruiter's feedback taught: each liked skill a candidate has raises their
/// rank by its weight, and similarity to the liked profiles (MiniLM vectors the index already keeps)
/// raises it by up to <see cref="SourcingOptions.SimilarityWeight"/>; and with what the recruiter's
/// memory says someone likes: a candidate with a remembered skill ranks up by
/// <see cref="SourcingOptions.RememberedSkillWeight"/> for each memory. Each adjustment is named in the why.
/// </summary>
public sealed class PreferenceRanker(TalentTaxonomy taxonomy, ProfileVectorStore vectors, SourcingOptions options)
{
    public IReadOnlyList<RankedSourcingCandidate> Rank(
        IReadOnlyList<RankedSourcingCandidate> ranked,
        IReadOnlyDictionary<string, CandidateProfile> profiles,
        SourcingPreferences preferences,
        string? tenant,
        RememberedPreferences? remembered = null)
    {
        var skillMemories = (remembered ?? RememberedPreferences.None).Followed.Where(f => f.Skills.Count > 0).ToList();
        if (preferences.SkillWeights.Count == 0 && preferences.Liked.Count == 0 && skillMemories.Count == 0)
        {
            return ranked;
        }

        var caches = vectors.Visible(tenant);
        float[]? VectorOf(string id) => caches.Select(c => c.Cache.Get(id)).FirstOrDefault(v => v is not null);
        var models = preferences.Liked.Take(options.MaxSimilarityModels).Select(VectorOf).OfType<float[]>().ToList();
        return [.. ranked
            .Select(r => Adjust(r, profiles.GetValueOrDefault(r.Candidate.Id), preferences, models, VectorOf, skillMemories))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Candidate.Id, StringComparer.Ordinal)];
    }

    private RankedSourcingCandidate Adjust(RankedSourcingCandidate ranked, CandidateProfile? profile, SourcingPreferences preferences, List<float[]> models, Func<string, float[]?> vectorOf, List<RememberedPreference> skillMemories)
    {
        var factor = 1.0;
        var reasons = new List<string>();
        var skills = profile?.Skills.Select(taxonomy.CanonicalSkill).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var memory in skillMemories)
        {
            var has = memory.Skills.Where(skills.Contains).ToList();
            if (has.Count > 0)
            {
                factor += options.RememberedSkillWeight;
                reasons.Add($"has {string.Join(", ", has)}, as you told me on {memory.When} (ranked up)");
            }
        }

        if (profile is not null && preferences.SkillWeights.Count > 0)
        {
            var shared = skills.Where(preferences.SkillWeights.ContainsKey).ToList();
            if (shared.Count > 0)
            {
                factor += shared.Sum(s => preferences.SkillWeights[s]);
                reasons.Add($"has {string.Join(", ", shared)} like the candidates you liked (ranked up)");
            }
        }

        if (models.Count > 0 && !preferences.Liked.Contains(ranked.Candidate.Id) && vectorOf(ranked.Candidate.Id) is { } vector)
        {
            var similarity = models.Max(m => VectorMath.Cosine(vector, m));
            if (similarity > 0)
            {
                factor += options.SimilarityWeight * similarity;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"similar to the candidates you liked ({similarity:0.00})"));
            }
        }

        return reasons.Count == 0
            ? ranked
            : ranked with { Score = ranked.Score * factor, Why = $"{ranked.Why}; {string.Join("; ", reasons)}" };
    }
}
