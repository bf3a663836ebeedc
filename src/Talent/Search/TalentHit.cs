using Hiring.Contracts.Talent;

namespace Hiring.Talent.Search;

/// <summary>
/// One ranked profile, what a recruiter needs to glance at it, and why it matched. Score is BM25
/// in boolean mode, the blend when reranked and the cosine in natural-language mode; Bm25 is set
/// for boolean matches; Similarity when the profile has a vector and the query was embedded.
/// </summary>
public sealed record TalentHit(
    string Id,
    string Pool,
    string Name,
    string Headline,
    string CurrentTitle,
    string CurrentCompany,
    string Location,
    bool OpenToWork,
    double Score,
    double? Bm25,
    double? Similarity,
    IReadOnlyList<MatchReason> Reasons)
{
    /// <summary>A profile at a glance from its pool; a search adds its score and reasons.</summary>
    public static TalentHit Of(CandidateProfile profile, string pool, double score = 0, double? bm25 = null, double? similarity = null, IReadOnlyList<MatchReason>? reasons = null)
    {
        var current = CurrentRole.Of(profile) is [var first, ..] ? first : null;
        return new TalentHit(
            profile.Id,
            pool,
            profile.Name,
            profile.Headline,
            current?.Title ?? "",
            current?.Company ?? "",
            profile.Location.ToString(),
            profile.OpenToWork,
            score,
            bm25,
            similarity,
            reasons ?? []);
    }
}
