namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>education[]</c>.</summary>
public sealed class JsonResumeEducation
{
    public string? Institution { get; set; }

    public string? Area { get; set; }

    public string? StudyType { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }
}
