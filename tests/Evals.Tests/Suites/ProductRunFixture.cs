using Hiring.Evals.Core;
using Hiring.Evals.Tests.Support;

namespace Hiring.Evals.Tests.Suites;

/// <summary>One run over the product's real services (MiniLM is loaded once), on cases the tests write.</summary>
public sealed class ProductRunFixture : IAsyncLifetime
{
    private readonly TempDataDirectory _output = new();

    public CaseFolder Cases { get; } = new();

    public EvalRun Run { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Cases
            .With("planner", EvalSplit.Dev,
                """{"id": "p-1", "message": "thanks, that's all for today", "state": {"project": null, "question": null}, "expect": {"intent": "SmallTalk", "project": "none"}}""",
                """{"id": "p-2", "message": "find more like the first one", "state": {"project": {"title": "backend engineer", "seniority": "senior", "locations": ["Berlin, DE"], "remote": null, "must": ["go"], "nice": []}, "question": {"kind": "calibration", "asked": "How do these look?", "candidates": 3}}, "expect": {"intent": "FindCandidates", "project": "current"}}""")
            .With("intake", EvalSplit.Dev,
                """{"id": "i-1", "input": "Senior backend engineer in Berlin, Go and Kubernetes required, Kafka a plus", "expect": {"title": "backend engineer", "seniority": "senior", "locations": ["Berlin, DE"], "must": ["go", "kubernetes"], "nice": ["kafka"]}}""")
            .With("outreach", EvalSplit.Dev,
                """{"id": "o-1", "profile": {"basics": {"name": "Jonas Weber", "label": "Senior Backend Engineer", "location": {"city": "Berlin", "countryCode": "DE"}}, "work": [{"name": "Kiezbank GmbH", "position": "Senior Backend Engineer", "startDate": "2021-04", "highlights": ["Built the SEPA payouts service in Go, processing 2M transfers a month", "Moved 14 services from VMs to Kubernetes"]}], "skills": [{"name": "Skills", "keywords": ["Go", "Kubernetes", "PostgreSQL"]}]}, "job": {"title": "Senior Backend Engineer", "seniority": "senior", "locations": ["Berlin"], "remote": "Hybrid", "description": "Senior Backend Engineer in Berlin.", "faq": [{"question": "What is the pay?", "answer": "The salary range is €70,000–85,000 a year."}, {"question": "What is the team like?", "answer": "A team of six engineers and a product manager."}]}, "requirements": [{"text": "Go", "kind": "must"}, {"text": "Kubernetes", "kind": "nice"}], "settings": {"tone": "warm", "length": "short", "sender": "Mia Novak"}}""")
            .With("dialogue", EvalSplit.Dev,
                """{"id": "d-1", "turns": [{"say": "Looking for a senior backend engineer in Berlin: Go, Kafka, Postgres", "expect": {"intent": "StartProject", "project": "new"}}, {"say": "thanks!", "expect": {"project": "none"}}], "final": {"projects": 1, "spec": {"title": "backend engineer", "seniority": "senior"}}}""")
            .With("approvals", EvalSplit.Dev,
                """{"id": "a-1", "turns": [{"say": "Hiring a payroll specialist in Dublin, must know Sage", "expect": {"intent": "StartProject", "decided": "none"}}, {"say": "thanks!", "expect": {"decided": "none"}}, {"say": "approved", "expect": {"decided": "approved"}}], "final": {"spec": {"title": "payroll specialist", "must": ["sage"]}}}""");
        Run = new EvalRun(EvalOptionsFor.Folders(Cases.Path, _output.Path) with { Splits = [EvalSplit.Dev] }, TextWriter.Null);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Run.DisposeAsync();
        Cases.Dispose();
        _output.Dispose();
    }
}
