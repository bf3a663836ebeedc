using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Privacy;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Privacy;

/// <summary>
/// A candidate's privacy: where they came from ("how did you find me?") for any recruiter of the
/// tenant, and their erasure for an operator. The tenant is always the caller's; another tenant's
/// candidate reads as NOT_FOUND, like an unknown id.
/// </summary>
public static class PrivacyFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CandidateProvenanceType>>("candidateProvenance")
            .Description("How the candidate was found: the profile's source and the caller's projects that hold them, with the query that found them. After an erasure, only that nothing is held.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .ResolveAsync(async c => await c.Service<CandidateProvenance>().ForAsync(c.Recruiter().Tenant, CandidateId(c), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CandidateErasureType>>("eraseCandidate")
            .Description("Operators only: erases a candidate of the caller's pool or of the public pool on their request. Their profile, vectors, index entry, pipeline entries, evidence, notes and conversations go, across every project of the tenant (of every tenant, for the public pool); a tombstone (id, when, by whom) keeps re-imports and sourcing from bringing them back. Erasing again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .ResolveAsync(async c =>
            {
                var caller = c.Operator();
                return await c.Service<CandidateEraser>().EraseAsync(caller.Tenant, CandidateId(c), caller.RecruiterKey, c.CancellationToken);
            });
    }

    private static string CandidateId(IResolveFieldContext context) => context.GetArgument<string>("candidateId").Trim();
}
