namespace Expo.Grains.Tests.Infrastructure;

/// <summary>Cluster tests share one silo and one fake clock, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
