using GraphQL;
using GraphQL.Types;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class SearchHitType : ObjectGraphType<TalentHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<CandidateSummaryType>>("candidate").Resolve(c => c.Source);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("BM25 (BOOLEAN), the blend (RERANKED) or the cosine (NATURAL_LANGUAGE).").Resolve(c => c.Source.Score);
        Field<FloatGraphType>("bm25").Resolve(c => c.Source.Bm25);
        Field<FloatGraphType>("similarity").Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchReasonType>>>>("whyMatched").WithComplexityImpact(1, 3).Resolve(c => c.Source.Reasons);
    }
}
