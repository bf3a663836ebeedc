using Hiring.Reasoning.Policy;
using Microsoft.Extensions.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>Loads the policy, its replies and the masking rules when the host starts, so a broken file stops the start rather than a recruiter's request.</summary>
public sealed class PolicyRulesCheck(QualificationPolicy qualifications, MessagePolicy messages, PolicyReplies replies, PiiMasker masker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (qualifications.Version, messages.Version, replies.Version, masker.Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
