using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Hiring.Contracts.Agents;
using Hiring.Gateway.GraphQL.Schema.Projects;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Screening;

/// <summary>Query fields of screening: what is kept for candidates' cards.</summary>
public static class ScreeningQueries
{
    public const int MaxCandidates = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateScreeningType>>>>("candidateScreenings")
            .Description($"The latest screening questions and transcript summary of each candidate named (at most {MaxCandidates}) that has any, in a project of yours.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("candidateIds")
            // A screening per candidate named at most: the card asking for one costs one, not the default twenty.
            .WithComplexityImpact(c => new FieldComplexityResult(1, Named(c)))
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("candidateIds");
                if (ids.Count is 0 or > MaxCandidates)
                {
                    throw new ExecutionError($"candidateIds must name 1 to {MaxCandidates} candidates.") { Code = Contracts.Supervisor.RefusalCodes.Invalid };
                }

                return await c.ProjectAgent<IScreeningAgent>(c.GetArgument<string>("projectId")).Screenings(ids);
            });
    }

    /// <summary>How many candidates the field names; the most allowed while that is not known.</summary>
    private static int Named(FieldImpactContext context) =>
        context.Arguments is { } arguments && arguments.TryGetValue("candidateIds", out var ids) && ids.Value is System.Collections.ICollection named
            ? Math.Clamp(named.Count, 1, MaxCandidates)
            : MaxCandidates;
}
