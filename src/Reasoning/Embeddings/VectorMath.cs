using System.Numerics.Tensors;

namespace Hiring.Reasoning.Embeddings;

/// <summary>Small vector helpers over System.Numerics.Tensors' SIMD primitives.</summary>
public static class VectorMath
{
    public static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <summary>Cosine similarity of two unit vectors.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);
}
