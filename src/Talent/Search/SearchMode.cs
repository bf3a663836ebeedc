namespace Hiring.Talent.Search;

/// <summary>How a search ranks profiles.</summary>
public enum SearchMode
{
    /// <summary>Boolean match, ranked by BM25 alone.</summary>
    Boolean = 0,

    /// <summary>Boolean match; the top hits reranked by a blend of BM25 and embedding similarity.</summary>
    Reranked = 1,

    /// <summary>No boolean match: every profile with a vector ranked by similarity to the query's meaning.</summary>
    NaturalLanguage = 2,
}
