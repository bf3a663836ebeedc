using Hiring.Contracts.Agents;

namespace Hiring.Agents.Intake;

/// <summary>The first outcome of each step the intake agent performed, by idempotency key; the oldest are forgotten past a bound.</summary>
[GenerateSerializer, Alias("hiring.intake.state")]
public sealed class IntakeState
{
    public const int MaxRemembered = 256;

    [Id(0)]
    public Dictionary<string, StepOutcome> Outcomes { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public List<string> Order { get; set; } = [];

    public void Remember(string key, StepOutcome outcome)
    {
        Outcomes[key] = outcome;
        Order.Add(key);
        while (Order.Count > MaxRemembered)
        {
            Outcomes.Remove(Order[0]);
            Order.RemoveAt(0);
        }
    }
}
