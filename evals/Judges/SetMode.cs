namespace Hiring.Evals.Judges;

/// <summary>How a set comparison holds.</summary>
public enum SetMode
{
    /// <summary>Every expected item is matched and nothing else is there.</summary>
    Equal = 0,

    /// <summary>Every expected item is matched; extra items are allowed.</summary>
    Contains = 1,
}
