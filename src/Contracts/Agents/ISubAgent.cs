using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Agents;

/// <summary>
/// The one call every sub-agent answers: do one plan step. Sub-agents never call each other; they
/// answer the supervisor, which decides what happens next.
/// </summary>
[Alias("hiring.agents.sub-agent")]
public interface ISubAgent : IGrainWithStringKey, ITenantScoped
{
    /// <summary>
    /// Performs the step, or returns the first outcome when <see cref="StepCommand.IdempotencyKey"/>
    /// was seen before. Throws <see cref="Supervisor.AssistantRefusalException"/> for work it cannot do.
    /// </summary>
    Task<StepOutcome> Execute(StepCommand command);
}
