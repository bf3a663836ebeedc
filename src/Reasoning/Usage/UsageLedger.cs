using System.Collections.Concurrent;
using Hiring.Reasoning.Configuration;
using Microsoft.Extensions.Options;

namespace Hiring.Reasoning.Usage;

/// <summary>In-process ledger: totals since the process started. Durable billing is a later concern.</summary>
public sealed class UsageLedger(IOptions<ReasoningOptions> options, TimeProvider time) : IUsageLedger
{
    private const decimal Million = 1_000_000m;
    private const int RecentCapacity = 1000;

    private readonly ConcurrentDictionary<string, UsageTotals> _byRecruiter = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UsageTotals> _byProject = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<UsageRecord> _recent = new();
    private readonly Lock _overallGate = new();
    private UsageTotals _overall = UsageTotals.Zero;

    public UsageRecord Record(string task, string model, int inputTokens, int outputTokens, string? recruiter, string? project)
    {
        var record = new UsageRecord(task, model, inputTokens, outputTokens, Price(model, inputTokens, outputTokens), recruiter, project, time.GetUtcNow());
        if (recruiter is not null)
        {
            _byRecruiter.AddOrUpdate(recruiter, _ => UsageTotals.Zero.Add(record), (_, totals) => totals.Add(record));
        }

        if (project is not null)
        {
            _byProject.AddOrUpdate(project, _ => UsageTotals.Zero.Add(record), (_, totals) => totals.Add(record));
        }

        lock (_overallGate)
        {
            _overall = _overall.Add(record);
        }

        _recent.Enqueue(record);
        while (_recent.Count > RecentCapacity && _recent.TryDequeue(out _))
        {
        }

        return record;
    }

    public UsageTotals ForRecruiter(string recruiter) => _byRecruiter.GetValueOrDefault(recruiter, UsageTotals.Zero);

    public UsageTotals ForProject(string project) => _byProject.GetValueOrDefault(project, UsageTotals.Zero);

    public UsageTotals Overall()
    {
        lock (_overallGate)
        {
            return _overall;
        }
    }

    public IReadOnlyList<UsageRecord> Recent() => [.. _recent];

    private decimal Price(string model, int inputTokens, int outputTokens) =>
        options.Value.Prices.TryGetValue(model, out var price)
            ? (inputTokens * price.InputPerMillion / Million) + (outputTokens * price.OutputPerMillion / Million)
            : 0m;
}
