using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the responsible-AI policy: the rules every qualification and every message pass, the replies, and the PII masker.</summary>
public static class PolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers prompts/builtin/policy.yaml compiled once (<see cref="PolicyRuleSet"/>) behind
    /// <see cref="IQualificationPolicy"/> and <see cref="IMessagePolicy"/>, <see cref="PolicyReplies"/>, and
    /// <see cref="PiiMasker"/> as <see cref="IProfileMasker"/> (call after AddHiringReasoning, whose prompts
    /// library it reads). Safe to call more than once; the files are loaded and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddHiringPolicy(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => PolicyRuleSet.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => new QualificationPolicy(sp.GetRequiredService<PolicyRuleSet>()));
        services.TryAddSingleton<IQualificationPolicy>(sp => sp.GetRequiredService<QualificationPolicy>());
        services.TryAddSingleton(sp => new MessagePolicy(sp.GetRequiredService<PolicyRuleSet>()));
        services.TryAddSingleton<IMessagePolicy>(sp => sp.GetRequiredService<MessagePolicy>());
        services.TryAddSingleton(sp => PolicyReplies.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => PiiMasker.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<IProfileMasker>(sp => sp.GetRequiredService<PiiMasker>());
        services.AddHostedService<PolicyRulesCheck>();
        return services;
    }
}
