namespace Expo.Bench.LoadGen;

/// <summary>The chat sequences one visitor has received in its booth since entering, as a growing bit set.</summary>
internal sealed class SequenceSet
{
    private ulong[] _bits = new ulong[4];
    private long _base;

    public enum Outcome
    {
        Old,
        New,
        Duplicate,
    }

    /// <summary>Forgets everything; sequences up to <paramref name="lastSequence"/> were there before the visitor.</summary>
    public void Reset(long lastSequence)
    {
        _base = lastSequence;
        Array.Clear(_bits);
    }

    public Outcome Add(long sequence)
    {
        var offset = sequence - _base - 1;
        if (offset < 0)
        {
            return Outcome.Old;
        }

        var word = (int)(offset >> 6);
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        var mask = 1UL << (int)(offset & 63);
        if ((_bits[word] & mask) != 0)
        {
            return Outcome.Duplicate;
        }

        _bits[word] |= mask;
        return Outcome.New;
    }

    public bool Contains(long sequence)
    {
        var offset = sequence - _base - 1;
        if (offset < 0)
        {
            return false;
        }

        var word = (int)(offset >> 6);
        return word < _bits.Length && (_bits[word] & (1UL << (int)(offset & 63))) != 0;
    }
}
