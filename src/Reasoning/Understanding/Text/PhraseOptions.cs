namespace Hiring.Reasoning.Understanding.Text;

/// <summary>How a phrase of a <see cref="PhraseIndex{T}"/> may match.</summary>
[Flags]
public enum PhraseOptions
{
    None = 0,

    /// <summary>Only as written, case included ("Go" the language, never "go ahead").</summary>
    CaseSensitive = 1,

    /// <summary>Never in the plural ("Rust" is not "rusts"); phrases otherwise match their plural.</summary>
    NoPlural = 2,
}
