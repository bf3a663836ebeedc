namespace Hiring.Talent.Import.JsonResume;

/// <summary>A JSON Resume v1 document (jsonresume.org schema): the parts a profile uses.</summary>
public sealed class JsonResumeDocument
{
    public JsonResumeBasics? Basics { get; set; }

    public List<JsonResumeWork>? Work { get; set; }

    public List<JsonResumeEducation>? Education { get; set; }

    public List<JsonResumeSkill>? Skills { get; set; }

    public List<JsonResumeLanguage>? Languages { get; set; }

    public List<JsonResumeCertificate>? Certificates { get; set; }

    public List<JsonResumeProject>? Projects { get; set; }
}
