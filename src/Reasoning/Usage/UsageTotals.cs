namespace Hiring.Reasoning.Usage;

/// <summary>Usage summed over calls.</summary>
public sealed record UsageTotals(int Calls, long InputTokens, long OutputTokens, decimal EstimatedCost)
{
    public static UsageTotals Zero { get; } = new(0, 0, 0, 0m);

    public UsageTotals Add(UsageRecord record) =>
        new(Calls + 1, InputTokens + record.InputTokens, OutputTokens + record.OutputTokens, EstimatedCost + record.EstimatedCost);
}
