namespace HelpBot.PiiEval;

/// <summary>
/// Counts of one category (or of all categories together) and the precision, recall and F2 they give.
/// A metric with nothing to count is 1, so a category with no gold span and no finding scores 1.
/// </summary>
public sealed class Score
{
    /// <summary>Gold spans that a finding matched.</summary>
    public int Found { get; set; }

    /// <summary>Gold spans in total.</summary>
    public int Gold { get; set; }

    /// <summary>Findings that matched a gold span.</summary>
    public int Correct { get; set; }

    /// <summary>Findings in total.</summary>
    public int Predicted { get; set; }

    /// <summary>Correct findings divided by all findings.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Found gold spans divided by all gold spans.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    /// <summary>F-beta with beta 2, which weighs recall four times as much as precision.</summary>
    public double F2 => FBeta(Precision, Recall, 2);

    /// <summary>Returns (1 + b^2) P R / (b^2 P + R), or 0 when P and R are both 0.</summary>
    public static double FBeta(double precision, double recall, double beta)
    {
        var b2 = beta * beta;
        var denominator = (b2 * precision) + recall;
        return denominator == 0 ? 0 : (1 + b2) * precision * recall / denominator;
    }
}
