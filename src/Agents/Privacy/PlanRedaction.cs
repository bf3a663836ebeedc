using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Privacy;

/// <summary>
/// What erasure does to the plan-shaped values grains keep (a step's inputs and outputs, the slots, a
/// plan, a step's outcome, report and command, an open question), the one rule for the supervisor and
/// every sub-agent. Whether something names the person is <see cref="CandidateMentions.In"/> on its JSON,
/// as for a log entry. Something that names them is redacted (<see cref="CandidateMentions.Redact"/>):
/// in a list of candidates their place holds the marker, so a step that runs on it later finds no one
/// there and a numbered list ("1 and 3") still means whom it meant. Something about them alone
/// (<see cref="OnlyThem"/>) keeps nothing of what it said: its texts give way to the marker, and a step
/// it asks for next is dropped.
/// </summary>
public sealed class PlanRedaction(CandidateMentions mentions)
{
    // The step values that say which candidates a step is about (ids, or one id or name).
    private static readonly HashSet<string> CandidateValues =
    [
        StepValueNames.Candidate, StepValueNames.Candidates, StepValueNames.CandidateId, StepValueNames.Shortlist,
        StepValueNames.ShortlistedIds, StepValueNames.GoodIds, StepValueNames.Drafted, StepValueNames.Shown,
        StepValueNames.CalibrationCandidates, StepValueNames.FeedbackLiked, StepValueNames.FeedbackDisliked,
    ];

    public CandidateMentions Mentions => mentions;

    /// <summary>True when <paramref name="value"/>, as JSON, names the person (the rule the logs are redacted by).</summary>
    public bool Names<T>(T value) => mentions.In(EventJson.Serialize(value));

    public string Redact(string text) => mentions.Redact(text);

    /// <summary>True when the values name candidates and every one of them is the person: the step is about them alone.</summary>
    public bool OnlyThem(IReadOnlyDictionary<string, string> values)
    {
        var named = values.Where(p => CandidateValues.Contains(p.Key))
            .SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return named.Count > 0 && named.All(mentions.In);
    }

    public Dictionary<string, string> Values(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(p => p.Key, p => mentions.Redact(p.Value), StringComparer.Ordinal);

    /// <summary>What is left of the values of something about the person alone that will not run again: the project it was in.</summary>
    public static Dictionary<string, string> Cleared(IReadOnlyDictionary<string, string> values) =>
        values.Where(p => p.Key == StepValueNames.Project).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public RequestSlots Slots(RequestSlots slots) =>
        slots with { Candidate = Optional(slots.Candidate), Subject = Optional(slots.Subject) };

    public PlanStep Step(PlanStep step) => step with { Inputs = Values(step.Inputs), Summary = Optional(step.Summary) };

    /// <summary>The plan with its summary, slots and steps redacted.</summary>
    public Plan Plan(Plan plan) =>
        plan with { Summary = mentions.Redact(plan.Summary), Slots = Slots(plan.Slots), Steps = [.. plan.Steps.Select(Step)] };

    public OpenQuestion Question(OpenQuestion question) =>
        question with
        {
            Asked = mentions.Redact(question.Asked),
            Request = mentions.Redact(question.Request),
            Missing = [.. question.Missing.Select(mentions.Redact)],
            Candidates = question.Candidates is { } shown ? [.. shown.Select(mentions.Redact)] : null,
        };

    /// <summary>
    /// A finished step's outcome: the steps it asks for next that are about the person alone are dropped,
    /// the others redacted; an outcome about them alone keeps the marker for its summary and no payload.
    /// </summary>
    public StepOutcome Outcome(StepOutcome outcome)
    {
        var alone = OnlyThem(outcome.Outputs);
        return outcome with
        {
            Summary = alone ? CandidateMentions.Marker : mentions.Redact(outcome.Summary),
            Outputs = Values(outcome.Outputs),
            Payload = alone ? null : Optional(outcome.Payload),
            FollowUps = outcome.FollowUps is { } next ? [.. next.Where(s => !OnlyThem(s.Inputs)).Select(Step)] : null,
            Question = Optional(outcome.Question),
            Open = outcome.Open is { } open ? Question(open) : null,
        };
    }

    public StepReport Report(StepReport report) =>
        report with { Outcome = report.Outcome is { } outcome ? Outcome(outcome) : null, Error = Optional(report.Error) };

    /// <summary>A step accepted and still to run: it runs on the redacted inputs (and so, for the person, on no one).</summary>
    public StepCommand Command(StepCommand command) =>
        command with { Inputs = Values(command.Inputs), Slots = Slots(command.Slots) };

    public string? Optional(string? text) => text is null ? null : mentions.Redact(text);
}
