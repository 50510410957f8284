using Edu.Analytics.Model;
using static System.FormattableString;

namespace Edu.Analytics.Methods;

/// <summary>
/// Reported indicators as values the attainment code reads (SPEC §11). The region's value on a date is its own row
/// when the file gives one; otherwise, when every configured municipality has a row for that code and date, Σ
/// numerators / Σ denominators × 100 for shares, Σ values for counts — except for a code whose unit is «%» given as
/// plain values, which only a region row can give: percentages are never summed or averaged. Else the region has none.
/// </summary>
public static class ReportedIndicators
{
    public static IReadOnlyList<IndicatorValue> Compute(
        IReadOnlyList<ReportedValue> reported,
        IReadOnlyCollection<string> municipalities,
        ICollection<string> messages)
    {
        var values = reported.Select(r => r.ToIndicatorValue()).ToList();
        var percentCodes = reported.Where(r => r.Unit == IndicatorValue.Percent).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var regionGiven = values.Where(v => v.Municipality == Labels.Region).Select(v => (v.Code, v.Date)).ToHashSet();
        var expected = municipalities.Where(m => m != Labels.Region).ToHashSet(StringComparer.Ordinal);

        foreach (var group in values.Where(v => v.Municipality != Labels.Region && !regionGiven.Contains((v.Code, v.Date))).GroupBy(v => (v.Code, v.Date)))
        {
            var (code, date) = group.Key;
            var missing = expected.Except(group.Select(v => v.Municipality)).Count();
            if (missing > 0)
            {
                messages.Add(Invariant($"Показатель {code} на {date:dd.MM.yyyy}: нет значений {missing} муниципалитетов из {expected.Count} и нет строки по региону — значение по региону не рассчитано"));
                continue;
            }

            var shares = group.Count(v => v.Denominator is not null);
            if (shares == group.Count())
            {
                values.Add(new IndicatorValue(code, Labels.Region, date, group.Sum(v => v.Numerator!.Value), group.Sum(v => v.Denominator!.Value)));
            }
            else if (shares == 0 && !percentCodes.Contains(code))
            {
                values.Add(new IndicatorValue(code, Labels.Region, date, null, null, group.Sum(v => v.Value), group.First().Unit));
            }
            else
            {
                messages.Add(shares == 0
                    ? Invariant($"Показатель {code} на {date:dd.MM.yyyy} дан в процентах без числителя и знаменателя: проценты не суммируются, значение по региону берётся только из строки «{Labels.Region}»")
                    : Invariant($"Показатель {code} на {date:dd.MM.yyyy} дан частью долями, частью значениями: значение по региону не рассчитано"));
            }
        }

        return values;
    }
}
