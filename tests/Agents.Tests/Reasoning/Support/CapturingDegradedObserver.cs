using System.Collections.Concurrent;
using Hiring.Agents.Reasoning.Resilience;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Tests.Reasoning.Support;

internal sealed class CapturingDegradedObserver : IReasoningDegradedObserver
{
    private readonly ConcurrentQueue<ReasoningDegraded> _notices = new();

    public IReadOnlyList<ReasoningDegraded> Notices => [.. _notices];

    public void OnDegraded(ReasoningDegraded notice) => _notices.Enqueue(notice);
}
