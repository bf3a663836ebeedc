namespace Hiring.Contracts.Projects;

/// <summary>The kind of contract.</summary>
[GenerateSerializer, Alias("hiring.projects.employment-type")]
public enum EmploymentType
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>Permanent, full time.</summary>
    FullTime = 1,

    /// <summary>Permanent, part time.</summary>
    PartTime = 2,

    /// <summary>Fixed-term or freelance.</summary>
    Contract = 3,

    /// <summary>Internship or working student.</summary>
    Internship = 4,
}
