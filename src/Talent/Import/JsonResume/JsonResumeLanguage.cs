namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>languages[]</c>: a spoken language and how well.</summary>
public sealed class JsonResumeLanguage
{
    public string? Language { get; set; }

    public string? Fluency { get; set; }
}
