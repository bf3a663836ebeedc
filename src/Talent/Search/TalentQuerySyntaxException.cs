namespace Hiring.Talent.Search;

/// <summary>A query the parser cannot read: what is wrong and where (1-based line and column; 0 when unknown).</summary>
public sealed class TalentQuerySyntaxException : Exception
{
    public TalentQuerySyntaxException(string problem, int line, int column, Exception? inner = null)
        : base(Describe(problem, line, column), inner)
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    public TalentQuerySyntaxException()
        : this("malformed query", 0, 0)
    {
    }

    public TalentQuerySyntaxException(string message)
        : this(message, 0, 0)
    {
    }

    public TalentQuerySyntaxException(string message, Exception innerException)
        : this(message, 0, 0, innerException)
    {
    }

    public string Problem { get; }

    public int Line { get; }

    public int Column { get; }

    private static string Describe(string problem, int line, int column) =>
        column > 0 ? $"Malformed query at line {line}, column {column}: {problem}." : $"Malformed query: {problem}.";
}
