namespace Edu.Analytics.Methods;

/// <summary>Least-squares line of value against date, evaluated at a later date.</summary>
public static class Trend
{
    /// <summary>With one point the line is flat at that value; dates are taken in days.</summary>
    public static double Project(IReadOnlyList<(DateOnly Date, double Value)> points, DateOnly at)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("A trend needs at least one value.", nameof(points));
        }

        var xs = points.Select(p => (double)p.Date.DayNumber).ToArray();
        var ys = points.Select(p => p.Value).ToArray();
        var mx = xs.Average();
        var my = ys.Average();
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        if (sxx == 0)
        {
            return my;
        }

        var slope = xs.Select((x, i) => (x - mx) * (ys[i] - my)).Sum() / sxx;
        return my + (slope * (at.DayNumber - mx));
    }
}
