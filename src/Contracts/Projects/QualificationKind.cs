namespace Hiring.Contracts.Projects;

/// <summary>How much a qualification matters.</summary>
[GenerateSerializer, Alias("hiring.projects.qualification-kind")]
public enum QualificationKind
{
    /// <summary>A candidate without it is not a match.</summary>
    MustHave = 0,

    /// <summary>Raises the score; its absence does not disqualify.</summary>
    NiceToHave = 1,
}
