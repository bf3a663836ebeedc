namespace Hiring.Evals.Core;

/// <summary>
/// The suites <c>hiring eval</c> knows, by name, in the order they run. A new suite is one class
/// implementing <see cref="IEvalSuite"/> and one <see cref="Add"/> in <see cref="EvalSuites.Default"/>.
/// </summary>
public sealed class SuiteRegistry
{
    private readonly List<IEvalSuite> _suites = [];

    public IReadOnlyList<IEvalSuite> All => _suites;

    public SuiteRegistry Add(IEvalSuite suite)
    {
        if (_suites.Exists(s => string.Equals(s.Name, suite.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A suite named '{suite.Name}' is registered already.", nameof(suite));
        }

        _suites.Add(suite);
        return this;
    }

    /// <summary>The suites named (all when none are); an unknown name fails with the names there are.</summary>
    public IReadOnlyList<IEvalSuite> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0 || names.Any(n => string.Equals(n, "all", StringComparison.OrdinalIgnoreCase)))
        {
            return _suites;
        }

        return [.. names.Select(name => _suites.Find(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no suite '{name}'. Suites: {string.Join(", ", _suites.Select(s => s.Name))}, or all."))];
    }
}
