using System.Globalization;

namespace DocumentUploads.Alerting;

/// <summary>Durations as an operator reads them in a sentence: "90 s", "15 min", "96 h", "14 d".</summary>
public static class DurationText
{
    public static string Format(TimeSpan value)
    {
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        if (value < TimeSpan.FromMinutes(2)) return $"{N(value.TotalSeconds)} s";
        if (value < TimeSpan.FromHours(2)) return $"{N(value.TotalMinutes)} min";
        if (value < TimeSpan.FromDays(7)) return $"{N(value.TotalHours)} h";
        return $"{N(value.TotalDays)} d";
    }
}
