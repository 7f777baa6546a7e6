using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

// The gate that lets a recognizer skip a text of one segment where none of its patterns can match.
public abstract partial class PatternRecognizer
{
    // Whether some pattern's preconditions can hold in a segment, tested at once for the patterns with a
    // trigger (the union of their strings) and one by one for the others. Registers every pattern's strings.
    private sealed class RecognizerGate
    {
        private readonly TriggerMask _union;
        private readonly int _highestId = -1;
        private readonly PiiPattern[] _untriggered;

        public RecognizerGate(PiiPattern[] patterns)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.Trigger is { } trigger)
                {
                    var (mask, highestId) = trigger.RegisteredIds();
                    _union.UnionWith(mask);
                    _highestId = Math.Max(_highestId, highestId);
                }
            }

            _untriggered = [.. patterns.Where(p => p.Trigger is null)];
        }

        // A segment that did not search every id of the union may contain one of its strings, so it passes.
        public bool MayMatch(string text, in TextSegment segment)
        {
            if (_highestId >= segment.TriggerIdsScanned || segment.Triggers.Overlaps(in _union))
            {
                return true;
            }

            foreach (var pattern in _untriggered)
            {
                if (pattern.CanMatch(text, segment))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
