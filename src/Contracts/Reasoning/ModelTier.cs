namespace Hiring.Contracts.Reasoning;

/// <summary>How capable (and costly) a model a reasoning task needs.</summary>
[GenerateSerializer, Alias("hiring.reasoning.model-tier")]
public enum ModelTier
{
    /// <summary>Planning, evaluation and other multi-step judgement.</summary>
    Reasoning = 0,

    /// <summary>Simple, short steps: answers, summaries, extraction.</summary>
    Fast = 1,
}
