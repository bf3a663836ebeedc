namespace Hiring.Contracts.Projects;

/// <summary>Where the work happens.</summary>
[GenerateSerializer, Alias("hiring.projects.remote-policy")]
public enum RemotePolicy
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>At the office.</summary>
    OnSite = 1,

    /// <summary>Partly at the office.</summary>
    Hybrid = 2,

    /// <summary>Anywhere the company can employ.</summary>
    Remote = 3,
}
