using Hiring.Agents.Hosting;
using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Intake;

public sealed class LlmIntakeTests
{
    private const string Answer = """
        {"title":"Senior Backend Engineer","seniority":"senior","locations":["Berlin"],"remote":"Hybrid","remote_within":[],"employment":"FullTime","min_years":5,
         "requirements":[
           {"text":"5+ years of Golang","kind":"must","category":"Skill","subject":"Golang","min_years":5},
           {"text":"K8s in production","kind":"nice","category":"Skill","subject":"k8s","min_years":null},
           {"text":"Fluent German","kind":"must","category":"Language","subject":"German"}]}
        """;

    private static ServiceProvider Services(QueuedChatModel? model) =>
        QueuedModelServices.Build(model, null, services =>
        {
            services.AddSingleton(IntakeHarness.Taxonomy);
            services.AddIntake();
        });

    [Fact]
    public async Task TheIntakePromptRendersTheTextTheSlotsAndTheSchema()
    {
        var prompt = PolicyResources.Prompts.Get(IntakeTask.PromptName);
        var definition = new LlmIntakeDefinition(IntakeHarness.Phrases, IntakeHarness.Reader, Tests.Support.UnderstandingResources.Places);
        var arguments = definition.Arguments(new IntakeRequest("I need a senior Go engineer", new RequestSlots([], ["go"], ["berlin"], "senior")));

        var history = await new PromptRenderer().RenderAsync(prompt, arguments);

        var text = string.Join("\n", history.Select(m => m.Content));
        Assert.Equal("2", prompt.Version);
        Assert.Contains("I need a senior Go engineer", text, StringComparison.Ordinal);
        Assert.Contains("skills: go; locations: berlin; seniority: senior", text, StringComparison.Ordinal);
        Assert.Contains(prompt.OutputSchema!.Value.GetRawText(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelAnswerIsReadIntoTheDraftWithCanonicalSubjectsAndTheRecruitersOwnDescription()
    {
        var model = new QueuedChatModel().Then(Answer);
        using var services = Services(model);
        var task = services.GetRequiredService<IReasoningTask<IntakeRequest, JobDraft>>();
        const string request = "Senior backend engineer in Berlin (hybrid): 5+ years of Golang, k8s nice to have, fluent German";

        var draft = await task.RunAsync(new IntakeRequest(request, RequestSlots.Empty), ReasoningContext.None);

        Assert.Equal((ReasoningEngine.Llm, "queued-model", "intake"), (draft.Provenance.Engine, draft.Provenance.Model, draft.Provenance.PromptName));
        Assert.Equal(("Senior Backend Engineer", "backend engineer", "senior", RemotePolicy.Hybrid, EmploymentType.FullTime, 5), (draft.Title, draft.NormalizedTitle, draft.Seniority, draft.Remote, draft.Employment, draft.MinYears));
        Assert.Equal(["Berlin"], draft.Locations);
        Assert.Equal(request, draft.Description);
        Assert.Equal(
            [
                new DraftRequirement("5+ years of Golang", QualificationKind.MustHave, QualificationCategory.Skill, "go", 5),
                new DraftRequirement("K8s in production", QualificationKind.NiceToHave, QualificationCategory.Skill, "kubernetes"),
                new DraftRequirement("Fluent German", QualificationKind.MustHave, QualificationCategory.Language, "german"),
            ],
            draft.Requirements);
    }

    [Fact]
    public async Task WhenTheModelIsUnavailableTheBuiltInEngineAnswersAndSaysWhy()
    {
        using var services = Services(new QueuedChatModel());
        var task = services.GetRequiredService<IReasoningTask<IntakeRequest, JobDraft>>();

        var draft = await task.RunAsync(new IntakeRequest("I need a senior backend engineer in Berlin, Go", RequestSlots.Empty), ReasoningContext.None);

        Assert.Equal(ReasoningEngine.BuiltIn, draft.Provenance.Engine);
        Assert.NotNull(draft.Provenance.FallbackReason);
        Assert.Equal("backend engineer", draft.NormalizedTitle);
    }

    [Fact]
    public void AddIntakeRegistersThePolicyTheMaskerAndTheBuiltInEngineByDefault()
    {
        using var services = Services(null);

        Assert.IsType<BuiltInIntakeExtractor>(services.GetRequiredService<IReasoningTask<IntakeRequest, JobDraft>>());
        Assert.IsType<PiiMasker>(services.GetRequiredService<IProfileMasker>());
        Assert.False(services.GetRequiredService<QualificationPolicy>().Check("under 35").Allowed);
        Assert.IsType<NoMarketSkills>(services.GetRequiredService<IMarketSkills>());
    }
}
