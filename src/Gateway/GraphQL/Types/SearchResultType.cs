using GraphQL.Types;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class SearchResultType : ObjectGraphType<TalentSearchResult>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "Ranked candidates of the public pool and the tenant's private pool.";
        Field<NonNullGraphType<StringGraphType>>("query").Resolve(c => c.Source.Query);
        Field<NonNullGraphType<EnumerationGraphType<SearchMode>>>("mode").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<LongGraphType>>("totalMatches").Description("How many profiles matched in all.").Resolve(c => c.Source.TotalMatches);
        Field<NonNullGraphType<IntGraphType>>("vectorsUsed").Description("How many ranked candidates had an embedding for the rerank.").Resolve(c => c.Source.VectorsUsed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
