namespace Expo.Web.Tests.ScaleOut;

/// <summary>
/// The cluster tests start several Silo and Web processes and hundreds of clients each: they run one after
/// another, so each test's timings are its own and not its neighbour's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection
{
    public const string Name = "scale-out";
}
