namespace Hiring.Reasoning.Usage;

/// <summary>Token usage and estimated cost of model calls, per call and aggregated per recruiter and per project.</summary>
public interface IUsageLedger
{
    /// <summary>Records one call's usage, pricing it with <c>Hiring:Ai:Prices</c>.</summary>
    UsageRecord Record(string task, string model, int inputTokens, int outputTokens, string? recruiter, string? project);

    UsageTotals ForRecruiter(string recruiter);

    UsageTotals ForProject(string project);

    UsageTotals Overall();

    /// <summary>The most recent calls, newest last (a bounded window, for inspection).</summary>
    IReadOnlyList<UsageRecord> Recent();
}
