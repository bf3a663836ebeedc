using System.Diagnostics;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Search;
using Hiring.Talent.Synthetic;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Runs the built-in evaluator over a synthetic pool against 10 qualifications of the structured
/// categories (skills with and without years, experience, title, location, education): one thread
/// timed by its CPU clock, then every core at once. "Other" qualifications (MiniLM) are left out:
/// they cost an embedding per profile sentence and are measured by the embedding benchmarks.
/// </summary>
public sealed class EvaluationBenchmark(TextWriter output)
{
    private const int Seed = 7;

    public void Run(int profiles, int rounds, CancellationToken cancellationToken)
    {
        var pool = new SyntheticPoolGenerator()
            .Generate(SyntheticPoolOptions.ThisMonth(profiles, Seed))
            .Select(p => p.Profile with { Name = "", Email = null, Phone = null })
            .ToArray();
        using var embedder = new MiniLmEmbedder();
        var rules = EvaluationRules.Load(new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
        var constraints = new ConstraintChecks(new CandidateConstraints(new PlaceLocationMatcher(Gazetteer.Default, new PlaceMatcher(Gazetteer.Default)), TalentTaxonomy.LoadDefault()), rules);
        var evaluator = new BuiltInEvaluator(TalentTaxonomy.LoadDefault(), rules, new SimilarityAssessment(embedder), constraints, TimeProvider.System);
        var qualifications = Qualifications();
        Line($"{pool.Length:N0} masked profiles, {qualifications.Count} qualifications each");

        Evaluate(evaluator, pool.AsSpan(0, Math.Min(pool.Length, 2_000)), qualifications, cancellationToken);
        var best = 0.0;
        for (var round = 1; round <= rounds; round++)
        {
            var cpuBefore = ThreadCpuClock.NowMilliseconds();
            var clock = Stopwatch.StartNew();
            var met = Evaluate(evaluator, pool, qualifications, cancellationToken);
            var wall = clock.Elapsed.TotalSeconds;
            var cpu = ThreadCpuClock.NowMilliseconds() - cpuBefore is { } ms ? ms / 1000 : wall;
            best = Math.Max(best, pool.Length / cpu);
            Line($"one thread, round {round}: {pool.Length:N0} evaluations in {wall:0.00} s wall, {cpu:0.00} CPU-s = {pool.Length / cpu:N0} evaluations per CPU-second ({met:N0} Met verdicts)");
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var processCpu = process.TotalProcessorTime;
        var all = Stopwatch.StartNew();
        Parallel.ForEach(pool, new ParallelOptions { CancellationToken = cancellationToken }, p => evaluator.Evaluate(new EvaluationRequest(p, qualifications), cancellationToken));
        var parallelWall = all.Elapsed.TotalSeconds;
        process.Refresh();
        var parallelCpu = (process.TotalProcessorTime - processCpu).TotalSeconds;
        Line($"all {Environment.ProcessorCount} cores: {pool.Length / parallelWall:N0} evaluations/s wall = {pool.Length / parallelWall / Environment.ProcessorCount:N0} per core; {pool.Length / parallelCpu:N0} per process CPU-second");
        Line($"result: {best:N0} built-in evaluations per second per core with {qualifications.Count} qualifications (target >= 2,000)");
    }

    private static int Evaluate(BuiltInEvaluator evaluator, ReadOnlySpan<CandidateProfile> pool, IReadOnlyList<Qualification> qualifications, CancellationToken cancellationToken)
    {
        var met = 0;
        foreach (var profile in pool)
        {
            foreach (var assessment in evaluator.Evaluate(new EvaluationRequest(profile, qualifications), cancellationToken).Assessments)
            {
                met += assessment.Verdict == Contracts.Evaluation.AssessmentVerdict.Met ? 1 : 0;
            }
        }

        return met;
    }

    private static List<Qualification> Qualifications()
    {
        var list = new List<Qualification>();
        void Add(string text, QualificationKind kind, QualificationCategory category, string? subject, int? years = null) =>
            list.Add(new Qualification($"q{list.Count + 1}", text, kind, kind == QualificationKind.MustHave ? 1 : 0.5, 1, true, PolicyVerdict.Ok, QualificationOrigin.Request, category, subject, years));
        Add("5+ years of Go", QualificationKind.MustHave, QualificationCategory.Skill, "go", 5);
        Add("Kubernetes", QualificationKind.MustHave, QualificationCategory.Skill, "kubernetes");
        Add("3+ years of Python", QualificationKind.NiceToHave, QualificationCategory.Skill, "python", 3);
        Add("SQL", QualificationKind.NiceToHave, QualificationCategory.Skill, "sql");
        Add("React", QualificationKind.NiceToHave, QualificationCategory.Skill, "react");
        Add("5+ years of experience", QualificationKind.MustHave, QualificationCategory.Experience, null, 5);
        Add("3+ years in software engineering", QualificationKind.NiceToHave, QualificationCategory.Experience, "software engineering", 3);
        Add("Senior backend engineer", QualificationKind.MustHave, QualificationCategory.Title, "senior backend engineer");
        Add("Based in Berlin", QualificationKind.MustHave, QualificationCategory.Location, "Berlin");
        Add("Master's in Computer Science", QualificationKind.NiceToHave, QualificationCategory.Education, "Master's in Computer Science");
        return list;
    }

    private void Line(string text) => output.WriteLine(text);
}
