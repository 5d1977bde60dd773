using Expo.Silo.Seeding;

namespace Expo.Grains.Tests.Catalogue;

/// <summary>The demo seed file as the Silo ships it, read from the repository so the test reads what is committed.</summary>
internal static class DemoCatalogue
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Expo.sln")))
                {
                    return System.IO.Path.Combine(dir.FullName, "Silo", "Seed", "demo-expo.json");
                }
            }

            throw new FileNotFoundException("No Expo.sln above " + AppContext.BaseDirectory);
        }
    }

    public static Task<ExpoDefinition> LoadAsync() => SeedCatalog.LoadAsync(Path, TestContext.Current.CancellationToken);
}
