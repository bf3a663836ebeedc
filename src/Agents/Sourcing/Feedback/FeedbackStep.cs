using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Learning;
using Hiring.Agents.Learning;

namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>
/// record-feedback: the recruiter's reactions to candidates shown, from their words about the batch
/// (read against the order shown) or from a thumbs rating. Every reaction is recorded with who said
/// what; a liked calibration candidate becomes eligible (Sourced), a disliked one is archived with the
/// reason; the preferences the search ranks and filters with are learned again, and the summary and
/// payload say what changed in the query and the weights.
/// </summary>
public sealed class FeedbackStep(SearchPreparation preparation, FeedbackReader reader, PreferenceLearner learner, PoolProfiles profiles, TimeProvider clock)
    : StepHandler<SourcingState, RecordFeedbackInput, RecordFeedbackOutput>
{
    public override string Action => PlanActions.RecordFeedback;

    public override async Task<StepResult<RecordFeedbackOutput>> RunAsync(StepContext<SourcingState> step, RecordFeedbackInput input, CancellationToken cancellationToken = default)
    {
        var (projectKey, project, state, recruiter) = (step.AgentKey, step.Project, step.State, step.Recruiter);
        var before = await preparation.PrepareAsync(input.Exclude, project, state);
        var tenant = GrainKeys.TenantOf(projectKey);
        var projectId = GrainKeys.IdOf(projectKey);
        var contributor = before.Constraints.Level.Track == TitleTrack.IndividualContributor;
        var managerTitle = TitleLevels.Read(before.Spec.NormalizedTitle).Track == TitleTrack.IndividualContributor
            && $" {before.Spec.NormalizedTitle} ".Contains(" manager ", StringComparison.OrdinalIgnoreCase);
        var now = clock.GetUtcNow();

        List<FeedbackEntry> fresh;
        IReadOnlyList<FeedbackReason> batchReasons = [];
        IReadOnlyList<string> missing = [];
        if (input.Verdict is { } verdict)
        {
            fresh = [Thumb(input, recruiter, before, verdict, contributor, managerTitle, now)];
        }
        else
        {
            List<string> shown = input.Shown is { Count: > 0 } passed ? [.. passed] : [.. state.CalibrationIds];
            var words = input.Feedback ?? input.Answer ?? input.Request ?? "";
            if (shown.Count == 0)
            {
                const string none = "I haven't shown you candidates to react to yet. Ask me to find candidates and I'll start with a calibration batch.";
                return new StepResult<RecordFeedbackOutput>(none, new RecordFeedbackOutput(), ProjectId: projectId);
            }

            var names = profiles.Read(tenant, shown);
            var reading = reader.Read(words, [.. shown.Select((id, i) => new ShownCandidate(i + 1, id, names.GetValueOrDefault(id)?.Name))], contributor, managerTitle);
            if (!reading.Understood)
            {
                var asked = string.Create(CultureInfo.InvariantCulture, $"I couldn't tell which of the {shown.Count} candidates you meant or what you thought of them. Tell me by number, for example {CalibrationStep.Example}.");
                return new StepResult<RecordFeedbackOutput>(asked, new RecordFeedbackOutput(), ProjectId: projectId, Question: asked, Open: new OpenQuestion(OpenQuestion.Calibration, asked, words, [], projectId, shown));
            }

            fresh = [.. reading.Reactions.Select(r => new FeedbackEntry(now, recruiter, r.Candidate.Id, r.Liked, r.MoreLikeThis ? FeedbackReason.MoreLikeThis : r.Reason, r.Words, FeedbackEntry.Chat, r.Candidate.Position))];
            batchReasons = reading.BatchReasons;
            missing = reading.MissingSkills;
        }

        var moves = await MoveAsync(project, before.Snapshot, fresh, recruiter);
        await project.RecordActions([.. fresh.Where(f => before.Snapshot.Pipeline.Any(e => e.CandidateId == f.CandidateId)).Select(f =>
            new RecruiterAction(f.Liked ? RecruiterActionKind.ThumbsUp : RecruiterActionKind.ThumbsDown, f.CandidateId, recruiter, ActionOrigin.Recruiter, now, Reason: Clip(f.Words)))]);
        state.Feedback.AddRange(fresh);
        if (fresh.Any(f => state.CalibrationIds.Contains(f.CandidateId)) || batchReasons.Count > 0)
        {
            state.CalibrationAnsweredAt ??= now;
        }

        var reactedTo = state.Feedback.Select(f => f.CandidateId).Distinct(StringComparer.Ordinal).ToList();
        var read = profiles.Read(tenant, reactedTo);
        var (next, changes) = learner.Learn(state.Preferences, state.Feedback, fresh, batchReasons, read, before.Constraints, before.Plan.MustHaves);
        state.Preferences = next;
        var after = await preparation.PrepareAsync(input.Exclude, project, state);
        var queryBefore = BooleanQueryBuilder.Build(before.Plan);
        var queryAfter = BooleanQueryBuilder.Build(after.Plan);
        var constraintsAfter = after.Constraints.Describe();
        if (missing.Count > 0)
        {
            changes = [.. changes, $"noted what you said they lack ({string.Join(", ", missing)}); must-haves are required already, so add it as one if it isn't"];
        }

        var summary = Summarize(fresh, moves, changes, queryBefore, queryAfter, before.Constraints.Describe(), constraintsAfter);
        var payload = JsonSerializer.Serialize(
            new
            {
                Reactions = fresh.Select(f => new { f.Position, f.CandidateId, f.Liked, f.Reason, f.Words, f.Source, f.By }),
                BatchReasons = batchReasons,
                Moves = moves.Select(m => new { m.Id, To = m.To }),
                Changes = changes,
                QueryBefore = queryBefore,
                QueryAfter = queryAfter,
                ConstraintsBefore = before.Constraints.Describe(),
                ConstraintsAfter = constraintsAfter,
                Weights = next.SkillWeights,
                SimilarityModels = next.Liked,
                next.Bounds,
                next.ExcludeManagement,
                next.StrictPlace,
            },
            StepValues.Json);
        return new StepResult<RecordFeedbackOutput>(
            summary,
            new RecordFeedbackOutput(queryAfter, [.. fresh.Where(f => f.Liked).Select(f => f.CandidateId)], [.. fresh.Where(f => !f.Liked).Select(f => f.CandidateId)]),
            payload,
            projectId);
    }

    private FeedbackEntry Thumb(RecordFeedbackInput input, string recruiter, PreparedSearch before, string verdict, bool contributor, bool managerTitle, DateTimeOffset now)
    {
        var id = input.Candidate?.Trim() ?? "";
        if (!before.Snapshot.Pipeline.Any(e => e.CandidateId == id))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"Candidate '{id}' is not in this project.");
        }

        var liked = verdict.Trim().ToLowerInvariant() switch
        {
            "up" => true,
            "down" => false,
            _ => throw new AssistantRefusalException(RefusalCodes.Invalid, $"A rating is 'up' or 'down', not '{verdict}'."),
        };
        var words = input.Reason?.Trim() ?? "";
        var reason = words.Length == 0 ? FeedbackReason.None : reader.ReasonOf(words, contributor, managerTitle);
        if (liked && reason != FeedbackReason.MoreLikeThis)
        {
            reason = FeedbackReason.None;
        }

        return new FeedbackEntry(now, recruiter, id, liked, reason, words.Length == 0 ? (liked ? "thumbs up" : "thumbs down") : words, FeedbackEntry.Thumbs);
    }

    /// <summary>Liked calibration candidates become eligible; disliked ones not yet shortlisted are archived with the reason.</summary>
    private static async Task<List<(string Id, PipelineStage To)>> MoveAsync(IHiringProject project, ProjectSnapshot snapshot, List<FeedbackEntry> fresh, string recruiter)
    {
        var stages = snapshot.Pipeline.ToDictionary(e => e.CandidateId, e => e.Stage, StringComparer.Ordinal);
        var moves = new List<(string, PipelineStage)>();
        foreach (var entry in fresh)
        {
            var stage = stages.GetValueOrDefault(entry.CandidateId, PipelineStage.Archived);
            if (entry.Liked && stage == PipelineStage.Calibration)
            {
                await project.Move(entry.CandidateId, PipelineStage.Sourced, recruiter, $"you liked them: \"{entry.Words}\"");
                moves.Add((entry.CandidateId, PipelineStage.Sourced));
            }
            else if (!entry.Liked && stage is PipelineStage.Calibration or PipelineStage.Sourced)
            {
                await project.Move(entry.CandidateId, PipelineStage.Archived, recruiter, $"not a fit{Because(entry.Reason)}: \"{entry.Words}\"");
                moves.Add((entry.CandidateId, PipelineStage.Archived));
            }
        }

        return moves;
    }

    private static string Summarize(List<FeedbackEntry> fresh, List<(string Id, PipelineStage To)> moves, IReadOnlyList<string> changes, string queryBefore, string queryAfter, string constraintsBefore, string constraintsAfter)
    {
        string Who(FeedbackEntry f) => f.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"#{p}") : f.CandidateId;
        var liked = fresh.Where(f => f.Liked).Select(Who).ToList();
        var disliked = fresh.Where(f => !f.Liked).Select(f => $"{Who(f)}{Because(f.Reason)}").ToList();
        var parts = new List<string>();
        if (liked.Count > 0)
        {
            parts.Add($"you liked {string.Join(", ", liked)}");
        }

        if (disliked.Count > 0)
        {
            parts.Add($"not a fit: {string.Join(", ", disliked)}");
        }

        var text = $"Recorded your feedback: {string.Join("; ", parts)}.";
        var eligible = moves.Count(m => m.To == PipelineStage.Sourced);
        var archived = moves.Count(m => m.To == PipelineStage.Archived);
        if (eligible + archived > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {eligible} now eligible for evaluation, {archived} archived with your reason.");
        }

        text += changes.Count == 0 ? " The search stays as it was." : $" Changes: {string.Join("; ", changes)}.";
        if (queryAfter != queryBefore)
        {
            text += $" Query now: {queryAfter}.";
        }

        if (constraintsAfter != constraintsBefore)
        {
            text += $" Constraints now: {constraintsAfter}.";
        }

        return text;
    }

    private static string Because(FeedbackReason reason) => reason switch
    {
        FeedbackReason.TooJunior => " (too junior)",
        FeedbackReason.TooSenior => " (too senior)",
        FeedbackReason.Management => " (a manager)",
        FeedbackReason.WrongPlace => " (wrong place)",
        FeedbackReason.MissingSkill => " (missing a skill)",
        FeedbackReason.Other => " (other reason)",
        _ => "",
    };

    private static string? Clip(string? words) => words is { Length: > ActionLog.MaxText } ? words[..ActionLog.MaxText] : words;
}
