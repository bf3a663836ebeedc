using System.Text.Json;
using Hiring.Agents.Hosting;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Outreach.Drafting;

/// <summary>The outreach-draft task's LLM path against a queued model: a draft is used only when it passes the same checks as every draft.</summary>
public sealed class LlmOutreachDraftTests
{
    private const string Fact = "Migrated the payments platform to Kubernetes and cut deploy times in half.";
    private static readonly OutreachRequest Request = new(Candidates.Engineer, Jobs.Backend, Jobs.BackendQualifications, new OutreachSettings(FollowUps: 0, Sender: "Rita"));

    private static string Answer(string body, string section = "experience[0].description", string fact = Fact) => JsonSerializer.Serialize(new
    {
        messages = new[] { new { subject = "Senior Backend Engineer in Berlin", body } },
        facts = new object[]
        {
            new { section, text = fact, requirement = "Kubernetes" },
            new { section = "experience[0].company", text = "Northwind Pay", requirement = (string?)null },
        },
    });

    private static string Body(string claim) =>
        $"Hi {{first_name}},\n\nI'm Rita. At Northwind Pay you \"{claim}\" Kubernetes is what our payments platform runs on, and the Senior Backend Engineer role in Berlin (hybrid) pays €70–85k.\n\n"
        + "Would you be open to a short call this week? If you'd rather not hear from me, just say so and I won't write again.\n\nRita";

    [Fact]
    public async Task ADraftCitingARealFactVerbatimIsUsedWithTheNameFilledInByTheProduct()
    {
        var (task, notices, model) = WithModel(Answer(Body(Fact)));

        var draft = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal(1, model.Calls);
        Assert.Equal(new Provenance(ReasoningEngine.Llm, "queued-model", OutreachDraftTask.PromptName, "1", ModelTier.Fast), draft.Provenance);
        var first = Assert.Single(draft.Messages);
        Assert.StartsWith("Hi Maria,", first.Body, StringComparison.Ordinal);
        Assert.Contains(Fact, first.Body, StringComparison.Ordinal);
        Assert.Contains(draft.Facts, f => f.Text == Fact && f.Section == "experience[0].description");
        Assert.True(DraftingHarness.Checker.Check(Candidates.Engineer, Jobs.Backend, draft, OutreachLength.Short).Passed);
        Assert.Empty(notices.All);
    }

    [Fact]
    public void TheModelIsGivenTheFactsFoundOnTheMaskedProfileButNeverTheName()
    {
        using var services = Services(new QueuedChatModel());

        var arguments = services.GetRequiredService<LlmOutreachDefinition>().Arguments(Request);

        Assert.Contains($"[experience[0].description] {Fact}", (string)arguments["facts"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(arguments.Values, v => v is string s && s.Contains("Maria", StringComparison.Ordinal));
        Assert.Equal("greet by {first_name}", arguments["greeting"]);
    }

    [Fact]
    public async Task AFabricatedFactFallsBackToTheBuiltInDraftWithTheReasonRecorded()
    {
        const string invented = "Led the migration of Google's search backend to Rust.";
        var answer = Answer(Body(invented), fact: invented);

        await AssertFallsBackAsync([answer, answer], "not verbatim in section 'experience[0].description'");
    }

    [Fact]
    public async Task AFactInTheWrongSectionIsNotCited()
    {
        var answer = Answer(Body(Fact), section: "headline");

        await AssertFallsBackAsync([answer, answer], "not verbatim in section 'headline'");
    }

    [Fact]
    public async Task APolicyViolationFallsBackToTheBuiltInDraft()
    {
        var answer = Answer(Body(Fact).Replace("Would you", "We want a young, energetic engineer like you. Would you", StringComparison.Ordinal));

        await AssertFallsBackAsync([answer, answer], "young");
    }

    [Fact]
    public async Task APromiseBeyondTheSpecAndFaqFallsBackToTheBuiltInDraft()
    {
        var answer = Answer(Body(Fact).Replace("pays €70–85k", "comes with generous equity", StringComparison.Ordinal));

        await AssertFallsBackAsync([answer, answer], "equity");
    }

    [Fact]
    public async Task AnOverLongDraftFallsBackToTheBuiltInDraft()
    {
        var answer = Answer(Body(Fact) + "\n\n" + string.Join(' ', Enumerable.Repeat("More about the team.", 40)));

        await AssertFallsBackAsync([answer, answer], "the limit is 120");
    }

    [Fact]
    public async Task GarbageFromTheModelFallsBackToTheBuiltInDraft()
    {
        await AssertFallsBackAsync(["Dear candidate, we are hiring!", "{\"messages\": \"soon\"}"], "Still unusable after one repair attempt");
    }

    [Fact]
    public async Task ADraftRepairedAfterTheChecksFailedOnceIsUsed()
    {
        var (task, notices, model) = WithModel(Answer(Body(Fact).Replace("pays €70–85k", "pays $150,000", StringComparison.Ordinal)), Answer(Body(Fact)));

        var draft = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal((2, ReasoningEngine.Llm), (model.Calls, draft.Provenance.Engine));
        Assert.Empty(notices.All);
    }

    [Fact]
    public void WithTheBuiltInProviderTheComposerAnswersAndWithAModelTheLlmPathFallsBackToIt()
    {
        using var builtIn = Services(null);
        using var withModel = Services(new QueuedChatModel());

        Assert.IsType<OutreachComposer>(builtIn.GetRequiredService<IReasoningTask<OutreachRequest, OutreachDraft>>());
        Assert.IsType<FallbackTask<OutreachRequest, OutreachDraft>>(withModel.GetRequiredService<IReasoningTask<OutreachRequest, OutreachDraft>>());
    }

    private static async Task AssertFallsBackAsync(string[] answers, string reason)
    {
        var (task, notices, model) = WithModel(answers);

        var draft = await task.RunAsync(Request, new ReasoningContext("t1", "t1/r1", "t1/p1"));

        Assert.Equal(2, model.Calls);
        Assert.Equal(DraftingHarness.Composer.Compose(Request).Messages, draft.Messages);
        Assert.Equal((ReasoningEngine.BuiltIn, OutreachComposer.EngineName), (draft.Provenance.Engine, draft.Provenance.Model));
        Assert.Equal(DegradedReason.UnusableOutput, draft.Provenance.FallbackReason);
        var notice = Assert.Single(notices.All);
        Assert.Equal(OutreachDraftTask.Name, notice.Task);
        Assert.Contains(reason, notice.Detail, StringComparison.Ordinal);
    }

    private static (IReasoningTask<OutreachRequest, OutreachDraft> Task, DegradedNotices Notices, QueuedChatModel Model) WithModel(params string[] answers) =>
        QueuedModelServices.Task<OutreachRequest, OutreachDraft>(answers, Feature);

    /// <summary>The reasoning layer, intake (policy, masker, FAQ rules) and the drafting as the silo wires them; BuiltIn without a model.</summary>
    private static ServiceProvider Services(QueuedChatModel? model) => QueuedModelServices.Build(model, null, Feature);

    private static void Feature(IServiceCollection services)
    {
        services.AddSingleton(IntakeHarness.Taxonomy);
        services.AddSingleton<TimeProvider>(EvaluationHarness.Clock());
        services.AddIntake();
        services.AddOutreachDrafting();
    }
}
