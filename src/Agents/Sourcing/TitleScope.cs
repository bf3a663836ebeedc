namespace Hiring.Agents.Sourcing;

/// <summary>Which titles a query accepts.</summary>
[GenerateSerializer, Alias("hiring.sourcing.title-scope")]
public enum TitleScope
{
    /// <summary>The spec's title and its synonyms.</summary>
    Core = 0,

    /// <summary>Every title of the spec title's family.</summary>
    Family = 1,
}
