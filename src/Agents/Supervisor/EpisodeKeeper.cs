using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Keeps each stretch of conversation about a project as an episode in the recruiter's memory once it
/// ends: when a plan finishes on another project, or when the recruiter's next message comes after a
/// quiet period. Cheap (one page of the event log per episode) and idempotent: an episode is known by
/// its stretch (project and span), so a retry after a crash between keeping it and saving the state
/// keeps nothing twice. Keeping it never holds up the conversation: a failure is logged and the stretch let go.
/// </summary>
public sealed partial class EpisodeKeeper(
    SupervisorContext context,
    IProjectDesk desk,
    EpisodeSummary summary,
    Func<MemoryDraft, Task> remember,
    TimeSpan quietPeriod,
    TimeProvider time,
    ILogger logger)
{
    // The most events one episode reads: a stretch longer than this is summarised from its start.
    private const int MaxEvents = 2000;

    private SupervisorState State => context.State;

    /// <summary>A message is about to be planned: a stretch that went quiet before it has ended.</summary>
    public async Task MessageArrivedAsync()
    {
        if (State.Stretch is { } open && time.GetUtcNow() - open.EndedAt >= quietPeriod)
        {
            await EndAsync(open);
            await context.Save();
        }
    }

    /// <summary>A plan finished, or waits for the recruiter: it extends the stretch of its project, or ends the stretch before it and starts its own.</summary>
    public async Task PlanFinishedAsync(PlanRun run)
    {
        if (run.ProjectId is not { } projectId)
        {
            // Remembering, recalling, small talk: about no project, so part of no stretch.
            return;
        }

        if (State.Stretch is { } open && (open.ProjectId != projectId || run.StartedAt - open.EndedAt >= quietPeriod))
        {
            await EndAsync(open);
        }

        var stretch = State.Stretch ??= new ConversationStretch { ProjectId = projectId, FromEvent = run.FirstEvent, StartedAt = run.StartedAt };
        if (stretch.PlanIds.Count < ConversationStretch.MaxPlans && !stretch.PlanIds.Contains(run.PlanId))
        {
            stretch.PlanIds.Add(run.PlanId);
        }

        stretch.ThroughEvent = await context.Events.LastSequenceAsync();
        stretch.EndedAt = run.QuietSince ?? time.GetUtcNow();
        await context.Save();
    }

    /// <summary>
    /// The recruiter asks their memory about the conversation: the stretch still going on is kept as it
    /// stands, so "what have we done today?" finds it; its episode is brought up to date, not kept twice,
    /// when the stretch ends.
    /// </summary>
    public Task SoFarAsync() => State.Stretch is { } open ? KeepAsync(open) : Task.CompletedTask;

    /// <summary>Keeps the stretch's episode and lets the stretch go (the caller saves).</summary>
    private async Task EndAsync(ConversationStretch stretch)
    {
        await KeepAsync(stretch);
        State.Stretch = null;
    }

    private async Task KeepAsync(ConversationStretch stretch)
    {
        try
        {
            var events = new List<AssistantEvent>();
            var after = Math.Max(0, stretch.FromEvent - 1);
            while (events.Count < MaxEvents && after < stretch.ThroughEvent)
            {
                var page = await context.Events.ReadAfterAsync(after, 500);
                if (page.Count == 0)
                {
                    break;
                }

                events.AddRange(page.Where(e => e.Sequence <= stretch.ThroughEvent));
                after = page[^1].Sequence;
            }

            if (await desk.SnapshotAsync(context.Tenant, stretch.ProjectId) is { } project && summary.Summarise(stretch, events, project) is { } draft)
            {
                await remember(draft);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEpisodeNotKept(logger, ex, context.RecruiterKey, stretch.Reference);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The episode {Reference} of {Recruiter} could not be kept in their memory")]
    private static partial void LogEpisodeNotKept(ILogger logger, Exception exception, string recruiter, string reference);
}
