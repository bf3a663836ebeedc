namespace Hiring.Reasoning.Understanding.Places;

/// <summary>What a work-arrangement phrase of cues.yaml says.</summary>
internal enum WorkCue
{
    Remote,
    Hybrid,
    OnSite,

    /// <summary>"not remote": on site, whatever else says remote.</summary>
    NotRemote,

    /// <summary>"anywhere in …": remote, within the place that follows.</summary>
    Anywhere,

    /// <summary>"onsite only", "hybrid isn't possible": on site, whatever else says hybrid (a remote phrase still wins: "no hybrid, fully remote").</summary>
    OfficeOnly,
}
