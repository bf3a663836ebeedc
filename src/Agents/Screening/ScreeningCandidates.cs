using Hiring.Agents.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Screening;

/// <summary>
/// Finds whose screen a step is about with outreach's reading of who is meant (<see cref="OutreachRecipients"/>:
/// ids, a name, "the top candidate", "the shortlist"), ranking everyone still in play rather than
/// only those not yet contacted, and asking in the screening agent's words.
/// </summary>
public sealed class ScreeningCandidates(OutreachRecipients recipients, ScreeningPhrases phrases)
{
    private static readonly PipelineStage[] InPlay =
        [PipelineStage.Sourced, PipelineStage.Shortlisted, PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing];

    public Task<RecipientChoice> ChooseAsync(string tenant, ProjectSnapshot project, IRecipientRequest request, RequestSlots slots, CancellationToken cancellationToken = default) =>
        recipients.ChooseAsync(tenant, project, request, slots, new RecipientWording(InPlay, (key, values) => phrases.Say(key, values)), cancellationToken);
}
