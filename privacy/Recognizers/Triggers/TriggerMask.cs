using System.Runtime.Intrinsics;

namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>A set of trigger ids below <see cref="Capacity"/>, as bits in two 256-bit vectors.</summary>
internal struct TriggerMask
{
    /// <summary>Number of ids the mask has room for.</summary>
    public const int Capacity = 512;

    private const int HalfCapacity = Capacity / 2;

    private Vector256<ulong> _low;
    private Vector256<ulong> _high;

    /// <summary>True when no id is set.</summary>
    public readonly bool IsEmpty => (_low | _high) == Vector256<ulong>.Zero;

    /// <summary>Adds <paramref name="id"/>.</summary>
    public void Set(int id)
    {
        if (id < HalfCapacity)
        {
            _low = _low.WithElement(id >> 6, _low.GetElement(id >> 6) | (1UL << (id & 63)));
        }
        else
        {
            var bit = id - HalfCapacity;
            _high = _high.WithElement(bit >> 6, _high.GetElement(bit >> 6) | (1UL << (bit & 63)));
        }
    }

    /// <summary>Returns true when <paramref name="id"/> is in the set.</summary>
    public readonly bool Contains(int id)
    {
        var half = id < HalfCapacity ? _low : _high;
        var bit = id & (HalfCapacity - 1);
        return (half.GetElement(bit >> 6) & (1UL << (bit & 63))) != 0;
    }

    /// <summary>Adds every id of <paramref name="other"/>.</summary>
    public void UnionWith(in TriggerMask other)
    {
        _low |= other._low;
        _high |= other._high;
    }

    /// <summary>Returns true when this set and <paramref name="other"/> share an id.</summary>
    public readonly bool Overlaps(in TriggerMask other) =>
        ((_low & other._low) | (_high & other._high)) != Vector256<ulong>.Zero;
}
