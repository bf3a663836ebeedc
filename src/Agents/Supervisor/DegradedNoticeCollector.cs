using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Resilience;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Hears the reasoning layer's degraded notices and hands each to the supervisor call that caused
/// it: the notice list travels with the call's async flow, so concurrent recruiters never mix.
/// </summary>
public sealed class DegradedNoticeCollector : IReasoningDegradedObserver
{
    private static readonly AsyncLocal<List<ReasoningDegraded>?> Current = new();

    public void OnDegraded(ReasoningDegraded notice) => Current.Value?.Add(notice);

    /// <summary>Runs <paramref name="call"/> and returns its result with the notices it raised.</summary>
    public static async Task<(T Result, IReadOnlyList<ReasoningDegraded> Notices)> CollectAsync<T>(Func<Task<T>> call)
    {
        var notices = new List<ReasoningDegraded>();
        Current.Value = notices;
        try
        {
            return (await call(), notices);
        }
        finally
        {
            Current.Value = null;
        }
    }
}
