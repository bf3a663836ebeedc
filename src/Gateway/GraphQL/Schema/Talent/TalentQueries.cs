using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.GraphQL.Types;
using Hiring.Talent;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Schema.Talent;

/// <summary>Query fields of the talent pools the tenant may see (the public pool and its own private pool): a candidate, search, insights.</summary>
public static class TalentQueries
{
    public const int MaxTop = 100;
    public const int MaxCandidateId = 256;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CandidateType>>("candidate")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Candidate(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<SearchResultType>>("search")
            .Description(
                "Lucene query syntax (terms AND-ed, OR, NOT, quotes, field:term; skills and titles expanded to synonyms); "
                + "RERANKED blends in meaning, NATURAL_LANGUAGE ranks by meaning alone. A malformed query is a BAD_USER_INPUT error that says where.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<IntGraphType>("top", a => a.DefaultValue = 20)
            .Argument<EnumerationGraphType<SearchMode>>("mode", a => a.DefaultValue = SearchMode.Reranked)
            .WithComplexityImpact(FieldCosts.Search)
            .Resolve(c =>
            {
                var top = c.GetArgument("top", 20);
                if (top is < 1 or > MaxTop)
                {
                    throw new ExecutionError($"top must be between 1 and {MaxTop}.") { Code = RefusalCodes.Invalid };
                }

                var request = new TalentSearchRequest(c.GetArgument<string>("query"), c.Recruiter().Tenant, top, c.GetArgument("mode", SearchMode.Reranked));
                return TalentQueryErrors.Run(() => c.Service<TalentSearch>().Search(request));
            });

        query.Field<NonNullGraphType<TalentInsightsType>>("insights")
            .Description(
                "Where the matched profiles are, what they do, where they work and move, who grows or sheds people; "
                + "an empty query covers every profile.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .WithComplexityImpact(FieldCosts.Insights)
            .Resolve(c => TalentQueryErrors.Run(() => c.Service<TalentInsightsService>().Compute(c.GetArgument<string>("query"), c.Recruiter().Tenant)));
    }

    /// <summary>The tenant's own private profile, else the public one; anything else (another tenant's private id) is NOT_FOUND.</summary>
    private static async Task<CandidateProfile> Candidate(IResolveFieldContext context, string id)
    {
        var tenant = context.Recruiter().Tenant;
        if (id.Length is 0 or > MaxCandidateId)
        {
            throw RefusalErrors.NotFound();
        }

        var store = context.Service<IProfileStore>();
        var cancellationToken = context.CancellationToken;
        return await store.GetAsync(TalentPoolScope.Private(tenant), id, cancellationToken)
            ?? await store.GetAsync(TalentPoolScope.Public, id, cancellationToken)
            ?? throw RefusalErrors.NotFound();
    }

    private static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("No request services.")).GetRequiredService<T>();
}
