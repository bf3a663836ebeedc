namespace Hiring.Talent.Search;

/// <summary>The ranked hits of a search, how many profiles matched in all, and how many ranked candidates had a cached vector.</summary>
public sealed record TalentSearchResult(string Query, SearchMode Mode, long TotalMatches, IReadOnlyList<TalentHit> Hits, int VectorsUsed)
{
    public static TalentSearchResult Empty(TalentSearchRequest request) => new(request.Query, request.Mode, 0, [], 0);
}
