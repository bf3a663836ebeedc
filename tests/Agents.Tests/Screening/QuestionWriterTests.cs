using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Tests.Screening;

/// <summary>Questions aim at what the evaluation could not confirm for the candidate, and at the role's must-haves.</summary>
public sealed class QuestionWriterTests
{
    internal static readonly Qualification Kubernetes = Quals.Skill("q1", "Kubernetes");
    internal static readonly Qualification Go = Quals.Skill("q2", "Go", 5);
    private static readonly Qualification Terraform = Quals.Skill("q3", "Terraform", kind: QualificationKind.NiceToHave);
    internal static readonly Qualification Kafka = Quals.Skill("q4", "Kafka", kind: QualificationKind.NiceToHave);
    private static readonly Qualification Postgres = Quals.Skill("q5", "PostgreSQL", kind: QualificationKind.NiceToHave);

    private static readonly string[] Subjects = ["Kubernetes", "Go", "Terraform", "Kafka", "PostgreSQL"];

    private readonly QuestionWriter _writer = new(ScreeningPhrases.Load(PolicyResources.Prompts));

    [Fact]
    public void EveryPartialOrUnknownQualificationAndEveryMustHaveGetsAQuestionNamingItAndASettledNiceToHaveDoesNot()
    {
        var assessments = new[] { Assessed(Kubernetes, AssessmentVerdict.Met), Assessed(Go, AssessmentVerdict.Partial), Assessed(Kafka, AssessmentVerdict.Met), Assessed(Postgres, AssessmentVerdict.NotMet) };

        var questions = _writer.Write([Kubernetes, Go, Terraform, Kafka, Postgres], assessments);

        // Go is Partial, Terraform was never assessed (Unknown); Kubernetes is a must-have the evaluation found Met.
        Assert.Equal(["q2", "q3", "q1"], questions.Select(q => q.QualificationId));
        Assert.Equal([AssessmentVerdict.Partial, AssessmentVerdict.Unknown, AssessmentVerdict.Met], questions.Select(q => q.Verdict));
        Assert.Equal(["Go", "Terraform", "Kubernetes"], questions.Select(q => Subjects.Single(s => q.Text.Contains(s, StringComparison.Ordinal))));
        Assert.Contains("5+ years of Go", questions[0].Text, StringComparison.Ordinal);
        Assert.True(questions[2].Essential);
    }

    [Fact]
    public void AnAssessmentOfAnOlderVersionOfTheQualificationCountsAsUnknown()
    {
        var edited = Go with { Version = 2 };

        var question = Assert.Single(_writer.Write([edited], [Assessed(Go, AssessmentVerdict.Met)]));

        Assert.Equal(AssessmentVerdict.Unknown, question.Verdict);
    }

    [Fact]
    public void AskedForFewerTheUnconfirmedComeFirst()
    {
        var questions = _writer.Write([Kubernetes, Go, Terraform], [Assessed(Kubernetes, AssessmentVerdict.Met), Assessed(Go, AssessmentVerdict.Unknown)], max: 1);

        Assert.Equal("q2", Assert.Single(questions).QualificationId);
    }

    internal static QualificationAssessment Assessed(Qualification qualification, AssessmentVerdict verdict) =>
        new("maria", qualification.Id, qualification.Version, verdict, [], "test", null, new(ReasoningEngine.BuiltIn, "built-in", "evaluation", "1", ModelTier.Fast), DateTimeOffset.UnixEpoch);
}
