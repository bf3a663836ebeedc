namespace Hiring.Reasoning.Configuration;

/// <summary>Price of a model per million tokens, in the operator's currency.</summary>
public sealed class ModelPrice
{
    public decimal InputPerMillion { get; set; }

    public decimal OutputPerMillion { get; set; }
}
