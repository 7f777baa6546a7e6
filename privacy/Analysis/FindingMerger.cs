namespace HelpBot.Privacy.Analysis;

/// <summary>
/// Resolves overlapping findings: within each group of overlapping findings, the finding of the higher
/// tier wins, then the higher score, then the longer one. A finding that overlaps a winner is dropped,
/// unless it is an identifier that reaches past every winner it overlaps: it is kept too, so no part of an
/// identifier is left unredacted (fail closed), and the result may then hold overlapping findings.
/// </summary>
internal static class FindingMerger
{
    public static List<PiiFinding> Merge(List<PiiFinding> findings)
    {
        findings.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        var result = new List<PiiFinding>(findings.Count);
        var cluster = new List<PiiFinding>();
        var clusterEnd = -1;
        foreach (var finding in findings)
        {
            if (cluster.Count > 0 && finding.Offset >= clusterEnd)
            {
                ResolveCluster(cluster, result);
                cluster.Clear();
            }

            cluster.Add(finding);
            clusterEnd = Math.Max(clusterEnd, finding.End);
        }

        ResolveCluster(cluster, result);
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }

    private static void ResolveCluster(List<PiiFinding> cluster, List<PiiFinding> result)
    {
        if (cluster.Count == 1)
        {
            result.Add(cluster[0]);
            return;
        }

        var ranked = cluster
            .OrderByDescending(f => f.Tier)
            .ThenByDescending(f => f.Score)
            .ThenByDescending(f => f.Length);
        var kept = new List<PiiFinding>();
        foreach (var candidate in ranked)
        {
            var overlapping = kept.FindAll(k => k.Offset < candidate.End && candidate.Offset < k.End);
            if (overlapping.Count == 0 || (candidate.Tier == PiiTier.Identifier && ReachesPast(candidate, overlapping)))
            {
                kept.Add(candidate);
            }
        }

        result.AddRange(kept);
    }

    // Returns true when some character of the candidate lies outside every finding in covering.
    private static bool ReachesPast(PiiFinding candidate, List<PiiFinding> covering)
    {
        for (var i = candidate.Offset; i < candidate.End; i++)
        {
            if (!covering.Exists(k => k.Offset <= i && i < k.End))
            {
                return true;
            }
        }

        return false;
    }
}
