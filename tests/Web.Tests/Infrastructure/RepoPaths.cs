namespace Expo.Web.Tests.Infrastructure;

/// <summary>Where the repository's parts are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The build configuration the tests were built in, so process tests run the matching Silo and Web builds.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string ProjectOutput(string project) => Of(project, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Expo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Expo.sln not found above " + AppContext.BaseDirectory);
    }
}
