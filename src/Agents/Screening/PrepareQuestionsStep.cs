using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Screening.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening;

/// <summary>
/// prepare-questions ("what should I ask the top candidate?"): finds whose screen it is, reads what
/// the evaluation found for each of their qualifications (the project's evidence ledger), and writes
/// questions aimed at what it could not confirm (Partial, Unknown) and at the role's must-haves,
/// each naming the qualification it probes. The questions are kept for the candidate's card; nothing
/// is sent to anyone.
/// </summary>
public sealed class PrepareQuestionsStep(ScreeningCandidates candidates, IReasoningTask<QuestionRequest, QuestionSet> writer, ScreeningRecords records, ScreeningPhrases phrases)
    : StepHandler<PlaceholderState, PrepareQuestionsInput, ScreeningOutput>
{
    /// <summary>The most candidates one request prepares for.</summary>
    public const int MaxCandidates = 5;

    public override string Action => PlanActions.PrepareQuestions;

    public override async Task<StepResult<ScreeningOutput>> RunAsync(StepContext<PlaceholderState> step, PrepareQuestionsInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var none = new ScreeningOutput([]);
        var snapshot = await step.Project.Snapshot();
        var qualifications = await step.Project.ApprovedQualifications();
        if (qualifications.Count == 0)
        {
            return new StepResult<ScreeningOutput>(phrases.Say("no_qualifications", ("project", snapshot.Spec?.Title ?? projectId)), none, ProjectId: projectId);
        }

        // "five questions for Maria" counts questions; "the top 3" counts candidates.
        var questionCount = phrases.CountsQuestions(input.Request) ? input.Count ?? step.Slots.Count : null;
        var request = questionCount is null ? input : input with { Count = null };
        var slots = questionCount is null ? step.Slots : step.Slots with { Count = null };
        var choice = await candidates.ChooseAsync(step.Tenant, snapshot, request, slots, cancellationToken);
        if (choice.Question is { } question)
        {
            return new StepResult<ScreeningOutput>(question, none, ProjectId: projectId, Question: question);
        }

        var chosen = choice.Recipients.Take(MaxCandidates).ToList();
        if (chosen.Count == 0)
        {
            return new StepResult<ScreeningOutput>(choice.Note ?? phrases.Say("who", ("project", snapshot.Spec?.Title ?? projectId)), none, ProjectId: projectId);
        }

        var evidence = await step.Project.EvidenceOf([.. chosen.Select(c => c.CandidateId)]);
        var context = new ReasoningContext(step.Tenant, step.Recruiter, GrainKeys.Project(step.Tenant, projectId));
        var prepared = new List<CandidateScreening>();
        var blocks = new List<string>();
        foreach (var candidate in chosen)
        {
            var written = await writer.RunAsync(new QuestionRequest(qualifications, evidence.GetValueOrDefault(candidate.CandidateId) ?? [], questionCount), context, cancellationToken);
            var questions = written.Questions;
            if (questions.Count == 0)
            {
                blocks.Add(phrases.Say("nothing_to_ask", ("name", candidate.Profile.Name)));
                continue;
            }

            await records.KeepQuestionsAsync(step.Tenant, projectId, candidate.CandidateId, questions, cancellationToken);
            prepared.Add(new CandidateScreening(candidate.CandidateId, questions, null));
            blocks.Add(phrases.Say("questions", ("name", candidate.Profile.Name), ("questions", string.Join("\n", questions.Select((q, i) => Line(q, i + 1))))));
        }

        return new StepResult<ScreeningOutput>(string.Join("\n\n", blocks), new ScreeningOutput([.. prepared.Select(p => p.CandidateId)]), EventJson.Serialize(prepared), projectId);
    }

    private string Line(ScreeningQuestion question, int number) =>
        phrases.Say(
            "question_line",
            ("count", number.ToString(CultureInfo.InvariantCulture)),
            ("question", question.Text),
            ("qualification", $"{question.QualificationId} {question.Qualification}"),
            ("verdict", phrases.Verdict(question.Verdict.ToString())));
}
