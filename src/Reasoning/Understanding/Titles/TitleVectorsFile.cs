using System.Text;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// The title vectors file: magic "HTV1", format version, SHA-256 hash (hex) of the model and the
/// embedded forms, count, dimension; then the forms (so a changed vocabulary re-embeds only its new
/// forms); then per form a float32 scale and one int8 per dimension, a quarter of float32's size.
/// </summary>
public static class TitleVectorsFile
{
    private const uint Magic = 0x31565448; // "HTV1" little-endian
    private const int FormatVersion = 1;

    /// <summary>The vectors of a file, or null when there is no file.</summary>
    public static TitleVectors? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads a vectors file; a file of another format or a damaged one fails with the reason.</summary>
    public static TitleVectors Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a title vectors file of format 1.");
        }

        var hash = Encoding.ASCII.GetString(reader.ReadBytes(64));
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var forms = new string[count];
        for (var i = 0; i < count; i++)
        {
            forms[i] = reader.ReadString();
        }

        var values = new float[count * dimensions];
        var quantized = new sbyte[dimensions];
        for (var i = 0; i < count; i++)
        {
            var scale = reader.ReadSingle();
            var bytes = reader.ReadBytes(dimensions);
            if (bytes.Length != dimensions)
            {
                throw new InvalidDataException($"Title vectors file ends inside vector {i} of {count}.");
            }

            Buffer.BlockCopy(bytes, 0, quantized, 0, dimensions);
            VectorQuantizer.Dequantize(quantized, scale, values.AsSpan(i * dimensions, dimensions));
        }

        var vectors = new TitleVectors(forms, dimensions, values);
        return vectors.Hash == hash ? vectors : throw new InvalidDataException("Title vectors file: its hash does not match its forms.");
    }

    /// <summary>Writes the file whole or not at all (a temporary file, then a rename).</summary>
    public static void Write(TitleVectors vectors, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Write(vectors, stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Write(TitleVectors vectors, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Encoding.ASCII.GetBytes(vectors.Hash));
        writer.Write(vectors.Count);
        writer.Write(vectors.Dimensions);
        foreach (var form in vectors.Forms)
        {
            writer.Write(form);
        }

        var quantized = new sbyte[vectors.Dimensions];
        var bytes = new byte[vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            writer.Write(VectorQuantizer.Quantize(vectors.Vector(i), quantized));
            Buffer.BlockCopy(quantized, 0, bytes, 0, vectors.Dimensions);
            writer.Write(bytes);
        }
    }
}
