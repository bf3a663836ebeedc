using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Screening;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Schema.Projects;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Screening;

/// <summary>
/// Mutation fields of screening and conversations: import a screen's transcript, take a candidate's
/// conversation over and hand it back. The agents are those of the caller's tenant only, and a
/// candidate not in the project reads like an unknown one.
/// </summary>
public static class ScreeningMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScreeningSummaryType>>("importTranscript")
            .Description("Imports a screen's transcript for a candidate of the project (speaker-labelled text or WebVTT, at most 32,000 characters), summarizes it per approved qualification quoting the candidate verbatim, and keeps it for the candidate's card. An unreadable transcript is refused with the reason and nothing is kept.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<EnumerationGraphType<TranscriptFormat>>("format", a => a.Description = "AUTO (the default) tells WebVTT from its header.")
            .ResolveAsync(async c =>
            {
                var projectId = c.GetArgument<string>("projectId");
                var format = c.GetArgument("format", TranscriptFormat.Auto);
                var import = new TranscriptImport(c.GetArgument<string>("candidateId"), c.GetArgument<string>("text"), format, c.Recruiter().RecruiterKey);
                var summary = await c.ProjectAgent<IScreeningAgent>(projectId).ImportTranscript(import);
                await c.Assistant().RecordPipelineChange(new PipelineChange(projectId, summary.CandidateId, null, summary.Text));
                return summary;
            });

        mutation.Field<NonNullGraphType<ConversationControlType>>("takeOverConversation")
            .Description("Takes the conversation with a candidate of the project over: the assistant answers nothing there, and every question comes to you, until you hand it back. Told on assistantEvents.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .ResolveAsync(async c => await SetAsync(c, takeOver: true));

        mutation.Field<NonNullGraphType<ConversationControlType>>("handBackConversation")
            .Description("Hands the conversation with a candidate of the project back: the assistant answers their questions from the approved FAQ again. Told on assistantEvents.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .ResolveAsync(async c => await SetAsync(c, takeOver: false));
    }

    private static Task<Contracts.Outreach.ConversationControl> SetAsync(IResolveFieldContext c, bool takeOver) =>
        c.ProjectAgent<IOutreachAgent>(c.GetArgument<string>("projectId")).TakeOver(c.GetArgument<string>("candidateId"), takeOver, c.Recruiter().RecruiterKey);
}
