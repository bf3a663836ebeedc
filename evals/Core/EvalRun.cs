using Hiring.Evals.Cases;
using Hiring.Evals.Judges.Llm;
using Hiring.Evals.Pool;
using Hiring.Evals.Product;
using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Core;

/// <summary>
/// Everything a suite needs during one run, prepared on first use: the cases, the product's services
/// (wired as the silo wires them), the eval pool and the LLM judges when asked for.
/// </summary>
public sealed class EvalRun : IAsyncDisposable
{
    private readonly Lazy<ProductServices> _product;
    private readonly SemaphoreSlim _poolGate = new(1, 1);
    private EvalPool? _pool;

    public EvalRun(EvalOptions options, TextWriter log, LlmJudges? judges = null)
    {
        Options = options;
        Log = log;
        Judges = judges;
        Cases = new CaseLoader(options.CasesRoot);
        ProductConfiguration = ProductConfigurations.For(options.Engine, options.Configuration);
        _product = new Lazy<ProductServices>(() => ProductServices.Build(Path.Combine(options.DataDirectory, "eval-work"), ProductConfiguration));
    }

    public EvalOptions Options { get; }

    public IReadOnlyList<EvalSplit> Splits => Options.Splits;

    public CaseLoader Cases { get; }

    public TextWriter Log { get; }

    /// <summary>The LLM judges, when the run asked for them (null otherwise).</summary>
    public LlmJudges? Judges { get; }

    /// <summary>The product's configuration with the run's engine applied (BuiltIn forced for --engine builtin).</summary>
    public IConfiguration ProductConfiguration { get; }

    /// <summary>The product's services (reasoning tasks, intake, policy), wired by the same calls as the silo.</summary>
    public ProductServices Product => _product.Value;

    /// <summary>The eval pool, seeded into {data}/eval-pool the first time and reused afterwards.</summary>
    public async Task<EvalPool> PoolAsync(CancellationToken cancellationToken)
    {
        await _poolGate.WaitAsync(cancellationToken);
        try
        {
            return _pool ??= await EvalPool.OpenAsync(Options.DataDirectory, EvalPoolOptions.Default, Log, cancellationToken);
        }
        finally
        {
            _poolGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pool is not null)
        {
            await _pool.DisposeAsync();
        }

        if (_product.IsValueCreated)
        {
            await _product.Value.DisposeAsync();
        }

        _poolGate.Dispose();
    }
}
