using System.Collections.Concurrent;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Resilience;

namespace Hiring.Agents.Tests.Reasoning.Support;

internal sealed class CapturingDegradedObserver : IReasoningDegradedObserver
{
    private readonly ConcurrentQueue<ReasoningDegraded> _notices = new();

    public IReadOnlyList<ReasoningDegraded> Notices => [.. _notices];

    public void OnDegraded(ReasoningDegraded notice) => _notices.Enqueue(notice);
}
