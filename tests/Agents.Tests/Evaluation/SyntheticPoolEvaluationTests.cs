using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent.Synthetic;
using Xunit.Abstractions;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class SyntheticPoolEvaluationTests(ITestOutputHelper output)
{
    private const int Seed = 20261126;
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    private static readonly Lazy<IReadOnlyList<SyntheticPerson>> Pool = new(() =>
        [.. new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(400, Seed, AsOf))]);

    private static readonly string[] EverySkill =
    [
        .. RoleFamilies.All.SelectMany(f => f.Clusters.SelectMany(c => c.Core.Concat(c.Related)).Concat(f.CommonSkills))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal),
    ];

    private static readonly Qualification[] Mixed =
    [
        Quals.Skill("q1", "go", 3),
        Quals.Skill("q2", "kubernetes"),
        Quals.Skill("q3", "python", 2),
        Quals.Skill("q4", "SQL", kind: QualificationKind.NiceToHave),
        Quals.Skill("q5", "Salesforce", 1),
        Quals.Experience("q6", 5),
        Quals.Experience("q7", 3, "software engineering"),
        Quals.Title("q8", "senior backend engineer"),
        Quals.Location("q9", "Berlin"),
        Quals.Education("q10", "Master's in Computer Science"),
        Quals.Language("q11", "English"),
    ];

    [Fact]
    public void EveryQuoteIsVerbatimInTheSectionItNamesOfTheMaskedProfile()
    {
        var evaluator = EvaluationHarness.BuiltIn();
        var masker = new TestMasker();
        var quotes = 0;
        foreach (var person in Pool.Value)
        {
            var masked = masker.Mask(person.Profile);
            var evaluation = evaluator.Evaluate(new EvaluationRequest(masked, [.. Mixed, .. SkillsOf(person, 2)]));
            foreach (var quote in evaluation.Assessments.SelectMany(a => a.Evidence))
            {
                quotes++;
                Assert.True(QuoteCheck.IsVerbatim(masked, quote), $"{person.Profile.Id}: \"{quote.Text}\" is not in {quote.Section}");
            }

            Assert.All(evaluation.Assessments.Where(a => a.Verdict is AssessmentVerdict.Met or AssessmentVerdict.Partial), a => Assert.NotEmpty(a.Evidence));
        }

        output.WriteLine($"{quotes} quotes checked over {Pool.Value.Count} profiles.");
        Assert.True(quotes > Pool.Value.Count);
    }

    [Fact]
    public void MustHaveSkillsWithYearsAgreeWithTheGroundTruthAtLeastNinetyPercentOfTheTime()
    {
        var evaluator = EvaluationHarness.BuiltIn(EvaluationHarness.Clock(new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero)));
        var (agree, total, metAgree, metTotal) = (0, 0, 0, 0);
        foreach (var person in Pool.Value)
        {
            var months = person.Truth.Skills.ToDictionary(s => s.Skill, s => s.Months, StringComparer.OrdinalIgnoreCase);
            var asked = person.Truth.Skills.Select(s => s.Skill).Concat(Absent(person, 2)).ToList();
            var qualifications = asked.Select((skill, i) => Quals.Skill($"q{i}", skill, minYears: 1 + (i % 5))).ToList();
            var evaluation = evaluator.Evaluate(new EvaluationRequest(person.Profile with { Name = "" }, qualifications));
            foreach (var (qualification, assessment) in qualifications.Zip(evaluation.Assessments))
            {
                var truth = !months.TryGetValue(qualification.Subject!, out var used) ? AssessmentVerdict.NotMet
                    : used >= qualification.MinYears * 12 ? AssessmentVerdict.Met
                    : AssessmentVerdict.Partial;
                total++;
                agree += truth == assessment.Verdict ? 1 : 0;
                if (assessment.Verdict == AssessmentVerdict.Met)
                {
                    metTotal++;
                    metAgree += truth == AssessmentVerdict.Met ? 1 : 0;
                }
            }
        }

        var agreement = agree / (double)total;
        var metPrecision = metAgree / (double)metTotal;
        output.WriteLine($"verdict agreement {agreement:P1} over {total} must-have skill qualifications; Met verdicts true {metPrecision:P1} of {metTotal}.");
        Assert.True(agreement >= 0.9, $"agreement {agreement:P1}");
        Assert.True(metPrecision >= 0.9, $"Met precision {metPrecision:P1}");
    }

    [Fact]
    public void TheSameProfilesAndQualificationsGiveTheSameEvaluations()
    {
        var first = Pool.Value.Take(100).Select(p => EvaluationHarness.BuiltIn().Evaluate(new EvaluationRequest(p.Profile, Mixed)));
        var second = Pool.Value.Take(100).Select(p => EvaluationHarness.BuiltIn().Evaluate(new EvaluationRequest(p.Profile, Mixed)));

        Assert.Equal(EvidenceBrief.ToJson(first.ToList()), EvidenceBrief.ToJson(second.ToList()));
    }

    private static IEnumerable<Qualification> SkillsOf(SyntheticPerson person, int count) =>
        person.Truth.Skills.Take(count).Select((s, i) => Quals.Skill($"s{i}", s.Skill, minYears: 2));

    private static IEnumerable<string> Absent(SyntheticPerson person, int count)
    {
        var start = person.Profile.Id.Sum(c => c) % EverySkill.Length;
        return Enumerable.Range(0, EverySkill.Length)
            .Select(k => EverySkill[(start + (k * 7)) % EverySkill.Length])
            .Where(s => !person.Truth.Skills.Any(t => string.Equals(t.Skill, s, StringComparison.OrdinalIgnoreCase)))
            .Take(count);
    }
}
