using System.Runtime.CompilerServices;

namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>A set of trigger ids below <see cref="Capacity"/>, as bits.</summary>
internal struct TriggerMask
{
    /// <summary>Number of ids the mask has room for.</summary>
    public const int Capacity = Words.Length * 64;

    private Words _words;

    /// <summary>True when no id is set.</summary>
    public readonly bool IsEmpty
    {
        get
        {
            foreach (var word in _words)
            {
                if (word != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Adds <paramref name="id"/>.</summary>
    public void Set(int id) => _words[id >> 6] |= 1UL << (id & 63);

    /// <summary>Returns true when <paramref name="id"/> is in the set.</summary>
    public readonly bool Contains(int id) => (_words[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>Returns true when this set and <paramref name="other"/> share an id.</summary>
    public readonly bool Overlaps(in TriggerMask other)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if ((_words[i] & other._words[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    [InlineArray(Length)]
    private struct Words
    {
        public const int Length = 8;

        private ulong _element;
    }
}
