namespace Expo.Web.Tests.Faults;

/// <summary>
/// Sizes of the long fault runs, from environment variables set by the scripts in <c>bench/</c>; the suite runs the
/// short versions, which do not read them.
/// </summary>
public static class FaultSettings
{
    public static TimeSpan Duration(string variable, TimeSpan fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), out var seconds) ? TimeSpan.FromSeconds(seconds) : fallback;

    public static int Count(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var count) ? count : fallback;
}
