namespace Hiring.Agents.Sourcing;

/// <summary>Where a query looks for people.</summary>
[GenerateSerializer, Alias("hiring.sourcing.location-scope")]
public enum LocationScope
{
    /// <summary>Only the spec's locations.</summary>
    Exact = 0,

    /// <summary>The spec's locations or people who say they work remotely.</summary>
    WithRemote = 1,

    /// <summary>No location restriction.</summary>
    Anywhere = 2,
}
