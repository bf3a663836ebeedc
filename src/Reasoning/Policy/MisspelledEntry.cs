namespace Hiring.Reasoning.Policy;

/// <summary>policy.yaml "misspelled": words read through a one-letter slip, and real words that must not be (<see cref="Misspellings"/>).</summary>
public sealed class MisspelledEntry
{
    public List<string> Words { get; set; } = [];

    public List<string> Not { get; set; } = [];
}
