using Hiring.Agents.Intake;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Talent.Hosting;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the intake agent's services and the responsible-AI policy they use.</summary>
public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the responsible-AI policy (AddHiringPolicy: <see cref="QualificationPolicy"/>, the message
    /// policy and <see cref="PiiMasker"/> as <see cref="IProfileMasker"/>), the intake readers and actions, and <c>IReasoningTask&lt;IntakeRequest, JobDraft&gt;</c> in both engines
    /// (call after AddHiringReasoning, whose prompts library and models it uses). Market suggestions come from
    /// <see cref="TalentInsightsService"/> when the host registers talent search (AddTalentSearch), and
    /// are left out otherwise. The rule files are loaded and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TalentTaxonomy(
            sp.GetService<Reasoning.Understanding.Skills.SkillVocabulary>() ?? Reasoning.Understanding.Skills.SkillVocabulary.LoadDefault(),
            sp.GetService<Reasoning.Understanding.Titles.TitleVocabulary>() ?? Reasoning.Understanding.Titles.TitleVocabulary.LoadDefault()));
        services.AddHiringPolicy();
        services.TryAddSingleton(sp => IntakePhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => Intake.Faq.FaqDrafter.Load(sp.GetRequiredService<PromptLibrary>()));

        services.TryAddSingleton<RequirementReader>();
        services.TryAddSingleton<ChangedSkillMentions>();
        services.TryAddSingleton<RequirementChangeReader>();
        services.TryAddSingleton<ChatRequestReader>();
        services.TryAddSingleton<JobDescriptionReader>();
        services.TryAddSingleton<JsonResumeJobReader>();
        services.AddReasoningTask<IntakeRequest, JobDraft, LlmIntakeDefinition, BuiltInIntakeExtractor>();

        services.TryAddSingleton<IMarketSkills>(sp => sp.GetService<TalentInsightsService>() is { } insights
            ? new InsightsMarketSkills(insights)
            : new NoMarketSkills());
        services.TryAddSingleton<IIntakeGrains, GrainFactoryIntakeGrains>();
        services.TryAddSingleton<QualificationDrafter>();
        services.TryAddSingleton<QualificationWording>();
        services.AddStepHandler<IntakeState, ProjectCreation>();
        services.AddStepHandler<IntakeState, QualificationDecision>();
        services.AddStepHandler<IntakeState, RequirementRefinement>();
        services.AddHostedService<IntakeRulesCheck>();
        return services;
    }
}
