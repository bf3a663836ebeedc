using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Intake;
using Hiring.Agents.Intake.Faq;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>The intake agent over the repository's rule files, with in-memory grains and market skills given by the test.</summary>
internal sealed class IntakeHarness
{
    public const string Tenant = "acme";
    public const string Recruiter = "acme/rita";

    private static readonly Lazy<IntakePhrases> SharedPhrases = new(() => IntakePhrases.Load(PolicyResources.Prompts));
    private static readonly Lazy<FaqDrafter> SharedFaq = new(() => FaqDrafter.Load(PolicyResources.Prompts));

    private int _step;

    public IntakeHarness(params MarketSkill[] market)
    {
        Market = new FixedMarketSkills(market);
        Grains = new FakeIntakeGrains(Clock);
        Drafter = new QualificationDrafter(PolicyResources.Policy, Reader, Phrases);
        Wording = new QualificationWording(Phrases);
        Agent = new StepHandlers<IntakeState>(
            "intake",
            [
            new ProjectCreation(Extractor, Drafter, Wording, Phrases, Market, Grains),
            new QualificationDecision(Drafter, Wording, Phrases, Grains),
            new RequirementRefinement(Wording, Phrases, new RequirementChangeReader(Phrases, UnderstandingResources.Roles, Drafter, new ChangedSkillMentions(Phrases, UnderstandingResources.Skills, UnderstandingResources.Words), UnderstandingResources.Skills), Faq, Grains),
            ]);
    }

    public static IntakePhrases Phrases => SharedPhrases.Value;

    public static TalentTaxonomy Taxonomy => UnderstandingResources.Taxonomy;

    public static RequirementReader Reader => new(Phrases, UnderstandingResources.Roles, UnderstandingResources.Skills, UnderstandingResources.Titles);

    public static BuiltInIntakeExtractor Extractor => new(
        Phrases,
        new ChatRequestReader(Phrases, UnderstandingResources.Roles),
        new JobDescriptionReader(Phrases, UnderstandingResources.Roles, Reader),
        new JsonResumeJobReader(Phrases, UnderstandingResources.Roles, Reader, UnderstandingResources.Places),
        Faq);

    public static FaqDrafter Faq => SharedFaq.Value;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public FixedMarketSkills Market { get; }

    public FakeIntakeGrains Grains { get; }

    public QualificationDrafter Drafter { get; }

    public QualificationWording Wording { get; }

    public StepHandlers<IntakeState> Agent { get; }

    public static Task<JobDraft> ExtractAsync(string text) =>
        Extractor.RunAsync(new IntakeRequest(text, RequestSlots.Empty), global::Hiring.Reasoning.Tasks.ReasoningContext.None);

    public FakeHiringProject Project(string projectId) => Grains.ProjectOf(Tenant, projectId);

    public Task<StepOutcome> CreateAsync(string projectId, string text, string recruiter = Recruiter) =>
        StepAsync(PlanActions.CreateProject, projectId, new CreateProjectInput(text), recruiter);

    /// <summary>Runs one action with a typed input, written to the named values the agent binds (as the supervisor hands them).</summary>
    public Task<StepOutcome> StepAsync<TInput>(string action, string projectId, TInput input, string recruiter = Recruiter)
        where TInput : notnull =>
        RunAsync(action, projectId, StepValues.Write(input), recruiter);

    public Task<StepOutcome> RunAsync(string action, string projectId, IReadOnlyDictionary<string, string> inputs, string recruiter = Recruiter) =>
        Agent.RunAsync(new StepContext<IntakeState>($"{Tenant}/{projectId}", new StepCommand($"step-{++_step}", recruiter, projectId, action, inputs, RequestSlots.Empty), new IntakeState(), Project: null!));
}
