using System.Text.Json;
using System.Text.RegularExpressions;
using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Talent;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Recruiting;

public sealed partial class RecruitingConversationTests(RecruitingWorld world) : IClassFixture<RecruitingWorld>
{
    private const string Recruiter = "acme/ana";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task TheConversationGoesFromARequestThroughCalibrationFeedbackToAShortlistThatHoldsThePlaceAndTheLevel()
    {
        using var scope = TenantScope.For("acme");
        var supervisor = world.Cluster.Client.GetGrain<IRecruiterSupervisor>(Recruiter);

        // 1. The request becomes a spec and qualifications that wait for approval.
        await supervisor.Post(new MessageEnvelope("m-1", "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years"));
        var qualificationsApproval = await supervisor.WaitForAsync(AssistantEventKind.ApprovalRequested, Patience);
        var project = world.Cluster.Client.GetGrain<IHiringProject>("acme/ana.p1");
        var proposed = await DescribeFailureAsync(supervisor, project.Snapshot);

        var spec = proposed.Spec!;
        Assert.Contains("backend engineer", spec.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("senior", spec.Seniority);
        Assert.Contains(spec.Locations, l => l.StartsWith("Berlin", StringComparison.Ordinal));
        Assert.Equal(5, spec.MinYears);
        Assert.Equal(Recruiter, proposed.Owner);
        var go = Assert.Single(proposed.Qualifications, q => q.Category == QualificationCategory.Skill && q.Subject == "go");
        Assert.Equal(QualificationKind.MustHave, go.Kind);
        // "5+ years" is read as experience overall or as years of Go; either way it is a must-have of five years.
        Assert.Contains(proposed.Qualifications, q => q.MinYears == 5 && q.Kind == QualificationKind.MustHave && q.Category is QualificationCategory.Experience or QualificationCategory.Skill);
        Assert.Contains(proposed.Qualifications, q => q.Subject == "kubernetes" && q.Kind == QualificationKind.MustHave);
        Assert.All(proposed.Qualifications, q => Assert.True(q.Policy.Allowed, q.Text));
        Assert.All(proposed.Qualifications, q => Assert.False(q.Approved));
        Assert.DoesNotContain(await supervisor.EventsAfter(0, 500), IsEvaluationStarting);

        // 2. Approved: a calibration batch is shown, in Berlin and at the senior level, and then everything waits.
        var pending = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        await supervisor.Decide(pending.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == "m1", "the intake plan completed", Patience);
        Assert.Equal(proposed.Qualifications.Count, (await project.ApprovedQualifications()).Count);
        await using var talent = world.OpenTalent();
        var store = talent.GetRequiredService<IProfileStore>();
        var batch = (await project.Snapshot()).Pipeline.Where(p => p.Stage == PipelineStage.Calibration).ToList();
        Assert.True(batch.Count is >= 3 and <= 20, await DescribeAsync(supervisor, "m1"));
        foreach (var entry in batch)
        {
            var profile = (await store.GetAsync(TalentPoolScope.Public, entry.CandidateId))!;
            Assert.Equal(("Berlin", "DE"), (profile.Location.City, profile.Location.Country));
            Assert.StartsWith("Senior ", CurrentTitle(profile), StringComparison.Ordinal);
        }

        var asked = (await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.Reply && e.PlanId == "m1");
        Assert.Contains("Which look right", asked.Text, StringComparison.Ordinal);
        Assert.Contains("1. ", asked.Text, StringComparison.Ordinal);
        var calibration = (await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.StepCompleted && e.PlanId == "m1");
        var shown = JsonDocument.Parse(calibration.Payload!).RootElement.GetProperty("candidates").EnumerateArray()
            .OrderBy(c => c.GetProperty("position").GetInt32()).Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.Equal(batch.Count, shown.Count);
        Assert.DoesNotContain(await supervisor.EventsAfter(0, 500), IsEvaluationStarting);
        Assert.All((await project.Snapshot()).Pipeline, e => Assert.Null(e.Score));
        Assert.Empty(await supervisor.Approvals(pendingOnly: true));

        // 3. The recruiter reacts; the feedback is recorded and changes the weights, then a search waits for approval.
        await supervisor.Post(new MessageEnvelope("m-2", "1 and 3 look right, 2 is too junior"));
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.ApprovalRequested && e.PlanId == "m2", "the sourcing approval", Patience);
        var recorded = (await supervisor.EventsAfter(0, 500)).Single(e => e.Kind == AssistantEventKind.StepCompleted && e.PlanId == "m2" && e.Text.StartsWith("Recorded your feedback", StringComparison.Ordinal));
        var feedback = JsonDocument.Parse(recorded.Payload!).RootElement;
        Assert.Equal(3, feedback.GetProperty("reactions").GetArrayLength());
        Assert.NotEmpty(feedback.GetProperty("weights").EnumerateObject());
        Assert.Equal(2, feedback.GetProperty("similarityModels").GetArrayLength());
        Assert.Contains("boosting skills", recorded.Text, StringComparison.Ordinal);
        Assert.Contains("already at the level you asked (senior, individual contributor)", recorded.Text, StringComparison.Ordinal);
        var afterFeedback = (await project.Snapshot()).Pipeline.ToDictionary(e => e.CandidateId);
        Assert.Equal((PipelineStage.Sourced, Recruiter), (afterFeedback[shown[0]].Stage, afterFeedback[shown[0]].Moves[^1].By));
        Assert.Equal((PipelineStage.Sourced, Recruiter), (afterFeedback[shown[2]].Stage, afterFeedback[shown[2]].Moves[^1].By));
        Assert.Equal((PipelineStage.Archived, Recruiter), (afterFeedback[shown[1]].Stage, afterFeedback[shown[1]].Moves[^1].By));

        var startSourcing = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal(Contracts.Planning.ApprovalAction.StartSourcing, startSourcing.Action);
        await supervisor.Decide(startSourcing.Id, new ApprovalDecision(ApprovalVerdict.Approve));

        // 4. The evaluation/sourcing loop, then a shortlist to approve.
        var next = await supervisor.WaitForAsync(e => e.PlanId == "m2" && (e.Kind == AssistantEventKind.PlanCompleted || (e.Kind == AssistantEventKind.ApprovalRequested && e.Text.Contains("shortlist", StringComparison.OrdinalIgnoreCase))), "the shortlist approval", Patience);
        Assert.True(next.Kind == AssistantEventKind.ApprovalRequested, await DescribeAsync(supervisor, "m2"));
        var shortlistApproval = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal(Contracts.Planning.ApprovalAction.Advance, shortlistApproval.Action);
        await supervisor.Decide(shortlistApproval.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == "m2", "the sourcing plan completed", Patience);

        var events = await supervisor.EventsAfter(0, 500);
        var qualificationsDecided = events.First(e => e.Kind == AssistantEventKind.ApprovalDecided);
        Assert.True(events.First(IsEvaluationStarting).Sequence > qualificationsDecided.Sequence, "evaluation started before the qualifications were approved");
        var firstSearch = events.First(e => e.Kind == AssistantEventKind.StepStarted && e.Text == "Sourcing: search");
        Assert.True(recorded.Sequence < firstSearch.Sequence, "sourcing searched before the feedback was recorded");
        var iterations = events.Where(e => e.Kind == AssistantEventKind.StepCompleted && e.Text.StartsWith("Sourcing iteration", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(iterations);
        Assert.All(iterations, i => Assert.Contains("precision", i.Text, StringComparison.Ordinal));

        // 5. Every shortlisted candidate lives in Berlin, is Senior by title and truly has Go and Kubernetes.
        var truth = await ReadGroundTruthAsync();
        var snapshot = await project.Snapshot();
        var shortlisted = snapshot.Pipeline.Where(p => p.Stage == PipelineStage.Shortlisted).ToList();
        Assert.NotEmpty(shortlisted);
        Assert.All(shortlisted, s => Assert.Equal(Recruiter, s.Moves[^1].By));
        foreach (var entry in shortlisted)
        {
            var profile = (await store.GetAsync(TalentPoolScope.Public, entry.CandidateId))!;
            Assert.Equal(("Berlin", "DE"), (profile.Location.City, profile.Location.Country));
            Assert.StartsWith("Senior ", CurrentTitle(profile), StringComparison.Ordinal);
            var record = truth[entry.CandidateId];
            Assert.Equal(Seniority.Senior, record.Seniority);
            Assert.True(Months(record, "Go") > 0 && Months(record, "Kubernetes") > 0, $"{entry.CandidateId} does not truly have Go and Kubernetes");
        }

        // 6. Managers and directors with every skill are never a match for this role: never in the pipeline, and never a Match if evaluated.
        var leaders = truth.Where(t => t.Value.Seniority is Seniority.Manager or Seniority.Director && world.Planted.ContainsKey(t.Key)).Select(t => t.Key).ToList();
        Assert.NotEmpty(leaders);
        foreach (var id in leaders)
        {
            Assert.DoesNotContain(snapshot.Pipeline, e => e.CandidateId == id && e.Stage != PipelineStage.Archived);
            if (await project.LatestEvaluation(id) is { } evaluation)
            {
                Assert.False(Hiring.Agents.Evaluation.EvaluationScorer.IsGood(evaluation.Recommendation), $"{id} is a {truth[id].Seniority} rated {evaluation.Recommendation}");
            }
        }

        // 7. Nothing from another tenant, anywhere in the pipeline.
        var pipelineIds = snapshot.Pipeline.Select(p => p.CandidateId).ToHashSet();
        Assert.Empty(pipelineIds.Intersect(world.OtherTenantsCandidates));

        // 8. Evidence: verbatim quotes (constraints' too), and must-have Met verdicts that agree with the ground truth.
        var masker = PiiMasker.Load(new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
        var approved = (await project.ApprovedQualifications()).ToDictionary(q => q.Id);
        int agreed = 0, judged = 0;
        foreach (var entry in shortlisted)
        {
            var evaluation = await project.LatestEvaluation(entry.CandidateId);
            Assert.NotNull(evaluation);
            Assert.All(evaluation.Constraints!, c => Assert.Equal(AssessmentVerdict.Met, c.Verdict));
            var profile = await store.GetAsync(TalentPoolScope.Public, entry.CandidateId);
            Assert.NotNull(profile);
            var masked = masker.Mask(profile);
            foreach (var quote in evaluation.Assessments.SelectMany(a => a.Evidence).Concat(evaluation.Constraints!.SelectMany(c => c.Evidence)))
            {
                Assert.True(AppearsVerbatim(masked, quote), $"'{quote.Text}' is not in {quote.Section} of {entry.CandidateId}");
            }

            foreach (var assessment in evaluation.Assessments)
            {
                var qualification = approved[assessment.QualificationId];
                if (assessment.Verdict == AssessmentVerdict.Met && qualification is { Kind: QualificationKind.MustHave, Category: QualificationCategory.Skill, Subject: { } skill })
                {
                    judged++;
                    var months = Months(truth[entry.CandidateId], skill);
                    if (months >= 12 * (qualification.MinYears ?? 0) && months > 0)
                    {
                        agreed++;
                    }
                }
            }
        }

        Assert.True(judged > 0, "no must-have skill was judged Met on the shortlist");
        Assert.True(agreed >= 0.9 * judged, $"only {agreed} of {judged} must-have Met verdicts agree with the ground truth");

        // 9. "Why is … a match?" is answered from the ledger, with where they live and their level.
        var top = shortlisted.OrderByDescending(s => s.Score).First();
        var name = (await store.GetAsync(TalentPoolScope.Public, top.CandidateId))!.Name;
        await supervisor.Post(new MessageEnvelope("m-3", $"why is {name} a match?"));
        var answered = await supervisor.WaitForAsync(e => e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed && e.PlanId == "m3", "the explanation", Patience);
        Assert.True(answered.Kind == AssistantEventKind.PlanCompleted, answered.Text);
        var explanation = (await supervisor.EventsAfter(0, 1000)).Last(e => e.Kind == AssistantEventKind.Reply);
        var topEvaluation = (await project.LatestEvaluation(top.CandidateId))!;
        var quoted = topEvaluation.Assessments.SelectMany(a => a.Evidence).First();
        Assert.Contains(quoted.Text, explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Location: Met", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Level: Met", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRecruitersOfOneTenantStartingProjectsGetTheirOwnProjects()
    {
        using var scope = TenantScope.For("acme");
        var bo = world.Cluster.Client.GetGrain<IRecruiterSupervisor>("acme/bo");
        var cy = world.Cluster.Client.GetGrain<IRecruiterSupervisor>("acme/cy");

        await bo.Post(new MessageEnvelope("b-1", "I need a senior product designer in London"));
        await cy.Post(new MessageEnvelope("c-1", "I need a junior data engineer in Paris"));
        await bo.WaitForAsync(AssistantEventKind.ApprovalRequested, Patience);
        await cy.WaitForAsync(AssistantEventKind.ApprovalRequested, Patience);

        var boProject = await world.Cluster.Client.GetGrain<IHiringProject>("acme/bo.p1").Snapshot();
        var cyProject = await world.Cluster.Client.GetGrain<IHiringProject>("acme/cy.p1").Snapshot();
        Assert.Equal(("acme/bo", "acme/cy"), (boProject.Owner, cyProject.Owner));
        Assert.Contains("designer", boProject.Spec!.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data engineer", cyProject.Spec!.Title, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<T> DescribeFailureAsync<T>(IRecruiterSupervisor supervisor, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex)
        {
            var events = await supervisor.EventsAfter(0, 500);
            throw new InvalidOperationException($"{ex.Message}; events: {string.Join(" | ", events.Select(e => $"{e.Sequence}:{e.Kind}:{e.Text}"))}", ex);
        }
    }

    private static async Task<string> DescribeAsync(IRecruiterSupervisor supervisor, string planId) =>
        string.Join(" | ", (await supervisor.EventsAfter(0, 1000)).Where(e => e.PlanId == planId).Select(e => $"{e.Kind}: {e.Text}"));

    private static string CurrentTitle(CandidateProfile profile) => Hiring.Talent.Search.CurrentRole.Of(profile)[0].Title;

    private static int Months(GroundTruthRecord record, string skill) =>
        record.Skills.FirstOrDefault(s => s.Skill.Equals(skill, StringComparison.OrdinalIgnoreCase))?.Months ?? 0;

    private static bool IsEvaluationStarting(AssistantEvent e) =>
        e.Kind == AssistantEventKind.StepStarted && e.Text.StartsWith("Evaluation", StringComparison.Ordinal);

    private static bool AppearsVerbatim(CandidateProfile masked, EvidenceQuote quote)
    {
        var section = SectionText(masked, quote.Section);
        return section is not null && Collapse(section).Contains(Collapse(quote.Text), StringComparison.Ordinal);
    }

    private static string? SectionText(CandidateProfile profile, string section)
    {
        var match = IndexedSection().Match(section);
        if (match.Success)
        {
            var index = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups[1].Value switch
            {
                "experience" when index < profile.Experiences.Count => match.Groups[3].Value == ".title" ? profile.Experiences[index].Title : profile.Experiences[index].Description,
                "education" when index < profile.Education.Count => $"{profile.Education[index].Degree} {profile.Education[index].Field} {profile.Education[index].School}",
                _ => null,
            };
        }

        return section switch
        {
            "headline" => profile.Headline,
            "summary" => profile.Summary,
            "skills" => string.Join(", ", profile.Skills),
            "location" => profile.Location.ToString(),
            _ => null,
        };
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    private async Task<Dictionary<string, GroundTruthRecord>> ReadGroundTruthAsync()
    {
        var records = new Dictionary<string, GroundTruthRecord>();
        await foreach (var record in GroundTruthFile.ReadAsync(GroundTruthFile.PathFor(world.DataDirectory, RecruitingWorld.Seed)))
        {
            records[record.Id] = record;
        }

        foreach (var (id, record) in world.Planted)
        {
            records[id] = record;
        }

        return records;
    }

    [GeneratedRegex(@"^(experience|education)\[(\d+)\](\.title|\.description)?$")]
    private static partial Regex IndexedSection();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
