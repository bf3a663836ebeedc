namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>Why a word looks like a technical skill the vocabulary does not know.</summary>
public enum TechnicalTermKind
{
    /// <summary>Capitals inside the word: "FooDB", "gRPC", "LLMOps".</summary>
    CamelCase,

    /// <summary>A dot, digit, plus or sharp inside the word: "Xyzzy.js", "k3s", "S4HANA", "Zed++".</summary>
    InnerMark,

    /// <summary>Two to six capitals that are no common word or abbreviation: "ESB", "XSLT".</summary>
    Acronym,

    /// <summary>A capitalized word in a list whose other items are known skills: "Terraform, Terragrunt and Helm".</summary>
    ListItem,
}
