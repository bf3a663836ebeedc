using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Hiring.Reasoning.Resilience;

/// <summary>Why a model call failed, in the terms of a degraded notice.</summary>
public sealed record ModelFailure(DegradedReason Reason, string Detail)
{
    /// <summary>Classifies an exception from the LLM path; connectors wrap the cause, so the whole chain is examined.</summary>
    public static ModelFailure Classify(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case UnusableOutputException:
                    return new(DegradedReason.UnusableOutput, ex.Message);
                case BrokenCircuitException:
                    return new(DegradedReason.CircuitOpen, "Recent model calls failed; the model is not called until the breaker closes.");
                case TimeoutRejectedException or TimeoutException or TaskCanceledException:
                    return new(DegradedReason.Timeout, "The model did not answer in time.");
            }
        }

        var status = FindStatus(exception);
        return new(DegradedReason.Unavailable, status is null
            ? $"The model could not be reached: {exception.GetBaseException().Message}"
            : $"The model answered HTTP {status} after retries.");
    }

    private static int? FindStatus(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is HttpOperationException { StatusCode: { } code })
            {
                return (int)code;
            }

            if (ex is HttpRequestException { StatusCode: { } status })
            {
                return (int)status;
            }
        }

        return null;
    }
}
