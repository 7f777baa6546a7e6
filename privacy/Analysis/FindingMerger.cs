namespace HelpBot.Privacy.Analysis;

/// <summary>
/// Resolves overlapping findings: within each group of overlapping findings, the finding of the higher
/// tier wins, then the higher score, then the longer one. A finding that overlaps a winner of its own
/// category is the same value found with other bounds, so the winner grows to cover both ("Grace Van"
/// and "Grace Van der Berg" give one name). A finding that overlaps winners of other categories is dropped,
/// unless it is an identifier that reaches past every winner it overlaps: it is kept too, so no part of an
/// identifier is left unredacted (fail closed), and the result may then hold overlapping findings.
/// </summary>
internal static class FindingMerger
{
    // The cluster lists of the merge running on this thread.
    [ThreadStatic]
    private static ClusterLists? t_work;

    public static List<PiiFinding> Merge(List<PiiFinding> findings)
    {
        findings.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        var result = new List<PiiFinding>(findings.Count);
        var work = t_work ??= new ClusterLists();
        work.Cluster.Clear();
        var clusterEnd = -1;
        foreach (var finding in findings)
        {
            if (work.Cluster.Count > 0 && finding.Offset >= clusterEnd)
            {
                ResolveCluster(work, result);
                work.Cluster.Clear();
            }

            work.Cluster.Add(finding);
            clusterEnd = Math.Max(clusterEnd, finding.End);
        }

        ResolveCluster(work, result);
        work.Clear();
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }

    private static void ResolveCluster(ClusterLists work, List<PiiFinding> result)
    {
        var cluster = work.Cluster;
        if (cluster.Count <= 1)
        {
            result.AddRange(cluster);
            return;
        }

        SortByRank(cluster);
        var resolved = work.Resolved;
        var overlapping = work.Overlapping;
        resolved.Clear();
        foreach (var candidate in cluster)
        {
            if (JoinSameCategory(resolved, candidate))
            {
                continue;
            }

            overlapping.Clear();
            foreach (var k in resolved)
            {
                if (k.Offset < candidate.End && candidate.Offset < k.End)
                {
                    overlapping.Add(k);
                }
            }

            if (overlapping.Count == 0 || (candidate.Tier == PiiTier.Identifier && ReachesPast(candidate, overlapping)))
            {
                resolved.Add(candidate);
            }
        }

        result.AddRange(resolved);
    }

    // Grows the first resolved finding of the candidate's category that overlaps it to cover both, and
    // returns true; false when there is none. The grown finding keeps its score and explanation.
    private static bool JoinSameCategory(List<PiiFinding> resolved, PiiFinding candidate)
    {
        for (var i = 0; i < resolved.Count; i++)
        {
            var k = resolved[i];
            if (k.Category == candidate.Category && k.Offset < candidate.End && candidate.Offset < k.End)
            {
                var start = Math.Min(k.Offset, candidate.Offset);
                resolved[i] = k with { Offset = start, Length = Math.Max(k.End, candidate.End) - start };
                return true;
            }
        }

        return false;
    }

    // Orders by tier, then score, then length, all descending. Insertion sort is stable, so findings that
    // rank the same keep their order; clusters hold a few findings.
    private static void SortByRank(List<PiiFinding> cluster)
    {
        for (var i = 1; i < cluster.Count; i++)
        {
            var current = cluster[i];
            var j = i - 1;
            while (j >= 0 && RanksBefore(current, cluster[j]))
            {
                cluster[j + 1] = cluster[j];
                j--;
            }

            cluster[j + 1] = current;
        }
    }

    // The lists one merge reuses for each group of overlapping findings, kept per thread between merges
    // and cleared after each, so they hold no finding of an earlier text.
    private sealed class ClusterLists
    {
        public void Clear()
        {
            Cluster.Clear();
            Resolved.Clear();
            Overlapping.Clear();
        }

        public List<PiiFinding> Cluster { get; } = [];

        public List<PiiFinding> Resolved { get; } = [];

        public List<PiiFinding> Overlapping { get; } = [];
    }

    private static bool RanksBefore(PiiFinding a, PiiFinding b)
    {
        if (a.Tier != b.Tier)
        {
            return a.Tier > b.Tier;
        }

        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }

        return a.Length > b.Length;
    }

    // Returns true when some character of the candidate lies outside every finding in covering.
    private static bool ReachesPast(PiiFinding candidate, List<PiiFinding> covering)
    {
        for (var i = candidate.Offset; i < candidate.End; i++)
        {
            if (!IsCovered(covering, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCovered(List<PiiFinding> covering, int index)
    {
        foreach (var k in covering)
        {
            if (k.Offset <= index && index < k.End)
            {
                return true;
            }
        }

        return false;
    }
}
