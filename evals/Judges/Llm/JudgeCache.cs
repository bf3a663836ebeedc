using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Hiring.Evals.Judges.Llm;

/// <summary>
/// Judge answers on disk, keyed by (prompt name, prompt version, model, hash of the rendered input),
/// so a rerun of the same judgement costs nothing. Only usable answers are kept.
/// </summary>
public sealed class JudgeCache(string directory)
{
    public string Directory { get; } = Path.Combine(directory, "judges");

    public static string Key(string prompt, string version, string model, IEnumerable<ChatMessage> input)
    {
        var rendered = JsonSerializer.Serialize(input.Select(m => new[] { m.Role.Value, m.Text }));
        return Hash($"{prompt}\n{version}\n{model}\n{Hash(rendered)}");
    }

    public string? Get(string prompt, string key)
    {
        var path = PathFor(prompt, key);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void Put(string prompt, string key, string answer)
    {
        var path = PathFor(prompt, key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        File.WriteAllText(partial, answer, new UTF8Encoding(false));
        File.Move(partial, path, overwrite: true);
    }

    private string PathFor(string prompt, string key) => Path.Combine(Directory, prompt.Replace('/', '_'), key + ".json");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
