using Expo.Web.Tests.Infrastructure;

namespace Expo.Web.Tests.Finish;

/// <summary>
/// The accessibility and language tour on a cluster of its own: the shared cluster holds what other tests wrote
/// (agenda sessions, agreements, chat in English only), which the tour would read as interface text.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PageTourCollection : ICollectionFixture<ExpoClusterFixture>
{
    public const string Name = "page tour cluster";
}
