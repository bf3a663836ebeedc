using Hiring.Agents.SubAgents;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class EvaluationAgentTests
{
    private const string Tenant = "t1";
    private const string Recruiter = "t1/r1";

    private static readonly Qualification[] Approved = [Quals.Skill("q1", "go", 3), Quals.Location("q2", "Berlin"), Quals.Skill("q3", "kubernetes", kind: QualificationKind.NiceToHave)];

    private readonly InMemoryProfileStore _store = new();
    private readonly TestMasker _masker = new();
    private readonly StepHandlers<EvaluationAgentState> _agent;

    public EvaluationAgentTests()
    {
        _agent = new StepHandlers<EvaluationAgentState>("evaluation", EvaluationServices.BuiltIn(_store, _masker).GetServices<IStepHandler<EvaluationAgentState>>());
        _store.UpsertAsync(TalentPoolScope.Public, [
            Person("ana", "Ana Lopez", "Berlin", 2018, "Built services with Go and Kubernetes."),
            Person("ben", "Ben Okafor", "Berlin", 2024, "Wrote Go tools."),
            Person("cem", "Cem Yilmaz", "Lisbon", 2015, "Built services with Go."),
            Person("ana2", "Ana Silva", "Berlin", 2019, "Ran Go services."),
        ]).GetAwaiter().GetResult();
        _store.UpsertAsync(TalentPoolScope.Private(Tenant), [Person("dia", "Dia Mensah", "Berlin", 2016, "Owned Go services on K8s.")]).GetAwaiter().GetResult();
    }

    private static CandidateProfile Person(string id, string name, string city, int since, string description) => ProfileBuilder.Person(id)
        .Named(name)
        .LivesIn(city, "", "")
        .Worked("Co", "Backend Engineer", new DateOnly(since, 1, 1), null, description)
        .Skills("Go")
        .Build();

    private static StepCommand Command(string action, Dictionary<string, string>? inputs = null, string key = "k1") =>
        new(key, Recruiter, "p1", action, inputs ?? [], RequestSlots.Empty);

    private Task<StepOutcome> Run(IHiringProject project, StepCommand command) =>
        _agent.RunAsync(new StepContext<EvaluationAgentState>($"{Tenant}/p1", command, new EvaluationAgentState(), project));

    [Fact]
    public async Task EvaluationRefusesWithoutApprovedQualifications()
    {
        var project = new InMemoryProject("p1", [Quals.Skill("q1", "go") with { Approved = false }]).Sourced("ana");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Run(project, Command(PlanActions.EvaluateCandidates)));

        Assert.Contains("approved qualifications", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(project.Ledger);
        Assert.Equal(0, _masker.Masked);
    }

    [Fact]
    public async Task EvaluatingListedCandidatesRecordsTheLedgerAndProposesAShortlistForApproval()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "ben", "cem");

        var outcome = await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana, ben,cem" }));

        Assert.Equal("3", outcome.Outputs["evaluated.count"]);
        Assert.Equal("1", outcome.Outputs["good.count"]);
        Assert.Equal("ana", outcome.Outputs["good.ids"]);
        Assert.Equal("ana", outcome.Outputs["shortlist"]);
        Assert.Equal(["ana", "ben", "cem"], project.Ledger.Select(e => e.CandidateId));
        Assert.Equal(3, _masker.Masked);
        Assert.Contains("ana (1.00)", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("Built services with Go and Kubernetes.", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("\"candidateId\":\"ana\"", outcome.Payload, StringComparison.Ordinal);
        var next = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Evaluation, PlanActions.Shortlist, true, ApprovalAction.Advance), (next.Agent, next.Action, next.NeedsApproval, next.Approval));
        Assert.Equal("ana", next.Inputs["candidates"]);
    }

    [Fact]
    public async Task WithoutAListTheSourcedCandidatesNotYetEvaluatedAreEvaluatedIncludingThePrivatePool()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "dia");
        await project.RecordEvaluations([new CandidateEvaluation("ana", [], 0.5, Recommendation.Possible, "", new Provenance(ReasoningEngine.BuiltIn, BuiltInEvaluator.EngineName, EvaluationRules.ResourceName, "1", ModelTier.Reasoning))]);

        var outcome = await Run(project, Command(PlanActions.EvaluateCandidates));

        Assert.Equal("1", outcome.Outputs["evaluated.count"]);
        Assert.Equal("dia", outcome.Outputs["shortlist"]);
    }

    [Fact]
    public async Task InsideTheSourcingLoopTheNextStepGoesBackToSourcing()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana");

        var outcome = await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana", ["sourcing.iteration"] = "2" }));

        var next = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Sourcing, PlanActions.RefineSearch, false), (next.Agent, next.Action, next.NeedsApproval));
        Assert.Equal("2", next.Inputs["sourcing.iteration"]);
    }

    [Fact]
    public async Task ShortlistingMovesTheApprovedCandidatesWithTheirEvidenceAsTheReason()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "dia");
        await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana,dia" }));

        var outcome = await Run(project, Command(PlanActions.Shortlist, new() { ["candidates"] = "dia,ana" }, "k2"));

        Assert.Equal("dia,ana", outcome.Outputs["shortlisted.ids"]);
        Assert.All(project.Moves, m => Assert.Equal((PipelineStage.Shortlisted, Recruiter), (m.To, m.By)));
        Assert.Contains("Built services with Go and Kubernetes.", project.Moves.Single(m => m.Candidate == "ana").Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovedShortlistStillHoldsBackWhoeverMissesAMustHave()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "ben");
        await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana,ben" }));

        var outcome = await Run(project, Command(PlanActions.Shortlist, new() { ["candidates"] = "ben,ana" }, "k2"));

        Assert.Equal("ana", outcome.Outputs["shortlisted.ids"]);
        Assert.Equal(["ana"], project.Moves.Select(m => m.Candidate));
        Assert.Contains("ben: go Partial", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainingACandidateByFirstNameAnswersFromTheLedgerWithProvenance()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "ben");
        await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana,ben" }));

        var outcome = await Run(project, Command(PlanActions.ExplainAssessment, new() { ["candidate"] = "ana" }, "k2"));

        Assert.Equal("ana", outcome.Outputs["candidate.id"]);
        Assert.Contains("Ana Lopez: Strong match", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("BuiltIn, builtin:evaluator, builtin/evaluation v2", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("3+ years of go: Met.", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("\"Built services with Go and Kubernetes.\" (experience[0].description)", outcome.Summary, StringComparison.Ordinal);
        Assert.All(project.Ledger.SelectMany(e => e.Assessments).SelectMany(a => a.Evidence), q => Assert.DoesNotContain("Lopez", q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SomeoneWithEveryMustHaveOutsideThePlaceIsNotAMatchAndNeverProposed()
    {
        var project = new InMemoryProject("p1", [Quals.Skill("q1", "go", 3)], Sourcing.Specs.Backend("", locations: "Berlin")).Sourced("ana", "cem");

        var outcome = await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana,cem" }));

        Assert.Equal("ana", outcome.Outputs["good.ids"]);
        Assert.Equal("ana", outcome.Outputs["shortlist"]);
        var cem = project.Ledger.Single(e => e.CandidateId == "cem");
        Assert.Equal(Recommendation.NotAMatch, cem.Recommendation);
        Assert.Equal(AssessmentVerdict.Met, cem.Assessments.Single().Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, cem.Constraints!.Single(c => c.Kind == ConstraintKind.Location).Verdict);
    }

    [Fact]
    public async Task ACalibrationBatchWaitingForTheRecruiterIsNeverEvaluated()
    {
        var project = new InMemoryProject("p1", Approved, Sourcing.Specs.Backend("", locations: "Berlin")).At(PipelineStage.Calibration, "ana", "ben").Sourced("dia");

        var outcome = await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana,ben" }));

        Assert.Equal(["dia"], project.Ledger.Select(e => e.CandidateId));
        Assert.DoesNotContain("ana", outcome.Outputs["shortlist"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyIsAMatchShowsThePlaceAndTheLevelWithTheirQuotes()
    {
        var project = new InMemoryProject("p1", Approved, Sourcing.Specs.Backend("", locations: "Berlin")).Sourced("ana");
        await Run(project, Command(PlanActions.EvaluateCandidates, new() { ["candidates"] = "ana" }));

        var outcome = await Run(project, Command(PlanActions.ExplainAssessment, new() { ["candidate"] = "ana" }, "k2"));

        Assert.Contains("Location: Met. Lives in Berlin, within Berlin, DE. \"Berlin\" (location)", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("Level: Met. Current title Backend Engineer reads as mid (individual contributor)", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("\"Backend Engineer\" (experience[0].title)", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAmbiguousNameIsAskedBackAndAnUnknownOneIsRefused()
    {
        var project = new InMemoryProject("p1", Approved).Sourced("ana", "ana2", "ben");

        var ambiguous = await Run(project, Command(PlanActions.ExplainAssessment, new() { ["candidate"] = "Ana" }));
        var unknown = await Assert.ThrowsAsync<AssistantRefusalException>(() => Run(project, Command(PlanActions.ExplainAssessment, new() { ["candidate"] = "Zoe" })));

        Assert.Contains("Ana Lopez (ana)", ambiguous.Question, StringComparison.Ordinal);
        Assert.Contains("Ana Silva (ana2)", ambiguous.Question, StringComparison.Ordinal);
        Assert.Equal(RefusalCodes.NotFound, unknown.Code);
    }
}
