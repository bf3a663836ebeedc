using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Faq;

/// <summary>prompts/builtin/faq.yaml: the built-in answerer's threshold and hand-off message.</summary>
public sealed class FaqResourceFile
{
    public const string FileName = "faq.yaml";

    public string Version { get; set; } = "";

    public double Threshold { get; set; }

    public string Handoff { get; set; } = "";

    public static FaqResourceFile Load(PromptLibrary library) => BuiltInResource.Load<FaqResourceFile>(library, FileName);
}
