using Hiring.Agents.Intake;
using Microsoft.Extensions.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>Loads the intake phrases when the host starts, so a broken file stops the start rather than a recruiter's request.</summary>
public sealed class IntakeRulesCheck(IntakePhrases phrases) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = phrases.Version;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
