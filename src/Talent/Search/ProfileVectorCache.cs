using System.Runtime.InteropServices;
using System.Text;

namespace Hiring.Talent.Search;

/// <summary>
/// One pool's profile vectors, all in memory for brute-force cosine, persisted as an append-only
/// binary file (id, content hash, floats; a record with no floats removes the id). The last record
/// of an id wins; a torn record at the end (a crash mid-write) is dropped on load. A removed id's
/// vector is rewritten out of the file, and vectors for it still on their way are refused until it
/// is readmitted (indexed again).
/// </summary>
public sealed class ProfileVectorCache : IDisposable
{
    private const int Magic = 0x31434556; // "VEC1"

    private readonly string _path;
    private readonly int _dimensions;
    private readonly Dictionary<string, (ulong Hash, float[] Vector)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private FileStream? _file;
    private (string[] Ids, float[][] Vectors)? _snapshot;

    public ProfileVectorCache(string path, int dimensions)
    {
        _path = path;
        _dimensions = dimensions;
        Load();
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>True when the id has a vector computed from text with this hash.</summary>
    public bool Has(string id, ulong hash)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(id, out var entry) && entry.Hash == hash;
        }
    }

    public float[]? Get(string id)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(id, out var entry) ? entry.Vector : null;
        }
    }

    public void Put(IReadOnlyList<(string Id, ulong Hash, float[] Vector)> vectors)
    {
        lock (_gate)
        {
            var file = OpenForAppend();
            foreach (var (id, hash, vector) in vectors)
            {
                if (vector.Length != _dimensions)
                {
                    throw new ArgumentException($"Vector of {vector.Length} dimensions for {id}; the cache holds {_dimensions}.", nameof(vectors));
                }

                if (_removed.Contains(id))
                {
                    // Computed from a profile removed meanwhile (an erased candidate): it must not come back.
                    continue;
                }

                WriteRecord(file, id, hash, vector);
                _entries[id] = (hash, vector);
            }

            file.Flush();
            _snapshot = null;
        }
    }

    /// <summary>Drops the id's vector from memory and from the file, and refuses vectors for it until <see cref="Readmit"/>.</summary>
    public void Remove(string id)
    {
        lock (_gate)
        {
            _removed.Add(id);
            if (_entries.Remove(id))
            {
                Rewrite();
                _snapshot = null;
            }
        }
    }

    /// <summary>Accepts vectors again for ids indexed again after a removal.</summary>
    public void Readmit(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            if (_removed.Count > 0)
            {
                _removed.ExceptWith(ids);
            }
        }
    }

    /// <summary>Every id and vector, as arrays for a tight similarity loop; rebuilt only after a change.</summary>
    public (string[] Ids, float[][] Vectors) Snapshot()
    {
        lock (_gate)
        {
            _snapshot ??= ([.. _entries.Keys], [.. _entries.Values.Select(e => e.Vector)]);
            return _snapshot.Value;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private FileStream OpenForAppend()
    {
        if (_file is not null)
        {
            return _file;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var isNew = !File.Exists(_path) || new FileInfo(_path).Length == 0;
        _file = new FileStream(_path, isNew ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read);
        if (isNew)
        {
            using var header = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
            header.Write(Magic);
            header.Write(_dimensions);
        }

        return _file;
    }

    /// <summary>Writes the entries held to a new file that replaces the old one, so nothing removed stays on disk.</summary>
    private void Rewrite()
    {
        _file?.Dispose();
        _file = null;
        var fresh = _path + ".new";
        using (var file = new FileStream(fresh, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(Magic);
                header.Write(_dimensions);
            }

            foreach (var (id, (hash, vector)) in _entries)
            {
                WriteRecord(file, id, hash, vector);
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(fresh, _path, overwrite: true);
    }

    private static void WriteRecord(FileStream file, string id, ulong hash, float[] vector)
    {
        using var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
        writer.Write(id);
        writer.Write(hash);
        writer.Write(vector.Length);
        writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
    }

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        long intact;
        long length;
        using (var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8))
        {
            length = reader.BaseStream.Length;
            if (length < 8 || reader.ReadInt32() != Magic || reader.ReadInt32() != _dimensions)
            {
                intact = 0;
            }
            else
            {
                intact = ReadRecords(reader, length);
            }
        }

        if (intact < length)
        {
            // A torn final record (crash mid-write) or another model's file: keep what is whole.
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Write);
            file.SetLength(intact);
        }
    }

    private long ReadRecords(BinaryReader reader, long length)
    {
        var intact = reader.BaseStream.Position;
        try
        {
            while (intact < length)
            {
                var id = reader.ReadString();
                var hash = reader.ReadUInt64();
                var count = reader.ReadInt32();
                if (count == 0)
                {
                    _entries.Remove(id);
                }
                else
                {
                    if (count != _dimensions)
                    {
                        break;
                    }

                    var vector = new float[count];
                    var bytes = MemoryMarshal.AsBytes(vector.AsSpan());
                    if (reader.Read(bytes) != bytes.Length)
                    {
                        break;
                    }

                    _entries[id] = (hash, vector);
                }

                intact = reader.BaseStream.Position;
            }
        }
        catch (EndOfStreamException)
        {
            // Everything before the torn record is intact.
        }

        return intact;
    }
}
