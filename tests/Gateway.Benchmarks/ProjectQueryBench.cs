using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Gateway.Cli.Bench;

namespace Hiring.Gateway.Benchmarks;

/// <summary>
/// Closed-loop queries per second for the typical project query: spec, qualifications and the
/// best 10 candidates with their latest evidence, served by the real project grain and ledger.
/// </summary>
public static class ProjectQueryBench
{
    private static readonly string[] QualificationIds = ["q1", "q2", "q3"];

    public const string Query = """
        { project(id: "bench-project") { id owner spec { title seniority locations minYears }
          qualifications { id text kind approved policy { allowed } }
          pipeline(first: 10) { candidateId stage score why evidence { score recommendation summary } } } }
        """;

    public static async Task<(double PerSecond, Percentiles Latency)> RunAsync(int workers, TimeSpan duration)
    {
        await using var host = await BenchHost.StartAsync(1, viaOrleans: false);
        using (Hiring.Agents.Identity.TenantScope.For(BenchHost.Tenant))
        {
            await SeedProjectAsync(host.Grains.GetGrain<IHiringProject>($"{BenchHost.Tenant}/bench-project"));
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = host.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchHost.KeyOf(0));
        var body = JsonSerializer.Serialize(new { query = Query });
        await SendAsync(http, body);

        var latencies = new ConcurrentQueue<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await SendAsync(http, body);
                latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));

        return (latencies.Count / clock.Elapsed.TotalSeconds, new Percentiles(latencies));
    }

    private static async Task SeedProjectAsync(IHiringProject project)
    {
        var spec = new JobSpec("Senior Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.Hybrid, EmploymentType.FullTime, "Go services on Kubernetes.", [new FaqEntry("Is it remote?", "Hybrid, two days in Berlin.")], 5);
        Qualification Skill(string id, string subject, QualificationKind kind) =>
            new(id, $"{subject}, 3+ years", kind, kind == QualificationKind.MustHave ? 1 : 0.5, 1, false, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, subject, 3);
        await project.Create($"{BenchHost.Tenant}/{BenchHost.Recruiter(0)}", spec, [Skill("q1", "go", QualificationKind.MustHave), Skill("q2", "kubernetes", QualificationKind.MustHave), Skill("q3", "grpc", QualificationKind.NiceToHave)]);
        await project.Decide(new QualificationChange(QualificationIds, [], []));
        var candidates = Enumerable.Range(0, 40).Select(i => new SourcedCandidate($"c{i}", "boolean: skill go, kubernetes; open to work")).ToList();
        await project.AddCandidates(candidates, "assistant");
        var provenance = new Provenance(ReasoningEngine.BuiltIn, "builtin:evaluator", "builtin/evaluation", "1", ModelTier.Reasoning);
        await project.RecordEvaluations([.. candidates.Select((c, i) => new CandidateEvaluation(
            c.CandidateId,
            [.. QualificationIds.Select(q => new QualificationAssessment(c.CandidateId, q, 1, AssessmentVerdict.Met, [new EvidenceQuote("skills", "go, kubernetes, grpc")], "Listed and used in dated roles.", 4, provenance, DateTimeOffset.UtcNow))],
            1 - (i / 100.0),
            Recommendation.Match,
            "Meets every must-have.",
            provenance))]);
    }

    private static async Task SendAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        if (text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(text);
        }
    }
}
