using GraphQL.Types;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateSummaryType : ObjectGraphType<TalentHit>
{
    public CandidateSummaryType()
    {
        Name = "CandidateSummary";
        Description = "What a recruiter needs to glance at a candidate; the full profile is `candidate(id)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<TalentPoolKind>>>("pool")
            .Resolve(c => c.Source.Pool == TalentIndexPaths.PoolName(TalentPoolScope.Public) ? TalentPoolKind.Public : TalentPoolKind.Private);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("headline").Resolve(c => c.Source.Headline);
        Field<NonNullGraphType<StringGraphType>>("currentTitle").Resolve(c => c.Source.CurrentTitle);
        Field<NonNullGraphType<StringGraphType>>("currentCompany").Resolve(c => c.Source.CurrentCompany);
        Field<NonNullGraphType<StringGraphType>>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<BooleanGraphType>>("openToWork").Resolve(c => c.Source.OpenToWork);
    }
}
