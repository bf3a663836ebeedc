using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Resilience;

/// <summary>Told whenever a reasoning task falls back to the built-in engine. Register any number in DI.</summary>
public interface IReasoningDegradedObserver
{
    /// <summary>Called synchronously on the reasoning call's path: keep it short and non-blocking.</summary>
    void OnDegraded(ReasoningDegraded notice);
}
