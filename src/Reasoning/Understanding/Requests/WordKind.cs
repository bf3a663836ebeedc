namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>What a word or phrase around requirements is, in prompts/builtin/requests.yaml.</summary>
public enum WordKind
{
    NiceCue,
    MustCue,
    Filler,
    Condition,
    WorkCondition,
    Language,
    LanguageCue,
    Function,
    RequirementLead,
    RequirementTail,
    NiceLabel,
    MustLabel,
    NotNeededCue,
    NotNeededOpener,
}
