namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>work[]</c>; <c>company</c> is the pre-v1 name of <c>name</c>.</summary>
public sealed class JsonResumeWork
{
    public string? Name { get; set; }

    public string? Company { get; set; }

    public string? Position { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Summary { get; set; }

    public List<string>? Highlights { get; set; }
}
