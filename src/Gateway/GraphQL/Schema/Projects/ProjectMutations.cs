using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Projects;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>Mutation fields of hiring projects: move a candidate through the pipeline, note on a candidate, rate a candidate.</summary>
public static class ProjectMutations
{
    public const int MaxWhy = 2000;
    public const int MaxReason = 2000;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PipelineEntryType>>("moveCandidate")
            .Description("Moves a candidate of the project's pipeline to a stage, recording the recruiter and the reason.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<EnumerationGraphType<PipelineStage>>>("stage")
            .Argument<NonNullGraphType<StringGraphType>>("why")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var why = c.GetArgument<string>("why").Trim();
                if (why.Length is 0 or > MaxWhy)
                {
                    throw new ExecutionError($"why must be 1 to {MaxWhy} characters.") { Code = RefusalCodes.Invalid };
                }

                var project = c.Project(projectId);
                var moved = await project.Move(c.GetArgument<string>("candidateId"), c.GetArgument<PipelineStage>("stage"), c.Recruiter().RecruiterKey, why);
                return PipelinePage.Of(c, projectId, [moved])[0];
            });

        mutation.Field<NonNullGraphType<PipelineEntryType>>("addCandidateNote")
            .Description("Adds the recruiter's note (1 to 2000 characters) on a candidate of the project's pipeline; returns the entry with its notes.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length is 0 or > CandidateNotes.MaxText)
                {
                    throw new ExecutionError($"text must be 1 to {CandidateNotes.MaxText} characters.") { Code = RefusalCodes.Invalid };
                }

                var entry = await c.Project(projectId).AddNote(c.GetArgument<string>("candidateId"), text, c.Recruiter().RecruiterKey);
                return PipelinePage.Of(c, projectId, [entry])[0];
            });

        mutation.Field<NonNullGraphType<PostAckType>>("rateCandidate")
            .Description("Thumbs up or down on a candidate of the project (a calibration candidate or one in the pipeline), with a reason when given. It goes to the assistant like a message: the sourcing agent records it and steers the next search; progress arrives on assistantEvents.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<EnumerationGraphType<RatingVerdict>>>("verdict")
            .Argument<StringGraphType>("reason")
            .Argument<StringGraphType>("clientMessageId", a => a.Description = "Idempotency key; a new one is made when omitted.")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var candidateId = c.GetArgument<string>("candidateId");
                var verdict = c.GetArgument<RatingVerdict>("verdict");
                var reason = c.GetArgument<string?>("reason")?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
                if (reason is { Length: > MaxReason })
                {
                    throw new ExecutionError($"reason must be at most {MaxReason} characters.") { Code = RefusalCodes.Invalid };
                }

                var clientMessageId = Assistant.ClientMessageIds.From(c, "rate");

                // Another tenant's project or candidate reads exactly like an unknown one: the project is
                // looked up under the caller's tenant, and only candidates in it may be rated.
                var snapshot = await c.Project(projectId).Snapshot();
                if (!snapshot.Pipeline.Any(e => string.Equals(e.CandidateId, candidateId, StringComparison.Ordinal)))
                {
                    throw RefusalErrors.NotFound();
                }

                var thumb = verdict == RatingVerdict.Up ? "Thumbs up" : "Thumbs down";
                var text = reason is null ? $"{thumb} for {candidateId}" : $"{thumb} for {candidateId}: {reason}";
                return await c.Assistant().Post(new MessageEnvelope(clientMessageId, text, projectId, new CandidateRating(candidateId, verdict, reason)));
            });
    }
}
