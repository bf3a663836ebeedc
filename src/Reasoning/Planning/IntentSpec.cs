namespace Hiring.Reasoning.Planning;

/// <summary>One intent of prompts/builtin/intents.yaml.</summary>
public sealed class IntentSpec
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The reply text of reply-only intents (small talk, unknown).</summary>
    public string? Reply { get; set; }

    /// <summary>Other replies for messages that match their pattern, tried in order before <see cref="Reply"/>.</summary>
    public List<ReplyVariant> Replies { get; set; } = [];

    /// <summary>The reply for this message: the first variant that matches it, else <see cref="Reply"/>.</summary>
    public string? ReplyTo(string message) => Replies.FirstOrDefault(v => v.Matches(message))?.Reply ?? Reply;

    public List<StepSpec> Steps { get; set; } = [];

    public List<string> Exemplars { get; set; } = [];

    /// <summary>
    /// Exemplars that count only for a message carrying one of <see cref="Cues"/>: requests in other languages, which MiniLM places
    /// near any exemplar of their language whatever it asks ("planifie un entretien" beside "tu peux lancer la recherche ?").
    /// </summary>
    public List<string> CuedExemplars { get; set; } = [];

    /// <summary>Case-insensitive regular expressions whose presence adds the catalog's cue boost.</summary>
    public List<string> Cues { get; set; } = [];

    /// <summary>Chosen only when one of its cues occurs: an intent whose exemplars sound like everyday requests ("keep looking for candidates while I'm away" beside "can you start looking?").</summary>
    public bool NeedsCue { get; set; }
}
