using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Learning;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// The recruiter's actions on a project's candidates: the app records what only it sees (a profile
/// viewed, a passage highlighted); moves, ratings and messages are recorded where they happen. The
/// learning agent reads them; the recruiter can list them.
/// </summary>
public static class ActionFields
{
    public const int MaxListed = 500;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecruiterActionType>>>>("candidateActions")
            .Description("The latest actions on the project's candidates (of one candidate when named), oldest first; at most 500.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<IdGraphType>("candidateId")
            .Argument<IntGraphType>("last", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var last = c.GetArgument<int>("last");
                if (last is < 1 or > MaxListed)
                {
                    throw new ExecutionError($"last must be 1 to {MaxListed}.") { Code = RefusalCodes.Invalid };
                }

                return await c.Project(c.GetArgument<string>("projectId")).Actions(c.GetArgument<string?>("candidateId"), last);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BooleanGraphType>>("recordCandidateAction")
            .Description("Records that the recruiter viewed a candidate of the project, or highlighted a passage of their profile (text: 1 to 2000 characters). Moves, ratings and messages are recorded by their own mutations.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<EnumerationGraphType<AppAction>>>("action")
            .Argument<StringGraphType>("text")
            .ResolveAsync(async c =>
            {
                var action = c.GetArgument<AppAction>("action");
                var text = c.GetArgument<string?>("text")?.Trim();
                if (action == AppAction.Highlighted && (text is null or { Length: 0 } || text.Length > ActionLog.MaxText))
                {
                    throw new ExecutionError($"text must be 1 to {ActionLog.MaxText} characters for a highlight.") { Code = RefusalCodes.Invalid };
                }

                var kind = action == AppAction.Highlighted ? RecruiterActionKind.Highlighted : RecruiterActionKind.Viewed;
                var recorded = new RecruiterAction(kind, c.GetArgument<string>("candidateId"), c.Recruiter().RecruiterKey, ActionOrigin.Recruiter, default, Text: kind == RecruiterActionKind.Highlighted ? text : null);
                await c.Project(c.GetArgument<string>("projectId")).RecordActions([recorded]);
                return true;
            });
    }

    /// <summary>The actions only the app sees.</summary>
    public enum AppAction
    {
        Viewed,
        Highlighted,
    }
}
