using System.Globalization;
using System.Text;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Tasks;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// calibrate: shows a small batch across the spec's range, under the spec's place and level, and
/// waits. The batch enters the pipeline at Calibration (never evaluated or shortlisted from there);
/// the step's question carries the batch in the order shown, so the recruiter's next message is read
/// as reactions to it ("1 and 3 look right, 2 is too junior"). A thin place is said, never widened.
/// </summary>
public sealed class CalibrationStep(SearchPreparation preparation, SourcingRunner runner, PoolProfiles profiles, SourcingOptions options, TimeProvider clock)
    : StepHandler<SourcingState, CalibrateInput, CalibrateOutput>
{
    public override string Action => PlanActions.Calibrate;

    public const string Example = "\"1 and 3 look right, 2 is too junior\"";

    public override async Task<StepResult<CalibrateOutput>> RunAsync(StepContext<SourcingState> step, CalibrateInput input, CancellationToken cancellationToken = default)
    {
        var (projectKey, project, state) = (step.AgentKey, step.Project, step.State);
        var prepared = await preparation.PrepareAsync(input.Exclude, project, state, projectKey);
        var tenant = GrainKeys.TenantOf(projectKey);
        var size = input.Count ?? options.CalibrationSize;
        var result = runner.Calibrate(new SourcingRequest(tenant, prepared.Spec, prepared.Plan, prepared.Excluded, size, [], ReasoningContext.None, prepared.Constraints, Remembered: prepared.Remembered));
        var added = await project.AddCandidates([.. result.Picked.Select(c => new SourcedCandidate(c.Id, c.Why, Stage: PipelineStage.Calibration))], SearchStep.AddedBy);
        var addedIds = added.Select(e => e.CandidateId).ToHashSet(StringComparer.Ordinal);
        var picked = result.Picked.Where(c => addedIds.Contains(c.Id)).ToList();
        var ids = picked.Select(c => c.Id).ToList();
        state.CalibratedAt = clock.GetUtcNow();
        state.CalibrationIds = ids;
        state.CalibrationAnsweredAt = null;

        var read = profiles.Read(tenant, ids);
        var role = $"{prepared.Spec.Title} ({prepared.Constraints.Describe()})";
        var thin = Thin(result, prepared);
        var summary = ids.Count == 0
            ? $"I found no one for a calibration batch of {role}, looking for {QueryPlanWording.Describe(prepared.Plan)}. {thin}"
            : $"I picked a calibration batch of {(ids.Count == 1 ? "1 candidate" : $"{ids.Count} candidates")} for {role} across the range ({Spread(picked)}). {thin}".TrimEnd();
        if (prepared.Remembered.AvoidingSummary is { Length: > 0 } avoiding)
        {
            summary += $" {avoiding}";
        }

        var asked = Ask(ids, read, summary);
        var payload = JsonSerializer.Serialize(
            new
            {
                result.Query,
                result.Hits,
                Constraints = prepared.Constraints.Describe(),
                Filtered = result.Filtered,
                result.Eligible,
                result.Thin,
                Candidates = picked.Select((c, i) => new { Position = i + 1, c.Id, c.Why }),
            },
            StepValues.Json);
        var projectId = GrainKeys.IdOf(projectKey);
        var request = input.Request ?? "";
        return new StepResult<CalibrateOutput>(
            summary,
            new CalibrateOutput(ids, ids.Count),
            payload,
            projectId,
            // Nobody to react to: the summary says how to widen, and no question waits for an answer.
            Question: ids.Count == 0 ? null : asked,
            Open: ids.Count == 0 ? null : new OpenQuestion(OpenQuestion.Calibration, asked, request, [], projectId, ids));
    }

    private static string Thin(CalibrationResult result, PreparedSearch prepared)
    {
        if (!result.Thin)
        {
            return "";
        }

        var where = prepared.Constraints.Places.Constrains ? $"{prepared.Constraints.Places.Describe()} is thin" : "The pool is thin for this role";
        var who = result.Eligible switch
        {
            0 => "nobody meets",
            1 => "only 1 person meets",
            var n => string.Create(CultureInfo.InvariantCulture, $"only {n} people meet"),
        };
        return $"{where}: {who} the place, the level ({prepared.Constraints.Level.Asked}) and the must-haves. I kept the place and the level as you asked; widen either (or drop a must-have) if you want more.";
    }

    private static string Ask(List<string> ids, IReadOnlyDictionary<string, CandidateProfile> read, string summary)
    {
        if (ids.Count == 0)
        {
            return summary;
        }

        var text = new StringBuilder(summary).Append('\n');
        for (var i = 0; i < ids.Count; i++)
        {
            var line = read.GetValueOrDefault(ids[i]) is { } profile ? Line(profile) : ids[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {line}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"Which look right and which don't? For example {Example}. Nobody in this batch is evaluated or shortlisted until you say.").ToString();
    }

    private static string Line(CandidateProfile profile)
    {
        var role = Talent.Search.CurrentRole.Of(profile) is [var first, ..] ? first : null;
        var at = role is null ? profile.Headline : $"{role.Title} at {role.Company}";
        return $"{profile.Name}: {at}, {profile.Location} ({profile.Id})";
    }

    private static string Spread(List<CalibrationCandidate> picked)
    {
        var levels = SeniorityLadder.Levels.Where(l => picked.Any(c => c.Level == l));
        var core = picked.Count(c => c.CoreTitle);
        var nice = picked.Count(c => c.HasNiceToHaves);
        return $"levels {string.Join(", ", levels)}; {core} with the core title, {picked.Count - core} adjacent; {nice} with nice-to-haves";
    }
}
