using Hiring.Agents.Privacy;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// The steps a sub-agent has accepted and not finished, the outcomes of the last finished ones (by
/// idempotency key, oldest forgotten past a bound) and the reports the supervisor has not yet
/// acknowledged. Kept inside each agent's state (<see cref="ISubAgentState"/>).
/// </summary>
[GenerateSerializer, Alias("hiring.agents.step-record")]
public sealed class StepRecord
{
    [Id(0)]
    public Dictionary<string, StepOutcome> Finished { get; set; } = [];

    /// <summary>Keys of <see cref="Finished"/>, oldest first, so the oldest are forgotten first.</summary>
    [Id(1)]
    public List<string> Order { get; set; } = [];

    /// <summary>Steps accepted and not finished, in the order they run.</summary>
    [Id(2)]
    public List<StepCommand> Accepted { get; set; } = [];

    /// <summary>Reports waiting for the supervisor's acknowledgement, oldest first.</summary>
    [Id(3)]
    public List<StepReport> Outbox { get; set; } = [];

    /// <summary>True while a step waits to run or a report waits to be delivered.</summary>
    public bool HasWork => Accepted.Count > 0 || Outbox.Count > 0;

    public bool IsAccepted(string key) => Accepted.Exists(c => c.IdempotencyKey == key);

    /// <summary>Reports a finished step's recorded outcome again (a repeated key); false when the key is not finished.</summary>
    public bool ReportAgain(StepCommand command)
    {
        if (!Finished.TryGetValue(command.IdempotencyKey, out var outcome))
        {
            return false;
        }

        Send(new StepReport(command.IdempotencyKey, command.Recruiter, StepReportStatus.Done, outcome));
        return true;
    }

    public void Finish(StepCommand command, StepOutcome outcome, int remembered)
    {
        Accepted.RemoveAll(c => c.IdempotencyKey == command.IdempotencyKey);
        if (Finished.TryAdd(command.IdempotencyKey, outcome))
        {
            Order.Add(command.IdempotencyKey);
        }

        while (Order.Count > Math.Max(1, remembered))
        {
            Finished.Remove(Order[0]);
            Order.RemoveAt(0);
        }

        Send(new StepReport(command.IdempotencyKey, command.Recruiter, StepReportStatus.Done, Finished[command.IdempotencyKey]));
    }

    /// <summary>The step ended without an outcome: nothing is remembered, so the same key runs again when the supervisor retries.</summary>
    public void Fail(StepCommand command, StepReportStatus status, string error)
    {
        Accepted.RemoveAll(c => c.IdempotencyKey == command.IdempotencyKey);
        Send(new StepReport(command.IdempotencyKey, command.Recruiter, status, Error: error));
    }

    public void Acknowledged(StepReport report) => Outbox.Remove(report);

    /// <summary>
    /// Redacts an erased person from the record (see <see cref="PlanRedaction"/>): the outcomes of finished
    /// steps, the steps still to run (which then run on no one for them) and the reports not yet delivered.
    /// Keys stay, so a repeated step is still answered from the record and never applied again. Returns
    /// true when anything named them.
    /// </summary>
    public bool Erase(PlanRedaction redaction)
    {
        var changed = false;
        foreach (var (key, outcome) in Finished.Where(f => redaction.Names(f.Value)).ToList())
        {
            Finished[key] = redaction.Outcome(outcome);
            changed = true;
        }

        changed |= Replace(Accepted, redaction.Names, redaction.Command);
        changed |= Replace(Outbox, redaction.Names, redaction.Report);
        return changed;
    }

    private static bool Replace<T>(List<T> items, Func<T, bool> names, Func<T, T> redact)
    {
        var changed = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (names(items[i]))
            {
                items[i] = redact(items[i]);
                changed = true;
            }
        }

        return changed;
    }

    private void Send(StepReport report)
    {
        Outbox.RemoveAll(r => r.IdempotencyKey == report.IdempotencyKey);
        Outbox.Add(report);
    }
}
