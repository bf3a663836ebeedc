namespace Hiring.Talent.Search;

/// <summary>A search of the pools a tenant may see (the public pool alone when Tenant is null).</summary>
public sealed record TalentSearchRequest(string Query, string? Tenant = null, int Top = 20, SearchMode Mode = SearchMode.Reranked);
