namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>projects[]</c>.</summary>
public sealed class JsonResumeProject
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? Highlights { get; set; }

    public List<string>? Keywords { get; set; }
}
