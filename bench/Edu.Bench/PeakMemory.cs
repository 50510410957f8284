using System.Globalization;

namespace Edu.Bench;

/// <summary>Peak resident memory of this process (VmHWM), which is what "peak memory" means for a run.</summary>
internal static class PeakMemory
{
    public static long Bytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        return Environment.WorkingSet;
    }
}
