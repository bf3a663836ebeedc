namespace Hiring.Contracts.Reasoning;

/// <summary>Why a reasoning task fell back from the model to the built-in engine.</summary>
[GenerateSerializer, Alias("hiring.reasoning.degraded-reason")]
public enum DegradedReason
{
    /// <summary>The model could not be reached or kept failing (network, 5xx, 429 after retries).</summary>
    Unavailable = 0,

    /// <summary>The model did not answer within the call timeout.</summary>
    Timeout = 1,

    /// <summary>Recent calls failed so often that the circuit breaker stopped calling the model for a while.</summary>
    CircuitOpen = 2,

    /// <summary>The model answered, but its output stayed unusable after one repair attempt.</summary>
    UnusableOutput = 3,
}
