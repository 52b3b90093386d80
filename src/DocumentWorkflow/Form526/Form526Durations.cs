using System.Globalization;
using System.Xml;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Reads a query's duration: ISO 8601 (<c>PT72H</c>, <c>P3D</c>) or .NET's constant form
/// (<c>3.00:00:00</c>). Pure.</summary>
public static class Form526Durations
{
    /// <summary>False for anything else, including a negative duration.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text);
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                return false;
            }
        }
        else if (!TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out duration))
        {
            return false;
        }
        return duration >= TimeSpan.Zero;
    }
}
