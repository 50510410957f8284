namespace Edu.Reports.Workbook;

/// <summary>
/// ClosedXML 0.95.4 measures every picture with System.Drawing (libgdiplus). A host that resolves
/// System.Drawing.Common 6 (FluentAssertions pulls it, for one) refuses Unix unless this switch is on;
/// 4.7 ignores it. Set here, before the first picture, so the report works in every host.
/// </summary>
internal static class PictureSupport
{
    public static void Enable() => AppContext.SetSwitch("System.Drawing.EnableUnixSupport", true);
}
