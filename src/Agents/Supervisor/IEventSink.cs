using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>Where the supervisor's plain classes report what happens.</summary>
public interface IEventSink
{
    Task<AssistantEvent> EmitAsync(AssistantEventKind kind, string text, string? planId = null, int? stepIndex = null, string? payload = null);
}
