using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.Logging;

namespace Hiring.Reasoning.Resilience;

/// <summary>Fans a degraded notice out to every registered observer and to the log.</summary>
public sealed partial class DegradedSignal(IEnumerable<IReasoningDegradedObserver> observers, TimeProvider time, ILogger<DegradedSignal> logger)
{
    private readonly IReasoningDegradedObserver[] _observers = [.. observers];

    public void Raise(string task, ModelFailure failure, ReasoningContext context)
    {
        var notice = new ReasoningDegraded(task, failure.Reason, failure.Detail, context.Tenant, context.Recruiter, context.Project, time.GetUtcNow());
        LogDegraded(task, failure.Reason, failure.Detail);
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnDegraded(notice);
            }
            catch (Exception ex)
            {
                // One broken observer must not stop the fallback answer from reaching the recruiter.
                LogObserverFailed(ex, observer.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reasoning task {Task} fell back to the built-in engine ({Reason}): {Detail}")]
    private partial void LogDegraded(string task, DegradedReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Degraded observer {Observer} failed")]
    private partial void LogObserverFailed(Exception exception, string observer);
}
