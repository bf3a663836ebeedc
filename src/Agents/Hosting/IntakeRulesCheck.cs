using Hiring.Agents.Intake;
using Hiring.Agents.Policy;
using Microsoft.Extensions.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>Loads the policy, masking and intake rule files when the host starts, so a broken file stops the start rather than a recruiter's request.</summary>
public sealed class IntakeRulesCheck(QualificationPolicy policy, PiiMasker masker, IntakePhrases phrases) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (policy.Version, masker.Version, phrases.Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
