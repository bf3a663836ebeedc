using System.Collections.Concurrent;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Resilience;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>Keeps every degraded notice the reasoning layer raises.</summary>
internal sealed class DegradedNotices : IReasoningDegradedObserver
{
    private readonly ConcurrentQueue<ReasoningDegraded> _notices = new();

    public IReadOnlyList<ReasoningDegraded> All => [.. _notices];

    public void OnDegraded(ReasoningDegraded notice) => _notices.Enqueue(notice);
}
